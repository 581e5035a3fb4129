-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- enforcement_cases, rows closed in P: 1 measures, rows joined to each period
{{ config(materialized=measure_part_materialization()) }}
with

periods as (

    select * from {{ ref('int_indicator_build_periods') }}

),

fact_rows as (

    select * from {{ ref('fct_enforcement_cases') }}

),

in_period as (

    select
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
        {{ courtperf_median('i_m_enforcement_cases__closed_in__median_duration_days__is_first_enforcement') }}
        as double
    ) as m_enforcement_cases__closed_in__median_duration_days__is_first_enforcement
from by_level
where entity_id is not null
group by level, entity_id, period_type, period
