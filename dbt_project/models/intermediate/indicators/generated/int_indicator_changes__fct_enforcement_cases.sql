-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_enforcement_cases: the periods whose measures its rows changed since the last build (5 passes)
{{ config(materialized=measure_part_materialization()) }}
-- depends_on: {{ ref('fct_enforcement_cases') }}
{%- set columns = [
    'action_count',
    'applied_amount',
    'case_type_code',
    'closing_date',
    'closing_method',
    'court_code',
    'dept_id',
    'duration_days',
    'executed_amount',
    'extension_days',
    'filing_date',
    'handling_officer_id',
    'is_first_enforcement',
    'is_within_limit',
    'source_case_number'
] %}
{%- set baseline = none if indicator_engine_builds_everything() else indicator_baseline(ref('fct_enforcement_cases'), columns) %}
with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

{% if baseline is none %}
-- every period is built tonight (int_indicator_build_periods), or there is nothing to compare with

final as (

    select
        'fct_enforcement_cases' as relation,
        period_type,
        period
    from periods

)
{% else %}

snapshot_days as (

    select p.period_end from periods as p
    union
    select cast({{ dbt.dateadd('day', -1, 'p.period_start') }} as date) as period_end from periods as p

),

changed_rows as (

    {{ changed_rows(ref('fct_enforcement_cases'), baseline, columns) }}

),

changed_enforcement_cases as (

    select * from changed_rows

),

c0 as (

    select
        f.net,
        p.period_end as snapshot_day,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_officer_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_enforcement_cases__carried_over__count,
        case
            when (coalesce(f.is_first_enforcement, false))
                then 1
            else 0
        end as i_m_enforcement_cases__carried_over__count__is_first_enforcement,
        case
            when (f.case_type_code not in ('执保', '执恢'))
                then 1
            else 0
        end as i_m_enforcement_cases__carried_over__count__case_type_code_not_v4f173f_or_vcef0b2
    from changed_enforcement_cases as f
    inner join snapshot_days as p
        on f.filing_date <= p.period_end and (f.closing_date is null or f.closing_date > p.period_end)

),

c0_net as (

    select
        snapshot_day,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_enforcement_cases__carried_over__count,
        i_m_enforcement_cases__carried_over__count__is_first_enforcement,
        i_m_enforcement_cases__carried_over__count__case_type_code_not_v4f173f_or_vcef0b2
    from c0
    group by all
    having sum(net) != 0

),

c0_periods as (

    select distinct
        p.period_type,
        p.period
    from c0_net as d
    inner join periods as p
        on d.snapshot_day = cast({{ dbt.dateadd('day', -1, 'p.period_start') }} as date)

),

