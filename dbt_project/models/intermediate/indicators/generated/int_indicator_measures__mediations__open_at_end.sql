-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- mediations, rows open at E: 1 measures, evaluated once per snapshot day
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

    select * from {{ ref('fct_mediations') }}

),

pending as (

    select
        p.period_end as snapshot_day,
        f.court_code as court_entity,
        f.guiding_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when (f.stage = 'pre_litigation') then 1 else 0 end as i_m_mediations__open_at_end__count__stage_pre_litigation
    from fact_rows as f
    inner join snapshot_days as p
        on f.received_date <= p.period_end and (f.closed_date is null or f.closed_date > p.period_end)

),

by_level as (

    {{ crossed_with_levels('pending', ['court', 'person', 'city']) }}

),

by_day as (

    select
        level,
        entity_id,
        snapshot_day,
        cast(
            sum(i_m_mediations__open_at_end__count__stage_pre_litigation)
            as {{ dbt.type_bigint() }}
        ) as m_mediations__open_at_end__count__stage_pre_litigation
    from by_level
    where entity_id is not null
    group by level, entity_id, snapshot_day

)

select
    by_day.level,
    by_day.entity_id,
    p.period_type,
    p.period,

    by_day.m_mediations__open_at_end__count__stage_pre_litigation
from by_day
inner join periods as p
    on by_day.snapshot_day = p.period_end
