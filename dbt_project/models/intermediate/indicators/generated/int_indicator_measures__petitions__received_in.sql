-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- petitions, rows received in P: 13 additive measures by month, rolled up
{{ config(materialized=measure_part_materialization()) }}
with

period_months as (

    select * from {{ ref('int_indicator_build_period_months') }}

),

fact_rows as (

    select * from {{ ref('fct_petitions') }}

),

row_inputs as (

    select
        cast({{ dbt.date_trunc('month', 'f.received_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.handler_dept_id as department_entity,
        f.handler_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_petitions__received_in__count,
        case when (coalesce(f.is_resolved_on_time, false)) then 1 else 0 end as i_m_petitions__received_in__count__is_resolved_on_time,
        case when (coalesce(f.is_repeat, false)) then 1 else 0 end as i_m_petitions__received_in__count__is_repeat,
        case when (f.channel = 'online') then 1 else 0 end as i_m_petitions__received_in__count__channel_online,
        case when (f.category = 'ruling_dispute') then 1 else 0 end as i_m_petitions__received_in__count__category_ruling_dispute,
        case when (f.category = 'delay') then 1 else 0 end as i_m_petitions__received_in__count__category_delay,
        case when (f.category = 'enforcement') then 1 else 0 end as i_m_petitions__received_in__count__category_enforcement,
        case when (f.category = 'conduct') then 1 else 0 end as i_m_petitions__received_in__count__category_conduct,
        case when (coalesce(f.is_collective, false)) then 1 else 0 end as i_m_petitions__received_in__count__is_collective,
        case when (f.escalated_to = 'supreme_court') then 1 else 0 end as i_m_petitions__received_in__count__escalated_to_supreme_court,
        case
            when (f.escalated_to in ('higher_court', 'supreme_court'))
                then 1
            else 0
        end as i_m_petitions__received_in__count__escalated_to_higher_court_or_supreme_court,
        case
            when (coalesce(f.related_case_number is not null, false))
                then 1
            else 0
        end as i_m_petitions__received_in__count__has_related_case,
        case when (f.category != 'enforcement') then 1 else 0 end as i_m_petitions__received_in__count__category_not_enforcement
    from fact_rows as f
    where f.received_date is not null

),

entity_months as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        sum(i_m_petitions__received_in__count) as i_m_petitions__received_in__count,
        sum(i_m_petitions__received_in__count__is_resolved_on_time) as i_m_petitions__received_in__count__is_resolved_on_time,
        sum(i_m_petitions__received_in__count__is_repeat) as i_m_petitions__received_in__count__is_repeat,
        sum(i_m_petitions__received_in__count__channel_online) as i_m_petitions__received_in__count__channel_online,
        sum(i_m_petitions__received_in__count__category_ruling_dispute) as i_m_petitions__received_in__count__category_ruling_dispute,
        sum(i_m_petitions__received_in__count__category_delay) as i_m_petitions__received_in__count__category_delay,
        sum(i_m_petitions__received_in__count__category_enforcement) as i_m_petitions__received_in__count__category_enforcement,
        sum(i_m_petitions__received_in__count__category_conduct) as i_m_petitions__received_in__count__category_conduct,
        sum(i_m_petitions__received_in__count__is_collective) as i_m_petitions__received_in__count__is_collective,
        sum(i_m_petitions__received_in__count__escalated_to_supreme_court) as i_m_petitions__received_in__count__escalated_to_supreme_court,
        sum(i_m_petitions__received_in__count__escalated_to_higher_court_or_supreme_court)
            as i_m_petitions__received_in__count__escalated_to_higher_court_or_supreme_court,
        sum(i_m_petitions__received_in__count__has_related_case) as i_m_petitions__received_in__count__has_related_case,
        sum(i_m_petitions__received_in__count__category_not_enforcement) as i_m_petitions__received_in__count__category_not_enforcement
    from row_inputs
    group by month_start, court_entity, department_entity, person_entity, city_entity

),

by_level as (

    {{ crossed_with_levels('entity_months', ['court', 'department', 'person', 'city']) }}

),

level_months as (

    select
        level,
        entity_id,
        month_start,
        sum(i_m_petitions__received_in__count) as i_m_petitions__received_in__count,
        sum(i_m_petitions__received_in__count__is_resolved_on_time) as i_m_petitions__received_in__count__is_resolved_on_time,
        sum(i_m_petitions__received_in__count__is_repeat) as i_m_petitions__received_in__count__is_repeat,
        sum(i_m_petitions__received_in__count__channel_online) as i_m_petitions__received_in__count__channel_online,
        sum(i_m_petitions__received_in__count__category_ruling_dispute) as i_m_petitions__received_in__count__category_ruling_dispute,
        sum(i_m_petitions__received_in__count__category_delay) as i_m_petitions__received_in__count__category_delay,
        sum(i_m_petitions__received_in__count__category_enforcement) as i_m_petitions__received_in__count__category_enforcement,
        sum(i_m_petitions__received_in__count__category_conduct) as i_m_petitions__received_in__count__category_conduct,
        sum(i_m_petitions__received_in__count__is_collective) as i_m_petitions__received_in__count__is_collective,
        sum(i_m_petitions__received_in__count__escalated_to_supreme_court) as i_m_petitions__received_in__count__escalated_to_supreme_court,
        sum(i_m_petitions__received_in__count__escalated_to_higher_court_or_supreme_court)
            as i_m_petitions__received_in__count__escalated_to_higher_court_or_supreme_court,
        sum(i_m_petitions__received_in__count__has_related_case) as i_m_petitions__received_in__count__has_related_case,
        sum(i_m_petitions__received_in__count__category_not_enforcement) as i_m_petitions__received_in__count__category_not_enforcement
    from by_level
    where entity_id is not null
    group by level, entity_id, month_start

)

select
    level_months.level,
    level_months.entity_id,
    period_months.period_type,
    period_months.period,
    cast(sum(level_months.i_m_petitions__received_in__count) as {{ dbt.type_bigint() }}) as m_petitions__received_in__count,
    cast(
        sum(level_months.i_m_petitions__received_in__count__is_resolved_on_time)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__received_in__count__is_resolved_on_time,
    cast(
        sum(level_months.i_m_petitions__received_in__count__is_repeat)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__received_in__count__is_repeat,
    cast(
        sum(level_months.i_m_petitions__received_in__count__channel_online)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__received_in__count__channel_online,
    cast(
        sum(level_months.i_m_petitions__received_in__count__category_ruling_dispute)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__received_in__count__category_ruling_dispute,
    cast(
        sum(level_months.i_m_petitions__received_in__count__category_delay)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__received_in__count__category_delay,
    cast(
        sum(level_months.i_m_petitions__received_in__count__category_enforcement)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__received_in__count__category_enforcement,
    cast(
        sum(level_months.i_m_petitions__received_in__count__category_conduct)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__received_in__count__category_conduct,
    cast(
        sum(level_months.i_m_petitions__received_in__count__is_collective)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__received_in__count__is_collective,
    cast(
        sum(level_months.i_m_petitions__received_in__count__escalated_to_supreme_court)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__received_in__count__escalated_to_supreme_court,
    cast(
        sum(level_months.i_m_petitions__received_in__count__escalated_to_higher_court_or_supreme_court)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__received_in__count__escalated_to_higher_court_or_supreme_court,
    cast(
        sum(level_months.i_m_petitions__received_in__count__has_related_case)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__received_in__count__has_related_case,
    cast(
        sum(level_months.i_m_petitions__received_in__count__category_not_enforcement)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__received_in__count__category_not_enforcement
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