c1 as (

    select
        f.net,
        cast({{ dbt.date_trunc('month', 'f.closing_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_officer_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        cast(
            case
                when (f.case_type_code = '执保')
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_duration_days__case_type_code_vcef0b2,
        case
            when (f.case_type_code = '执保') and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__case_type_code_vcef0b2__duration_days_known,
        case
            when (f.case_type_code = '执保') and (f.duration_days <= 5)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__case_type_code_vcef0b2__duration_days_le_5,
        case when (f.case_type_code = '执保') then 1 else 0 end as i_m_enforcement_cases__closed_in__count__case_type_code_vcef0b2,
        case when true then 1 else 0 end as i_m_enforcement_cases__closed_in__count,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'fully_executed')
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_fully_executed__is_first_enforcement,
        case
            when (coalesce(f.is_first_enforcement, false))
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__is_first_enforcement,
        cast(
            case
                when (coalesce(f.is_first_enforcement, false))
                    then f.executed_amount
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_executed_amount__is_first_enforcement,
        cast(
            case
                when (coalesce(f.is_first_enforcement, false))
                    then f.applied_amount
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_applied_amount__is_first_enforcement,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'terminated_procedure')
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_enforcement,
        case
            when (coalesce(f.is_first_enforcement, false)) and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__is_first_enforcement__is_within_limit,
        cast(
            case
                when (coalesce(f.is_first_enforcement, false))
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_duration_days__is_first_enforcement,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__duration_days_known__is_first_enforcement,
        cast(
            case
                when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'fully_executed')
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_duration_days__closing_method_fully_executed__is_edddf482db,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'fully_executed') and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_fully_executed__duration_days_k_eacf5ff0e7,
        cast(
            case
                when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'terminated_procedure')
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_duration_days__closing_method_terminated_procedur_a6314a479a,
        case
            when
                (coalesce(f.is_first_enforcement, false))
                and (f.closing_method = 'terminated_procedure')
                and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__duration_0b910bc74e,
        case
            when (coalesce(f.is_first_enforcement, false)) and (coalesce(f.extension_days > 0, false))
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__has_extension__is_first_enforcement,
        case
            when (f.case_type_code = '执恢') and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__case_type_code_v4f173f__is_within_limit,
        case when (f.case_type_code = '执恢') then 1 else 0 end as i_m_enforcement_cases__closed_in__count__case_type_code_v4f173f,
        case
            when (f.case_type_code = '执异') and (f.duration_days <= 15)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__case_type_code_v86d6ca__duration_days_le_15,
        case when (f.case_type_code = '执异') then 1 else 0 end as i_m_enforcement_cases__closed_in__count__case_type_code_v86d6ca,
        case
            when (f.case_type_code = '执复') and (f.duration_days <= 30)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__case_type_code_ve85a5c__duration_days_le_30,
        case when (f.case_type_code = '执复') then 1 else 0 end as i_m_enforcement_cases__closed_in__count__case_type_code_ve85a5c,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.closing_method in ('fully_executed', 'settled'))
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_fully_executed_or_settled__is_f_b1d099dcc5,
        case
            when
                (coalesce(f.is_first_enforcement, false))
                and (f.closing_method in ('fully_executed', 'settled'))
                and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_fully_executed_or_settled__is_f_ceb4dce76a,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.closing_method != 'terminated_procedure')
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_not_terminated_procedure__is_fi_1f7f4b966f,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'settled')
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_settled__is_first_enforcement,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'terminated')
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_terminated__is_first_enforcement,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'rejected')
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_rejected__is_first_enforcement,
        cast(
            case
                when (f.case_type_code = '执恢')
                    then f.executed_amount
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_executed_amount__case_type_code_v4f173f,
        cast(
            case
                when (f.case_type_code = '执恢')
                    then f.applied_amount
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_applied_amount__case_type_code_v4f173f,
        cast(
            case
                when (f.case_type_code in ('执', '执恢'))
                    then f.executed_amount
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_executed_amount__case_type_code_v4f173f_or_v7f4ed8,
        case
            when (f.case_type_code not in ('执保', '执恢'))
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__case_type_code_not_v4f173f_or_vcef0b2,
        case
            when (coalesce(f.is_first_enforcement, false)) and (coalesce(f.action_count > 0, false))
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__has_actions__is_first_enforcement,
        cast(
            case
                when (coalesce(f.is_first_enforcement, false))
                    then f.action_count
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_action_count__is_first_enforcement,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.action_count is not null)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__action_count_known__is_first_enforcement,
        case
            when
                (coalesce(f.is_first_enforcement, false))
                and (f.closing_method = 'terminated_procedure')
                and ((f.action_count > 0) = false)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_d681218153,
        cast(
            case
                when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'terminated_procedure')
                    then f.action_count
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_action_count__closing_method_terminated_procedure_da67a2d5f3,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'terminated_procedure') and (f.action_count is not null)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__action_count_known__closing_method_terminated_e8807ca768
    from changed_enforcement_cases as f
    where f.closing_date is not null

),

c1_net as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_enforcement_cases__closed_in__sum_duration_days__case_type_code_vcef0b2,
        i_m_enforcement_cases__closed_in__count__case_type_code_vcef0b2__duration_days_known,
        i_m_enforcement_cases__closed_in__count__case_type_code_vcef0b2__duration_days_le_5,
        i_m_enforcement_cases__closed_in__count__case_type_code_vcef0b2,
        i_m_enforcement_cases__closed_in__count,
        i_m_enforcement_cases__closed_in__count__closing_method_fully_executed__is_first_enforcement,
        i_m_enforcement_cases__closed_in__count__is_first_enforcement,
        i_m_enforcement_cases__closed_in__sum_executed_amount__is_first_enforcement,
        i_m_enforcement_cases__closed_in__sum_applied_amount__is_first_enforcement,
        i_m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_enforcement,
        i_m_enforcement_cases__closed_in__count__is_first_enforcement__is_within_limit,
        i_m_enforcement_cases__closed_in__sum_duration_days__is_first_enforcement,
        i_m_enforcement_cases__closed_in__count__duration_days_known__is_first_enforcement,
        i_m_enforcement_cases__closed_in__sum_duration_days__closing_method_fully_executed__is_edddf482db,
        i_m_enforcement_cases__closed_in__count__closing_method_fully_executed__duration_days_k_eacf5ff0e7,
        i_m_enforcement_cases__closed_in__sum_duration_days__closing_method_terminated_procedur_a6314a479a,
        i_m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__duration_0b910bc74e,
        i_m_enforcement_cases__closed_in__count__has_extension__is_first_enforcement,
        i_m_enforcement_cases__closed_in__count__case_type_code_v4f173f__is_within_limit,
        i_m_enforcement_cases__closed_in__count__case_type_code_v4f173f,
        i_m_enforcement_cases__closed_in__count__case_type_code_v86d6ca__duration_days_le_15,
        i_m_enforcement_cases__closed_in__count__case_type_code_v86d6ca,
        i_m_enforcement_cases__closed_in__count__case_type_code_ve85a5c__duration_days_le_30,
        i_m_enforcement_cases__closed_in__count__case_type_code_ve85a5c,
        i_m_enforcement_cases__closed_in__count__closing_method_fully_executed_or_settled__is_f_b1d099dcc5,
        i_m_enforcement_cases__closed_in__count__closing_method_fully_executed_or_settled__is_f_ceb4dce76a,
        i_m_enforcement_cases__closed_in__count__closing_method_not_terminated_procedure__is_fi_1f7f4b966f,
        i_m_enforcement_cases__closed_in__count__closing_method_settled__is_first_enforcement,
        i_m_enforcement_cases__closed_in__count__closing_method_terminated__is_first_enforcement,
        i_m_enforcement_cases__closed_in__count__closing_method_rejected__is_first_enforcement,
        i_m_enforcement_cases__closed_in__sum_executed_amount__case_type_code_v4f173f,
        i_m_enforcement_cases__closed_in__sum_applied_amount__case_type_code_v4f173f,
        i_m_enforcement_cases__closed_in__sum_executed_amount__case_type_code_v4f173f_or_v7f4ed8,
        i_m_enforcement_cases__closed_in__count__case_type_code_not_v4f173f_or_vcef0b2,
        i_m_enforcement_cases__closed_in__count__has_actions__is_first_enforcement,
        i_m_enforcement_cases__closed_in__sum_action_count__is_first_enforcement,
        i_m_enforcement_cases__closed_in__count__action_count_known__is_first_enforcement,
        i_m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_d681218153,
        i_m_enforcement_cases__closed_in__sum_action_count__closing_method_terminated_procedure_da67a2d5f3,
        i_m_enforcement_cases__closed_in__count__action_count_known__closing_method_terminated_e8807ca768
    from c1
    group by all
    having sum(net) != 0

),

