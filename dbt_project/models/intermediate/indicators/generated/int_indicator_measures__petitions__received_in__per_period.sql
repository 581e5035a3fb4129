-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- petitions, rows received in P: 3 measures, rows joined to each period
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
            when (f.resolution in ('resolved', 'explained')) and (coalesce(coalesce(f.resolved_date <= p.period_end, false), false))
                then 1
            else 0
        end as i_m_petitions__received_in__count__resolution_explained_or_resolved__resolved_by_period_end,
        case
            when (f.category = 'enforcement') and (coalesce(coalesce(f.resolved_date <= p.period_end, false), false))
                then 1
            else 0
        end as i_m_petitions__received_in__count__category_enforcement__resolved_by_period_end,
        case
            when (coalesce(coalesce(f.resolved_date <= p.period_end, false), false))
                then 1
            else 0
        end as i_m_petitions__received_in__count__resolved_by_period_end
    from fact_rows as f
    inner join periods as p
        on f.received_date >= p.period_start and f.received_date <= p.period_end

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
        sum(i_m_petitions__received_in__count__resolution_explained_or_resolved__resolved_by_period_end)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__received_in__count__resolution_explained_or_resolved__resolved_by_period_end,
    cast(
        sum(i_m_petitions__received_in__count__category_enforcement__resolved_by_period_end)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__received_in__count__category_enforcement__resolved_by_period_end,
    cast(
        sum(i_m_petitions__received_in__count__resolved_by_period_end)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__received_in__count__resolved_by_period_end
from by_level
where entity_id is not null
group by level, entity_id, period_type, period
