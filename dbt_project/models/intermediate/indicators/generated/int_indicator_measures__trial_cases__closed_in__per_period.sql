-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- trial_cases, rows closed in P: 4 measures, rows joined to each period
{{ config(materialized=measure_part_materialization()) }}
with

periods as (

    select * from {{ ref('int_indicator_build_periods') }}

),

fact_rows as (

    select * from {{ ref('fct_trial_cases') }}

),

in_period as (

    select
        p.period_type,
        p.period,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when (f.case_type_code = '破')
                then f.elapsed_days
        end as i_m_trial_cases__closed_in__median_elapsed_days__case_type_code_bankruptcy,
        case
            when (f.case_type_code = '民初')
                then f.duration_days
        end as i_m_trial_cases__closed_in__median_duration_days__case_type_code_civ1,
        case
            when (f.case_type_code = '刑初')
                then f.duration_days
        end as i_m_trial_cases__closed_in__median_duration_days__case_type_code_crim1,
        case when true then f.duration_days end as i_m_trial_cases__closed_in__median_duration_days
    from fact_rows as f
    inner join periods as p
        on f.closing_date >= p.period_start and f.closing_date <= p.period_end

),

by_level as (

    {{ crossed_with_levels('in_period', ['court', 'department', 'person', 'city']) }}

)

select
    level,
    entity_id,
    period_type,
    period,
    cast(
        {{ courtperf_median('i_m_trial_cases__closed_in__median_elapsed_days__case_type_code_bankruptcy') }}
        as double
    ) as m_trial_cases__closed_in__median_elapsed_days__case_type_code_bankruptcy,
    cast(
        {{ courtperf_median('i_m_trial_cases__closed_in__median_duration_days__case_type_code_civ1') }}
        as double
    ) as m_trial_cases__closed_in__median_duration_days__case_type_code_civ1,
    cast(
        {{ courtperf_median('i_m_trial_cases__closed_in__median_duration_days__case_type_code_crim1') }}
        as double
    ) as m_trial_cases__closed_in__median_duration_days__case_type_code_crim1,
    cast(
        {{ courtperf_median('i_m_trial_cases__closed_in__median_duration_days') }}
        as double
    ) as m_trial_cases__closed_in__median_duration_days
from by_level
where entity_id is not null
group by level, entity_id, period_type, period