c1_periods as (

    select distinct
        p.period_type,
        p.period
    from c1_net as d
    inner join periods as p
        on d.month_start >= p.period_start and d.month_start <= p.period_end

),

c2 as (

    select
        f.net,
        p.period_type,
        p.period,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_officer_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when (coalesce(f.is_first_enforcement, false))
                then f.duration_days
        end as i_m_enforcement_cases__closed_in__median_duration_days__is_first_enforcement
    from changed_enforcement_cases as f
    inner join periods as p
        on f.closing_date >= p.period_start and f.closing_date <= p.period_end

),

c2_net as (

    select
        period_type,
        period,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_enforcement_cases__closed_in__median_duration_days__is_first_enforcement
    from c2
    group by all
    having sum(net) != 0

),

c2_periods as (

    select distinct
        p.period_type,
        p.period
    from c2_net as d
    inner join periods as p
        on d.period_type = p.period_type and d.period = p.period

),

c3 as (

    select
        f.net,
        cast({{ dbt.date_trunc('month', 'f.filing_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_officer_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_enforcement_cases__filed_in__count,
        case
            when (coalesce(f.is_first_enforcement, false))
                then 1
            else 0
        end as i_m_enforcement_cases__filed_in__count__is_first_enforcement,
        case
            when (f.case_type_code not in ('执保', '执恢'))
                then 1
            else 0
        end as i_m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2,
        case
            when (f.case_type_code = '执') and (coalesce(coalesce(position('诉前调确' in f.source_case_number) > 0, false), false))
                then 1
            else 0
        end as i_m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_prelit_confirmation,
        case
            when
                (f.case_type_code = '执')
                and (coalesce(coalesce(position('）' || f.court_code || '民' in f.source_case_number) > 0 or position('）' || f.court_code || '刑' in f.source_case_number) > 0 or position('）' || f.court_code || '行' in f.source_case_number) > 0, false), false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_own_court_judgment
    from changed_enforcement_cases as f
    where f.filing_date is not null

),

c3_net as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_enforcement_cases__filed_in__count,
        i_m_enforcement_cases__filed_in__count__is_first_enforcement,
        i_m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2,
        i_m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_prelit_confirmation,
        i_m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_own_court_judgment
    from c3
    group by all
    having sum(net) != 0

),

c3_periods as (

    select distinct
        p.period_type,
        p.period
    from c3_net as d
    inner join periods as p
        on d.month_start >= p.period_start and d.month_start <= p.period_end

),

c4 as (

    select
        f.net,
        p.period_end as snapshot_day,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_officer_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_enforcement_cases__pending_at_end__count,
        case
            when true
                then {{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }}  -- noqa: LT05
        end as i_m_enforcement_cases__pending_at_end__median_age_days_at_end,
        case
            when ({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_enforcement_cases__pending_at_end__count__age_days_at_end_known,
        case
            when (coalesce({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} > 365, false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_enforcement_cases__pending_at_end__count__age_over_12_months_at_end
    from changed_enforcement_cases as f
    inner join snapshot_days as p
        on f.filing_date <= p.period_end and (f.closing_date is null or f.closing_date > p.period_end)

),

c4_net as (

    select
        snapshot_day,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_enforcement_cases__pending_at_end__count,
        i_m_enforcement_cases__pending_at_end__median_age_days_at_end,
        i_m_enforcement_cases__pending_at_end__count__age_days_at_end_known,
        i_m_enforcement_cases__pending_at_end__count__age_over_12_months_at_end
    from c4
    group by all
    having sum(net) != 0

),

c4_periods as (

    select distinct
        p.period_type,
        p.period
    from c4_net as d
    inner join periods as p
        on d.snapshot_day = p.period_end

),

final as (

    select
        'fct_enforcement_cases' as relation,
        period_type,
        period
    from c0_periods

    union

    select
        'fct_enforcement_cases' as relation,
        period_type,
        period
    from c1_periods

    union

    select
        'fct_enforcement_cases' as relation,
        period_type,
        period
    from c2_periods

    union

    select
        'fct_enforcement_cases' as relation,
        period_type,
        period
    from c3_periods

    union

    select
        'fct_enforcement_cases' as relation,
        period_type,
        period
    from c4_periods

)
{% endif %}

select * from final
