-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- trial_cases, rows pending on the day before P: 9 measures, evaluated once per snapshot day
{{ config(materialized=measure_part_materialization()) }}
with

periods as (

    select * from {{ ref('int_indicator_build_periods') }}

),

snapshot_days as (

    select distinct cast({{ dbt.dateadd('day', -1, 'p.period_start') }} as date) as period_end
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
        case when (f.case_type_code = '行初') then 1 else 0 end as i_m_trial_cases__carried_over__count__case_type_code_adm1,
        case when (f.case_type_code = '破') then 1 else 0 end as i_m_trial_cases__carried_over__count__case_type_code_bankruptcy,
        case when (f.case_type_code = '民初') then 1 else 0 end as i_m_trial_cases__carried_over__count__case_type_code_civ1,
        case when (f.case_type_code = '民终') then 1 else 0 end as i_m_trial_cases__carried_over__count__case_type_code_civ2,
        case when (f.case_type_code = '刑初') then 1 else 0 end as i_m_trial_cases__carried_over__count__case_type_code_crim1,
        case when (f.case_type_code = '刑终') then 1 else 0 end as i_m_trial_cases__carried_over__count__case_type_code_crim2,
        case when true then 1 else 0 end as i_m_trial_cases__carried_over__count,
        case when (coalesce(f.is_first_instance, false)) then 1 else 0 end as i_m_trial_cases__carried_over__count__is_first_instance,
        case
            when (f.case_type_code != '诉前调确')
                then 1
            else 0
        end as i_m_trial_cases__carried_over__count__case_type_code_not_presuit_confirm
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
            sum(i_m_trial_cases__carried_over__count__case_type_code_adm1)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__carried_over__count__case_type_code_adm1,
        cast(
            sum(i_m_trial_cases__carried_over__count__case_type_code_bankruptcy)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__carried_over__count__case_type_code_bankruptcy,
        cast(
            sum(i_m_trial_cases__carried_over__count__case_type_code_civ1)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__carried_over__count__case_type_code_civ1,
        cast(
            sum(i_m_trial_cases__carried_over__count__case_type_code_civ2)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__carried_over__count__case_type_code_civ2,
        cast(
            sum(i_m_trial_cases__carried_over__count__case_type_code_crim1)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__carried_over__count__case_type_code_crim1,
        cast(
            sum(i_m_trial_cases__carried_over__count__case_type_code_crim2)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__carried_over__count__case_type_code_crim2,
        cast(sum(i_m_trial_cases__carried_over__count) as {{ dbt.type_bigint() }}) as m_trial_cases__carried_over__count,
        cast(
            sum(i_m_trial_cases__carried_over__count__is_first_instance)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__carried_over__count__is_first_instance,
        cast(
            sum(i_m_trial_cases__carried_over__count__case_type_code_not_presuit_confirm)
            as {{ dbt.type_bigint() }}
        ) as m_trial_cases__carried_over__count__case_type_code_not_presuit_confirm
    from by_level
    where entity_id is not null
    group by level, entity_id, snapshot_day

)

select
    by_day.level,
    by_day.entity_id,
    p.period_type,
    p.period,

    by_day.m_trial_cases__carried_over__count__case_type_code_adm1,
    by_day.m_trial_cases__carried_over__count__case_type_code_bankruptcy,
    by_day.m_trial_cases__carried_over__count__case_type_code_civ1,
    by_day.m_trial_cases__carried_over__count__case_type_code_civ2,
    by_day.m_trial_cases__carried_over__count__case_type_code_crim1,
    by_day.m_trial_cases__carried_over__count__case_type_code_crim2,
    by_day.m_trial_cases__carried_over__count,
    by_day.m_trial_cases__carried_over__count__is_first_instance,
    by_day.m_trial_cases__carried_over__count__case_type_code_not_presuit_confirm
from by_day
inner join periods as p
    on by_day.snapshot_day = cast({{ dbt.dateadd('day', -1, 'p.period_start') }} as date)
