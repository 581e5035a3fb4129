{#-
    长期未结 (rule long_pending): trial and enforcement cases pending at the as-of date whose filing date is at
    least 12, 18 or 36 calendar months before it (level green, yellow, red). One row per case at its highest
    band: the warnings mart escalates the case's one pending-age warning in place (12 -> 18 -> 36 months).
    Every pending case counts, whether or not its type has a statutory limit (e.g. bankruptcy).
-#}
with

context as (

    select * from {{ ref('int_supervision_context') }}

),

pending as (

    select
        case_id,
        case_number,
        court_code,
        dept_id,
        handler_id as person_id,
        filing_date,
        closing_date
    from {{ ref('int_cases') }}

),

aged as (

    select
        pending.*,
        context.as_of_date,
        {{ dbt.datediff('pending.filing_date', 'context.as_of_date', 'day') }} as pending_days,  -- noqa: LT05
        case
            when {{ dbt.dateadd('month', 36, 'pending.filing_date') }} <= context.as_of_date then 36
            when {{ dbt.dateadd('month', 18, 'pending.filing_date') }} <= context.as_of_date then 18
            when {{ dbt.dateadd('month', 12, 'pending.filing_date') }} <= context.as_of_date then 12
        end as band_months
    from pending
    cross join context
    where
        {{ is_pending_on('context.as_of_date', 'pending.filing_date', 'pending.closing_date') }}

),

final as (

    select
        {{ supervision_warning(
            rule='long_pending',
            level="case band_months when 36 then 'red' when 18 then 'yellow' else 'green' end",
            subject_type='case', subject_id='case_id',
            court_code='court_code', dept_id='dept_id', person_id='person_id',
            title=[
                "'长期未结：'", "case_number", "' 立案于 '", supervision_text('filing_date'),
                "'，已超过 '", supervision_text('band_months'), "' 个月未结（'", supervision_text('pending_days'),
                "' 天）'",
            ],
            facts=[
                ('case_number', 'case_number', 'string'),
                ('filing_date', 'filing_date', 'string'),
                ('pending_days', 'pending_days', 'number'),
                ('band_months', 'band_months', 'number'),
            ],
            as_of_date='as_of_date',
        ) }}
    from aged
    where band_months is not null

)

select * from final
