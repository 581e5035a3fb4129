-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- commercial_disputes, rows effective in P: 4 additive measures by month, rolled up
{{ config(materialized=measure_part_materialization()) }}
with

period_months as (

    select * from {{ ref('int_indicator_build_period_months') }}

),

fact_rows as (

    select * from {{ ref('int_commercial_disputes') }}

),

row_inputs as (

    select
        cast({{ dbt.date_trunc('month', 'f.effective_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when (coalesce(f.is_effective, false)) and (coalesce(f.has_enforcement, false))
                then 1
            else 0
        end as i_m_commercial_disputes__effective_in__count__has_enforcement__is_effective,
        case when (coalesce(f.is_effective, false)) then 1 else 0 end as i_m_commercial_disputes__effective_in__count__is_effective,
        case
            when (coalesce(f.involves_enterprise, false)) and (coalesce(f.is_effective, false)) and (coalesce(f.has_preservation, false))
                then 1
            else 0
        end as i_m_commercial_disputes__effective_in__count__has_preservation__involves_enterprise__is_effective,
        case
            when (coalesce(f.involves_enterprise, false)) and (coalesce(f.is_effective, false))
                then 1
            else 0
        end as i_m_commercial_disputes__effective_in__count__involves_enterprise__is_effective
    from fact_rows as f
    where f.effective_date is not null

),

entity_months as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        sum(i_m_commercial_disputes__effective_in__count__has_enforcement__is_effective)
            as i_m_commercial_disputes__effective_in__count__has_enforcement__is_effective,
        sum(i_m_commercial_disputes__effective_in__count__is_effective) as i_m_commercial_disputes__effective_in__count__is_effective,
        sum(i_m_commercial_disputes__effective_in__count__has_preservation__involves_enterprise__is_effective)
            as i_m_commercial_disputes__effective_in__count__has_preservation__involves_enterprise__is_effective,
        sum(i_m_commercial_disputes__effective_in__count__involves_enterprise__is_effective)
            as i_m_commercial_disputes__effective_in__count__involves_enterprise__is_effective
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
        sum(i_m_commercial_disputes__effective_in__count__has_enforcement__is_effective)
            as i_m_commercial_disputes__effective_in__count__has_enforcement__is_effective,
        sum(i_m_commercial_disputes__effective_in__count__is_effective) as i_m_commercial_disputes__effective_in__count__is_effective,
        sum(i_m_commercial_disputes__effective_in__count__has_preservation__involves_enterprise__is_effective)
            as i_m_commercial_disputes__effective_in__count__has_preservation__involves_enterprise__is_effective,
        sum(i_m_commercial_disputes__effective_in__count__involves_enterprise__is_effective)
            as i_m_commercial_disputes__effective_in__count__involves_enterprise__is_effective
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
        sum(level_months.i_m_commercial_disputes__effective_in__count__has_enforcement__is_effective)
        as {{ dbt.type_bigint() }}
    ) as m_commercial_disputes__effective_in__count__has_enforcement__is_effective,
    cast(
        sum(level_months.i_m_commercial_disputes__effective_in__count__is_effective)
        as {{ dbt.type_bigint() }}
    ) as m_commercial_disputes__effective_in__count__is_effective,
    cast(
        sum(level_months.i_m_commercial_disputes__effective_in__count__has_preservation__involves_enterprise__is_effective)
        as {{ dbt.type_bigint() }}
    ) as m_commercial_disputes__effective_in__count__has_preservation__involves_enterprise__is_effective,
    cast(
        sum(level_months.i_m_commercial_disputes__effective_in__count__involves_enterprise__is_effective)
        as {{ dbt.type_bigint() }}
    ) as m_commercial_disputes__effective_in__count__involves_enterprise__is_effective
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
