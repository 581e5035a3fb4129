-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- petitions, rows resolved in P: 8 additive measures by month, rolled up
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
        cast({{ dbt.date_trunc('month', 'f.resolved_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.handler_dept_id as department_entity,
        f.handler_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when ((f.is_repeat) = false) and (f.resolution = 'resolved')
                then 1
            else 0
        end as i_m_petitions__resolved_in__count__not_is_repeat__resolution_resolved,
        case when ((f.is_repeat) = false) then 1 else 0 end as i_m_petitions__resolved_in__count__not_is_repeat,
        case when true then 1 else 0 end as i_m_petitions__resolved_in__count,
        case when (f.resolution = 'resolved') then 1 else 0 end as i_m_petitions__resolved_in__count__resolution_resolved,
        case
            when (f.satisfaction in ('satisfied', 'basically_satisfied'))
                then 1
            else 0
        end as i_m_petitions__resolved_in__count__satisfaction_basically_satisfied_or_satisfied,
        case when (f.satisfaction is not null) then 1 else 0 end as i_m_petitions__resolved_in__count__satisfaction_known,
        cast(
            case
                when true
                    then {{ dbt.datediff('f.received_date', 'f.resolved_date', 'day') }}  -- noqa: LT05
            end as decimal(38, 9)
        ) as i_m_petitions__resolved_in__sum_days_to_resolve,
        case
            when ({{ dbt.datediff('f.received_date', 'f.resolved_date', 'day') }} is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_petitions__resolved_in__count__days_to_resolve_known
    from fact_rows as f
    where f.resolved_date is not null

),

entity_months as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        sum(i_m_petitions__resolved_in__count__not_is_repeat__resolution_resolved)
            as i_m_petitions__resolved_in__count__not_is_repeat__resolution_resolved,
        sum(i_m_petitions__resolved_in__count__not_is_repeat) as i_m_petitions__resolved_in__count__not_is_repeat,
        sum(i_m_petitions__resolved_in__count) as i_m_petitions__resolved_in__count,
        sum(i_m_petitions__resolved_in__count__resolution_resolved) as i_m_petitions__resolved_in__count__resolution_resolved,
        sum(i_m_petitions__resolved_in__count__satisfaction_basically_satisfied_or_satisfied)
            as i_m_petitions__resolved_in__count__satisfaction_basically_satisfied_or_satisfied,
        sum(i_m_petitions__resolved_in__count__satisfaction_known) as i_m_petitions__resolved_in__count__satisfaction_known,
        sum(i_m_petitions__resolved_in__sum_days_to_resolve) as i_m_petitions__resolved_in__sum_days_to_resolve,
        sum(i_m_petitions__resolved_in__count__days_to_resolve_known) as i_m_petitions__resolved_in__count__days_to_resolve_known
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
        sum(i_m_petitions__resolved_in__count__not_is_repeat__resolution_resolved)
            as i_m_petitions__resolved_in__count__not_is_repeat__resolution_resolved,
        sum(i_m_petitions__resolved_in__count__not_is_repeat) as i_m_petitions__resolved_in__count__not_is_repeat,
        sum(i_m_petitions__resolved_in__count) as i_m_petitions__resolved_in__count,
        sum(i_m_petitions__resolved_in__count__resolution_resolved) as i_m_petitions__resolved_in__count__resolution_resolved,
        sum(i_m_petitions__resolved_in__count__satisfaction_basically_satisfied_or_satisfied)
            as i_m_petitions__resolved_in__count__satisfaction_basically_satisfied_or_satisfied,
        sum(i_m_petitions__resolved_in__count__satisfaction_known) as i_m_petitions__resolved_in__count__satisfaction_known,
        sum(i_m_petitions__resolved_in__sum_days_to_resolve) as i_m_petitions__resolved_in__sum_days_to_resolve,
        sum(i_m_petitions__resolved_in__count__days_to_resolve_known) as i_m_petitions__resolved_in__count__days_to_resolve_known
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
        sum(level_months.i_m_petitions__resolved_in__count__not_is_repeat__resolution_resolved)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__resolved_in__count__not_is_repeat__resolution_resolved,
    cast(
        sum(level_months.i_m_petitions__resolved_in__count__not_is_repeat)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__resolved_in__count__not_is_repeat,
    cast(sum(level_months.i_m_petitions__resolved_in__count) as {{ dbt.type_bigint() }}) as m_petitions__resolved_in__count,
    cast(
        sum(level_months.i_m_petitions__resolved_in__count__resolution_resolved)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__resolved_in__count__resolution_resolved,
    cast(
        sum(level_months.i_m_petitions__resolved_in__count__satisfaction_basically_satisfied_or_satisfied)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__resolved_in__count__satisfaction_basically_satisfied_or_satisfied,
    cast(
        sum(level_months.i_m_petitions__resolved_in__count__satisfaction_known)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__resolved_in__count__satisfaction_known,
    cast(sum(level_months.i_m_petitions__resolved_in__sum_days_to_resolve) as double) as m_petitions__resolved_in__sum_days_to_resolve,
    cast(
        sum(level_months.i_m_petitions__resolved_in__count__days_to_resolve_known)
        as {{ dbt.type_bigint() }}
    ) as m_petitions__resolved_in__count__days_to_resolve_known
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
