-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- hearings, rows scheduled in P: 14 additive measures by month, rolled up
{{ config(materialized=measure_part_materialization()) }}
with

period_months as (

    select * from {{ ref('int_indicator_build_period_months') }}

),

fact_rows as (

    select * from {{ ref('fct_hearings') }}

),

row_inputs as (

    select
        cast({{ dbt.date_trunc('month', 'f.scheduled_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.presiding_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_hearings__scheduled_in__count,
        case when (f.status = 'postponed') then 1 else 0 end as i_m_hearings__scheduled_in__count__status_postponed,
        case
            when (f.status in ('held', 'postponed', 'cancelled'))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed,
        case when (f.status = 'cancelled') then 1 else 0 end as i_m_hearings__scheduled_in__count__status_cancelled,
        case
            when (f.status = 'held') and (coalesce(f.held_date = f.scheduled_date, false)) and (f.case_type_code in ('民初'))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__case_type_code_civ1__held_on_schedule__status_held,
        case
            when (f.status in ('held', 'postponed')) and (f.case_type_code in ('民初'))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__case_type_code_civ1__status_held_or_postponed,
        case
            when (f.status = 'held') and (coalesce(f.held_date = f.scheduled_date, false)) and (f.case_type_code in ('刑初'))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__case_type_code_crim1__held_on_schedule__status_held,
        case
            when (f.status in ('held', 'postponed')) and (f.case_type_code in ('刑初'))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__case_type_code_crim1__status_held_or_postponed,
        case
            when (f.status = 'held') and (coalesce(f.held_date = f.scheduled_date, false)) and (f.case_type_code in ('行初'))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__case_type_code_adm1__held_on_schedule__status_held,
        case
            when (f.status in ('held', 'postponed')) and (f.case_type_code in ('行初'))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__case_type_code_adm1__status_held_or_postponed,
        case
            when (f.status = 'held') and (coalesce(f.held_date = f.scheduled_date, false)) and (f.case_type_code in ('民终', '刑终', '行终'))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__held_on_schedu_d9309aa239,
        case
            when (f.status in ('held', 'postponed')) and (f.case_type_code in ('民终', '刑终', '行终'))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held_or_postponed,
        case
            when (f.status = 'held') and (coalesce(f.held_date = f.scheduled_date, false))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__held_on_schedule__status_held,
        case when (f.status in ('held', 'postponed')) then 1 else 0 end as i_m_hearings__scheduled_in__count__status_held_or_postponed
    from fact_rows as f
    where f.scheduled_date is not null

),

entity_months as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        sum(i_m_hearings__scheduled_in__count) as i_m_hearings__scheduled_in__count,
        sum(i_m_hearings__scheduled_in__count__status_postponed) as i_m_hearings__scheduled_in__count__status_postponed,
        sum(i_m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed)
            as i_m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed,
        sum(i_m_hearings__scheduled_in__count__status_cancelled) as i_m_hearings__scheduled_in__count__status_cancelled,
        sum(i_m_hearings__scheduled_in__count__case_type_code_civ1__held_on_schedule__status_held)
            as i_m_hearings__scheduled_in__count__case_type_code_civ1__held_on_schedule__status_held,
        sum(i_m_hearings__scheduled_in__count__case_type_code_civ1__status_held_or_postponed)
            as i_m_hearings__scheduled_in__count__case_type_code_civ1__status_held_or_postponed,
        sum(i_m_hearings__scheduled_in__count__case_type_code_crim1__held_on_schedule__status_held)
            as i_m_hearings__scheduled_in__count__case_type_code_crim1__held_on_schedule__status_held,
        sum(i_m_hearings__scheduled_in__count__case_type_code_crim1__status_held_or_postponed)
            as i_m_hearings__scheduled_in__count__case_type_code_crim1__status_held_or_postponed,
        sum(i_m_hearings__scheduled_in__count__case_type_code_adm1__held_on_schedule__status_held)
            as i_m_hearings__scheduled_in__count__case_type_code_adm1__held_on_schedule__status_held,
        sum(i_m_hearings__scheduled_in__count__case_type_code_adm1__status_held_or_postponed)
            as i_m_hearings__scheduled_in__count__case_type_code_adm1__status_held_or_postponed,
        sum(i_m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__held_on_schedu_d9309aa239)
            as i_m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__held_on_schedu_d9309aa239,
        sum(i_m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held_or_postponed)
            as i_m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held_or_postponed,
        sum(i_m_hearings__scheduled_in__count__held_on_schedule__status_held)
            as i_m_hearings__scheduled_in__count__held_on_schedule__status_held,
        sum(i_m_hearings__scheduled_in__count__status_held_or_postponed) as i_m_hearings__scheduled_in__count__status_held_or_postponed
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
        sum(i_m_hearings__scheduled_in__count) as i_m_hearings__scheduled_in__count,
        sum(i_m_hearings__scheduled_in__count__status_postponed) as i_m_hearings__scheduled_in__count__status_postponed,
        sum(i_m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed)
            as i_m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed,
        sum(i_m_hearings__scheduled_in__count__status_cancelled) as i_m_hearings__scheduled_in__count__status_cancelled,
        sum(i_m_hearings__scheduled_in__count__case_type_code_civ1__held_on_schedule__status_held)
            as i_m_hearings__scheduled_in__count__case_type_code_civ1__held_on_schedule__status_held,
        sum(i_m_hearings__scheduled_in__count__case_type_code_civ1__status_held_or_postponed)
            as i_m_hearings__scheduled_in__count__case_type_code_civ1__status_held_or_postponed,
        sum(i_m_hearings__scheduled_in__count__case_type_code_crim1__held_on_schedule__status_held)
            as i_m_hearings__scheduled_in__count__case_type_code_crim1__held_on_schedule__status_held,
        sum(i_m_hearings__scheduled_in__count__case_type_code_crim1__status_held_or_postponed)
            as i_m_hearings__scheduled_in__count__case_type_code_crim1__status_held_or_postponed,
        sum(i_m_hearings__scheduled_in__count__case_type_code_adm1__held_on_schedule__status_held)
            as i_m_hearings__scheduled_in__count__case_type_code_adm1__held_on_schedule__status_held,
        sum(i_m_hearings__scheduled_in__count__case_type_code_adm1__status_held_or_postponed)
            as i_m_hearings__scheduled_in__count__case_type_code_adm1__status_held_or_postponed,
        sum(i_m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__held_on_schedu_d9309aa239)
            as i_m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__held_on_schedu_d9309aa239,
        sum(i_m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held_or_postponed)
            as i_m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held_or_postponed,
        sum(i_m_hearings__scheduled_in__count__held_on_schedule__status_held)
            as i_m_hearings__scheduled_in__count__held_on_schedule__status_held,
        sum(i_m_hearings__scheduled_in__count__status_held_or_postponed) as i_m_hearings__scheduled_in__count__status_held_or_postponed
    from by_level
    where entity_id is not null
    group by level, entity_id, month_start

)

select
    level_months.level,
    level_months.entity_id,
    period_months.period_type,
    period_months.period,
    cast(sum(level_months.i_m_hearings__scheduled_in__count) as {{ dbt.type_bigint() }}) as m_hearings__scheduled_in__count,
    cast(
        sum(level_months.i_m_hearings__scheduled_in__count__status_postponed)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__scheduled_in__count__status_postponed,
    cast(
        sum(level_months.i_m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed,
    cast(
        sum(level_months.i_m_hearings__scheduled_in__count__status_cancelled)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__scheduled_in__count__status_cancelled,
    cast(
        sum(level_months.i_m_hearings__scheduled_in__count__case_type_code_civ1__held_on_schedule__status_held)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__scheduled_in__count__case_type_code_civ1__held_on_schedule__status_held,
    cast(
        sum(level_months.i_m_hearings__scheduled_in__count__case_type_code_civ1__status_held_or_postponed)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__scheduled_in__count__case_type_code_civ1__status_held_or_postponed,
    cast(
        sum(level_months.i_m_hearings__scheduled_in__count__case_type_code_crim1__held_on_schedule__status_held)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__scheduled_in__count__case_type_code_crim1__held_on_schedule__status_held,
    cast(
        sum(level_months.i_m_hearings__scheduled_in__count__case_type_code_crim1__status_held_or_postponed)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__scheduled_in__count__case_type_code_crim1__status_held_or_postponed,
    cast(
        sum(level_months.i_m_hearings__scheduled_in__count__case_type_code_adm1__held_on_schedule__status_held)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__scheduled_in__count__case_type_code_adm1__held_on_schedule__status_held,
    cast(
        sum(level_months.i_m_hearings__scheduled_in__count__case_type_code_adm1__status_held_or_postponed)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__scheduled_in__count__case_type_code_adm1__status_held_or_postponed,
    cast(
        sum(level_months.i_m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__held_on_schedu_d9309aa239)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__held_on_schedu_d9309aa239,
    cast(
        sum(level_months.i_m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held_or_postponed)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held_or_postponed,
    cast(
        sum(level_months.i_m_hearings__scheduled_in__count__held_on_schedule__status_held)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__scheduled_in__count__held_on_schedule__status_held,
    cast(
        sum(level_months.i_m_hearings__scheduled_in__count__status_held_or_postponed)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__scheduled_in__count__status_held_or_postponed
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
