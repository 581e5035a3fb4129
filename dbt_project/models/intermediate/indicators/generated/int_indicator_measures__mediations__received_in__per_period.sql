-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- mediations, rows received in P: 1 measures, rows joined to each period
{{ config(materialized=measure_part_materialization()) }}
with

periods as (

    select * from {{ ref('int_indicator_build_periods') }}

),

fact_rows as (

    select * from {{ ref('fct_mediations') }}

),

in_period as (

    select
        p.period_type,
        p.period,
        f.court_code as court_entity,
        f.guiding_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when (f.stage = 'pre_litigation') and (coalesce(coalesce(f.closed_date <= p.period_end, false), false))
                then 1
            else 0
        end as i_m_mediations__received_in__count__closed_by_period_end__stage_pre_litigation
    from fact_rows as f
    inner join periods as p
        on f.received_date >= p.period_start and f.received_date <= p.period_end

),

by_level as (

    {{ crossed_with_levels('in_period', ['court', 'person', 'city']) }}

)

select
    level,
    entity_id,
    period_type,
    period,
    cast(
        sum(i_m_mediations__received_in__count__closed_by_period_end__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__received_in__count__closed_by_period_end__stage_pre_litigation
from by_level
where entity_id is not null
group by level, entity_id, period_type, period
