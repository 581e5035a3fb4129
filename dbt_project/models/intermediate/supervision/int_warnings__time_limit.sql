{#-
    审限预警 (rule time_limit): pending trial cases with a statutory limit, and pending enforcement cases, that
    have used at least time_limit.yellow_share of their limit (level yellow) or at least red_share (level red;
    days left <= 0 at 1.0). One row per case at its highest level: the warnings mart escalates the case's one
    time-limit warning in place.

    Used days at the as-of date = days since filing - days the clock stood still (suspensions and deductions
    started by then, each counted up to the as-of date); enforcement cases have no suspension records.
    The limit includes approved extensions (fct_trial_cases.statutory_limit_days, fct_enforcement_cases.limit_days).
-#}
with

context as (

    select * from {{ ref('int_supervision_context') }}

),

trial_pending as (

    select
        cases.case_id,
        cases.case_number,
        cases.court_code,
        cases.dept_id,
        cases.handling_judge_id as person_id,
        cases.filing_date,
        cases.statutory_limit_days as limit_days,
        cases.extension_days,
        context.as_of_date
    from {{ ref('fct_trial_cases') }} as cases
    cross join context
    where
        cases.statutory_limit_days is not null
        and {{ is_pending_on('context.as_of_date', 'cases.filing_date', 'cases.closing_date') }}

),

stopped_events as (

    select
        events.case_id,
        events.days,
        {{ dbt.datediff('events.start_date', 'trial_pending.as_of_date', 'day') }} as days_since_start  -- noqa: LT05
    from {{ ref('fct_time_limit_events') }} as events
    inner join trial_pending
        on events.case_id = trial_pending.case_id
    where
        events.stops_clock
        and events.start_date <= trial_pending.as_of_date

),

stopped as (

    select
        case_id,
        sum(case when days is null or days > days_since_start then days_since_start else days end) as stopped_days
    from stopped_events
    group by case_id

),

trial_used as (

    select
        trial_pending.*,
        coalesce(stopped.stopped_days, 0) as stopped_days,
        {{ dbt.datediff('trial_pending.filing_date', 'trial_pending.as_of_date', 'day') }}
        - coalesce(stopped.stopped_days, 0) as used_days
    from trial_pending
    left join stopped
        on trial_pending.case_id = stopped.case_id

),

enforcement_used as (

    select
        cases.case_id,
        cases.case_number,
        cases.court_code,
        cases.dept_id,
        cases.handling_officer_id as person_id,
        cases.filing_date,
        cases.limit_days,
        cases.extension_days,
        context.as_of_date,
        0 as stopped_days,
        {{ dbt.datediff('cases.filing_date', 'context.as_of_date', 'day') }} as used_days  -- noqa: LT05
    from {{ ref('fct_enforcement_cases') }} as cases
    cross join context
    where
        cases.limit_days is not null
        and {{ is_pending_on('context.as_of_date', 'cases.filing_date', 'cases.closing_date') }}

),

used as (

    select * from trial_used
    union all
    select * from enforcement_used

),

banded as (

    select
        used.*,
        used.limit_days - used.used_days as days_left,
        {{ round_as_decimal('cast(used.used_days as double) / used.limit_days', 4) }} as used_share,
        case
            when used.used_days >= context.time_limit_red_share * used.limit_days then 'red'
            when used.used_days >= context.time_limit_yellow_share * used.limit_days then 'yellow'
        end as level  -- noqa: RF04
    from used
    cross join context
    where used.limit_days > 0

),

final as (

    select
        {{ supervision_warning(
            rule='time_limit', level='level',
            subject_type='case', subject_id='case_id',
            court_code='court_code', dept_id='dept_id', person_id='person_id',
            title=[
                "case when level = 'red' then '超审限：' else '审限预警：' end",
                "case_number",
                "' 已用审限 '", supervision_text('used_days'), "'/'", supervision_text('limit_days'),
                "' 天，剩余 '", supervision_text('days_left'), "' 天'",
            ],
            facts=[
                ('case_number', 'case_number', 'string'),
                ('filing_date', 'filing_date', 'string'),
                ('limit_days', 'limit_days', 'number'),
                ('extension_days', 'extension_days', 'number'),
                ('stopped_days', 'stopped_days', 'number'),
                ('used_days', 'used_days', 'number'),
                ('days_left', 'days_left', 'number'),
                ('used_share', 'used_share', 'number'),
            ],
            as_of_date='as_of_date',
        ) }}
    from banded
    where level is not null

)

select * from final
