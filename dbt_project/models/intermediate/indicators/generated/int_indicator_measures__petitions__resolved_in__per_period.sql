-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- petitions, rows resolved in P: 1 measures, rows joined to each period
{{ config(materialized=measure_part_materialization()) }}
with

periods as (

    select * from {{ ref('int_indicator_build_periods') }}

),

fact_rows as (

    select * from {{ ref('fct_petitions') }}

),

in_period as (

    select
        p.period_type,
        p.period,
        f.court_code as court_entity,
        f.handler_dept_id as department_entity,
        f.handler_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when true
                then {{ dbt.datediff('f.received_date', 'f.resolved_date', 'day') }}  -- noqa: LT05
        end as i_m_petitions__resolved_in__median_days_to_resolve
    from fact_rows as f
    inner join periods as p
        on f.resolved_date >= p.period_start and f.resolved_date <= p.period_end

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
        {{ courtperf_median('i_m_petitions__resolved_in__median_days_to_resolve') }}
        as double
    ) as m_petitions__resolved_in__median_days_to_resolve
from by_level
where entity_id is not null
group by level, entity_id, period_type, period
