-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- mediations, rows received in P: 3 additive measures by month, rolled up
{{ config(materialized=measure_part_materialization()) }}
with

period_months as (

    select * from {{ ref('int_indicator_build_period_months') }}

),

fact_rows as (

    select * from {{ ref('fct_mediations') }}

),

row_inputs as (

    select
        cast({{ dbt.date_trunc('month', 'f.received_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.guiding_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when (f.stage = 'pre_litigation') then 1 else 0 end as i_m_mediations__received_in__count__stage_pre_litigation,
        case when (f.stage = 'in_litigation') then 1 else 0 end as i_m_mediations__received_in__count__stage_in_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.mediator_type != 'court_staff')
                then 1
            else 0
        end as i_m_mediations__received_in__count__mediator_type_not_court_staff__stage_pre_litigation
    from fact_rows as f
    where f.received_date is not null

),

entity_months as (

    select
        month_start,
        court_entity,
        person_entity,
        city_entity,
        sum(i_m_mediations__received_in__count__stage_pre_litigation) as i_m_mediations__received_in__count__stage_pre_litigation,
        sum(i_m_mediations__received_in__count__stage_in_litigation) as i_m_mediations__received_in__count__stage_in_litigation,
        sum(i_m_mediations__received_in__count__mediator_type_not_court_staff__stage_pre_litigation)
            as i_m_mediations__received_in__count__mediator_type_not_court_staff__stage_pre_litigation
    from row_inputs
    group by month_start, court_entity, person_entity, city_entity

),

by_level as (

    {{ crossed_with_levels('entity_months', ['court', 'person', 'city']) }}

),

level_months as (

    select
        level,
        entity_id,
        month_start,
        sum(i_m_mediations__received_in__count__stage_pre_litigation) as i_m_mediations__received_in__count__stage_pre_litigation,
        sum(i_m_mediations__received_in__count__stage_in_litigation) as i_m_mediations__received_in__count__stage_in_litigation,
        sum(i_m_mediations__received_in__count__mediator_type_not_court_staff__stage_pre_litigation)
            as i_m_mediations__received_in__count__mediator_type_not_court_staff__stage_pre_litigation
    from by_level
    where entity_id is not null
    group by level, entity_id, month_start

)

select
    level_months.level,
    level_months.entity_id,
    period_months.period_type,
    period_months.period,
    cast(
        sum(level_months.i_m_mediations__received_in__count__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__received_in__count__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__received_in__count__stage_in_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__received_in__count__stage_in_litigation,
    cast(
        sum(level_months.i_m_mediations__received_in__count__mediator_type_not_court_staff__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__received_in__count__mediator_type_not_court_staff__stage_pre_litigation
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
