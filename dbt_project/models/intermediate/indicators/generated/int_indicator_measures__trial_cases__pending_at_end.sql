-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- trial_cases, rows pending at the end of P: 20 measures, evaluated once per snapshot day
{{ config(materialized=measure_part_materialization()) }}
with

periods as (

    select * from {{ ref('int_indicator_build_periods') }}

),

snapshot_days as (

    select distinct p.period_end
    from periods as p

),

fact_rows as (

    select * from {{ ref('fct_trial_cases') }}

),

pending as (

    select
        p.period_end as snapshot_day,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when (f.case_type_code = '行初') then 1 else 0 end as i_m_trial_cases__pending_at_end__count__case_type_code_adm1,
        case when (f.case_type_code = '破') then 1 else 0 end as i_m_trial_cases__pending_at_end__count__case_type_code_bankruptcy,
        case
            when
                (f.case_type_code = '破')
                and (coalesce({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} > 1095, false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__age_over_36_months_at_end__case_type_code_bankruptcy,
        case
            when
                (coalesce(f.involves_enterprise, false))
                and (coalesce({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} > 365, false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__age_over_12_months_at_end__involves_enterprise,
        case when (coalesce(f.involves_enterprise, false)) then 1 else 0 end as i_m_trial_cases__pending_at_end__count__involves_enterprise,
        case when (f.case_type_code = '民初') then 1 else 0 end as i_m_trial_cases__pending_at_end__count__case_type_code_civ1,
        case
            when
                (f.case_type_code = '民初')
                and (coalesce({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} > 365, false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__age_over_12_months_at_end__case_type_code_civ1,
        case when (f.case_type_code = '刑初') then 1 else 0 end as i_m_trial_cases__pending_at_end__count__case_type_code_crim1,
        case
            when
                (f.case_type_code = '刑初')
                and (coalesce(({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} - f.suspended_days > f.statutory_limit_days), false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__case_type_code_crim1__is_over_limit_at_end,
        case
            when
                (coalesce(({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} - f.suspended_days > f.statutory_limit_days), false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__is_over_limit_at_end,
        case
            when (coalesce({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} > 548, false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__age_over_18_months_at_end,
        case
            when (coalesce({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} > 1095, false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__age_over_36_months_at_end,
        case when true then 1 else 0 end as i_m_trial_cases__pending_at_end__count,
        cast(
            case
                when true
                    then {{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }}  -- noqa: LT05
            end as decimal(38, 9)
        ) as i_m_trial_cases__pending_at_end__sum_age_days_at_end,
        case
            when ({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__age_days_at_end_known,
        case
            when (coalesce({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} > 365, false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__age_over_12_months_at_end,
        case
            when true
                then {{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }}  -- noqa: LT05
        end as i_m_trial_cases__pending_at_end__median_age_days_at_end,
        case
            when ({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} > 730)  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__age_days_at_end_gt_730,
        case
            when (coalesce(f.time_limit_event_count > 0, false))
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__has_time_limit_events,
        case when (coalesce(f.is_first_instance, false)) then 1 else 0 end as i_m_trial_cases__pending_at_end__count__is_first_instance
    from fact_rows as f
    inner join snapshot_days as p
        on f.filing_date <= p.period_end and (f.closing_date is null or f.closing_date > p.period_end)

),

by_level as (

    {{ crossed_with_levels('pending', ['court', 'department', 'person', 'city']) }}

),

by_day as (

    select
        level,
        entity_id,
        snapshot_day,
        cast(
            sum(i_m_trial_cases__pending_at_end__count__case_type_code_adm1)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__pending_at_end__count__case_type_code_adm1,
        cast(
            sum(i_m_trial_cases__pending_at_end__count__case_type_code_bankruptcy)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__pending_at_end__count__case_type_code_bankruptcy,
        cast(
            sum(i_m_trial_cases__pending_at_end__count__age_over_36_months_at_end__case_type_code_bankruptcy)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__pending_at_end__count__age_over_36_months_at_end__case_type_code_bankruptcy,
        cast(
            sum(i_m_trial_cases__pending_at_end__count__age_over_12_months_at_end__involves_enterprise)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__pending_at_end__count__age_over_12_months_at_end__involves_enterprise,
        cast(
            sum(i_m_trial_cases__pending_at_end__count__involves_enterprise)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__pending_at_end__count__involves_enterprise,
        cast(
            sum(i_m_trial_cases__pending_at_end__count__case_type_code_civ1)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__pending_at_end__count__case_type_code_civ1,
        cast(
            sum(i_m_trial_cases__pending_at_end__count__age_over_12_months_at_end__case_type_code_civ1)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__pending_at_end__count__age_over_12_months_at_end__case_type_code_civ1,
        cast(
            sum(i_m_trial_cases__pending_at_end__count__case_type_code_crim1)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__pending_at_end__count__case_type_code_crim1,
        cast(
            sum(i_m_trial_cases__pending_at_end__count__case_type_code_crim1__is_over_limit_at_end)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__pending_at_end__count__case_type_code_crim1__is_over_limit_at_end,
        cast(
            sum(i_m_trial_cases__pending_at_end__count__is_over_limit_at_end)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__pending_at_end__count__is_over_limit_at_end,
        cast(
            sum(i_m_trial_cases__pending_at_end__count__age_over_18_months_at_end)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__pending_at_end__count__age_over_18_months_at_end,
        cast(
            sum(i_m_trial_cases__pending_at_end__count__age_over_36_months_at_end)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__pending_at_end__count__age_over_36_months_at_end,
        cast(sum(i_m_trial_cases__pending_at_end__count) as {{ dbt.type_bigint() }}) as m_trial_cases__pending_at_end__count,
        cast(sum(i_m_trial_cases__pending_at_end__sum_age_days_at_end) as double) as m_trial_cases__pending_at_end__sum_age_days_at_end,
        cast(
            sum(i_m_trial_cases__pending_at_end__count__age_days_at_end_known)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__pending_at_end__count__age_days_at_end_known,
        cast(
            sum(i_m_trial_cases__pending_at_end__count__age_over_12_months_at_end)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__pending_at_end__count__age_over_12_months_at_end,
        cast(
            {{ courtperf_median('i_m_trial_cases__pending_at_end__median_age_days_at_end') }}
            as double
        ) as m_trial_cases__pending_at_end__median_age_days_at_end,
        cast(
            sum(i_m_trial_cases__pending_at_end__count__age_days_at_end_gt_730)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__pending_at_end__count__age_days_at_end_gt_730,
        cast(
            sum(i_m_trial_cases__pending_at_end__count__has_time_limit_events)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__pending_at_end__count__has_time_limit_events,
        cast(
            sum(i_m_trial_cases__pending_at_end__count__is_first_instance)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__pending_at_end__count__is_first_instance
    from by_level
    where entity_id is not null
    group by level, entity_id, snapshot_day

)

select
    by_day.level,
    by_day.entity_id,
    p.period_type,
    p.period,

    by_day.m_trial_cases__pending_at_end__count__case_type_code_adm1,
    by_day.m_trial_cases__pending_at_end__count__case_type_code_bankruptcy,
    by_day.m_trial_cases__pending_at_end__count__age_over_36_months_at_end__case_type_code_bankruptcy,
    by_day.m_trial_cases__pending_at_end__count__age_over_12_months_at_end__involves_enterprise,
    by_day.m_trial_cases__pending_at_end__count__involves_enterprise,
    by_day.m_trial_cases__pending_at_end__count__case_type_code_civ1,
    by_day.m_trial_cases__pending_at_end__count__age_over_12_months_at_end__case_type_code_civ1,
    by_day.m_trial_cases__pending_at_end__count__case_type_code_crim1,
    by_day.m_trial_cases__pending_at_end__count__case_type_code_crim1__is_over_limit_at_end,
    by_day.m_trial_cases__pending_at_end__count__is_over_limit_at_end,
    by_day.m_trial_cases__pending_at_end__count__age_over_18_months_at_end,
    by_day.m_trial_cases__pending_at_end__count__age_over_36_months_at_end,
    by_day.m_trial_cases__pending_at_end__count,
    by_day.m_trial_cases__pending_at_end__sum_age_days_at_end,
    by_day.m_trial_cases__pending_at_end__count__age_days_at_end_known,
    by_day.m_trial_cases__pending_at_end__count__age_over_12_months_at_end,
    by_day.m_trial_cases__pending_at_end__median_age_days_at_end,
    by_day.m_trial_cases__pending_at_end__count__age_days_at_end_gt_730,
    by_day.m_trial_cases__pending_at_end__count__has_time_limit_events,
    by_day.m_trial_cases__pending_at_end__count__is_first_instance
from by_day
inner join periods as p
    on by_day.snapshot_day = p.period_end
