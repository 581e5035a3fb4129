-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- hearings, rows held in P: 17 additive measures by month, rolled up
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
        cast({{ dbt.date_trunc('month', 'f.held_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.presiding_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        cast(
            case
                when (f.status = 'held')
                    then f.duration_minutes
            end as decimal(38, 9)
        ) as i_m_hearings__held_in__sum_duration_minutes__status_held,
        case
            when (f.status = 'held') and (f.duration_minutes is not null)
                then 1
            else 0
        end as i_m_hearings__held_in__count__duration_minutes_known__status_held,
        cast(
            case
                when (f.status = 'held') and (f.case_type_code in ('民初'))
                    then f.duration_minutes
            end as decimal(38, 9)
        ) as i_m_hearings__held_in__sum_duration_minutes__case_type_code_civ1__status_held,
        case
            when (f.status = 'held') and (f.case_type_code in ('民初')) and (f.duration_minutes is not null)
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_civ1__duration_minutes_known__status_held,
        cast(
            case
                when (f.status = 'held') and (f.case_type_code in ('刑初'))
                    then f.duration_minutes
            end as decimal(38, 9)
        ) as i_m_hearings__held_in__sum_duration_minutes__case_type_code_crim1__status_held,
        case
            when (f.status = 'held') and (f.case_type_code in ('刑初')) and (f.duration_minutes is not null)
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_crim1__duration_minutes_known__status_held,
        cast(
            case
                when (f.status = 'held') and (f.case_type_code in ('行初'))
                    then f.duration_minutes
            end as decimal(38, 9)
        ) as i_m_hearings__held_in__sum_duration_minutes__case_type_code_adm1__status_held,
        case
            when (f.status = 'held') and (f.case_type_code in ('行初')) and (f.duration_minutes is not null)
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_adm1__duration_minutes_known__status_held,
        case
            when (f.status = 'held') and (coalesce(f.livestreamed, false))
                then 1
            else 0
        end as i_m_hearings__held_in__count__livestreamed__status_held,
        case
            when (f.status = 'held') and (coalesce(f.livestreamed, false)) and (f.case_type_code in ('民初', '民终'))
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_civ1_or_civ2__livestreamed__status_held,
        case
            when (f.status = 'held') and (f.case_type_code in ('民初', '民终'))
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_civ1_or_civ2__status_held,
        case
            when (f.status = 'held') and (coalesce(f.livestreamed, false)) and (f.case_type_code in ('刑初', '刑终'))
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_crim1_or_crim2__livestreamed__status_held,
        case
            when (f.status = 'held') and (f.case_type_code in ('刑初', '刑终'))
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_crim1_or_crim2__status_held,
        case
            when (f.status = 'held') and (coalesce(f.livestreamed, false)) and (f.case_type_code in ('行初', '行终'))
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_adm1_or_adm2__livestreamed__status_held,
        case
            when (f.status = 'held') and (f.case_type_code in ('行初', '行终'))
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_adm1_or_adm2__status_held,
        case
            when (f.status = 'held') and (f.case_type_code in ('民终', '刑终', '行终'))
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held,
        case when (f.status = 'held') then 1 else 0 end as i_m_hearings__held_in__count__status_held
    from fact_rows as f
    where f.held_date is not null

),

entity_months as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        sum(i_m_hearings__held_in__sum_duration_minutes__status_held) as i_m_hearings__held_in__sum_duration_minutes__status_held,
        sum(i_m_hearings__held_in__count__duration_minutes_known__status_held)
            as i_m_hearings__held_in__count__duration_minutes_known__status_held,
        sum(i_m_hearings__held_in__sum_duration_minutes__case_type_code_civ1__status_held)
            as i_m_hearings__held_in__sum_duration_minutes__case_type_code_civ1__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_civ1__duration_minutes_known__status_held)
            as i_m_hearings__held_in__count__case_type_code_civ1__duration_minutes_known__status_held,
        sum(i_m_hearings__held_in__sum_duration_minutes__case_type_code_crim1__status_held)
            as i_m_hearings__held_in__sum_duration_minutes__case_type_code_crim1__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_crim1__duration_minutes_known__status_held)
            as i_m_hearings__held_in__count__case_type_code_crim1__duration_minutes_known__status_held,
        sum(i_m_hearings__held_in__sum_duration_minutes__case_type_code_adm1__status_held)
            as i_m_hearings__held_in__sum_duration_minutes__case_type_code_adm1__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_adm1__duration_minutes_known__status_held)
            as i_m_hearings__held_in__count__case_type_code_adm1__duration_minutes_known__status_held,
        sum(i_m_hearings__held_in__count__livestreamed__status_held) as i_m_hearings__held_in__count__livestreamed__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_civ1_or_civ2__livestreamed__status_held)
            as i_m_hearings__held_in__count__case_type_code_civ1_or_civ2__livestreamed__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_civ1_or_civ2__status_held)
            as i_m_hearings__held_in__count__case_type_code_civ1_or_civ2__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_crim1_or_crim2__livestreamed__status_held)
            as i_m_hearings__held_in__count__case_type_code_crim1_or_crim2__livestreamed__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_crim1_or_crim2__status_held)
            as i_m_hearings__held_in__count__case_type_code_crim1_or_crim2__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_adm1_or_adm2__livestreamed__status_held)
            as i_m_hearings__held_in__count__case_type_code_adm1_or_adm2__livestreamed__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_adm1_or_adm2__status_held)
            as i_m_hearings__held_in__count__case_type_code_adm1_or_adm2__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held)
            as i_m_hearings__held_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held,
        sum(i_m_hearings__held_in__count__status_held) as i_m_hearings__held_in__count__status_held
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
        sum(i_m_hearings__held_in__sum_duration_minutes__status_held) as i_m_hearings__held_in__sum_duration_minutes__status_held,
        sum(i_m_hearings__held_in__count__duration_minutes_known__status_held)
            as i_m_hearings__held_in__count__duration_minutes_known__status_held,
        sum(i_m_hearings__held_in__sum_duration_minutes__case_type_code_civ1__status_held)
            as i_m_hearings__held_in__sum_duration_minutes__case_type_code_civ1__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_civ1__duration_minutes_known__status_held)
            as i_m_hearings__held_in__count__case_type_code_civ1__duration_minutes_known__status_held,
        sum(i_m_hearings__held_in__sum_duration_minutes__case_type_code_crim1__status_held)
            as i_m_hearings__held_in__sum_duration_minutes__case_type_code_crim1__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_crim1__duration_minutes_known__status_held)
            as i_m_hearings__held_in__count__case_type_code_crim1__duration_minutes_known__status_held,
        sum(i_m_hearings__held_in__sum_duration_minutes__case_type_code_adm1__status_held)
            as i_m_hearings__held_in__sum_duration_minutes__case_type_code_adm1__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_adm1__duration_minutes_known__status_held)
            as i_m_hearings__held_in__count__case_type_code_adm1__duration_minutes_known__status_held,
        sum(i_m_hearings__held_in__count__livestreamed__status_held) as i_m_hearings__held_in__count__livestreamed__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_civ1_or_civ2__livestreamed__status_held)
            as i_m_hearings__held_in__count__case_type_code_civ1_or_civ2__livestreamed__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_civ1_or_civ2__status_held)
            as i_m_hearings__held_in__count__case_type_code_civ1_or_civ2__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_crim1_or_crim2__livestreamed__status_held)
            as i_m_hearings__held_in__count__case_type_code_crim1_or_crim2__livestreamed__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_crim1_or_crim2__status_held)
            as i_m_hearings__held_in__count__case_type_code_crim1_or_crim2__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_adm1_or_adm2__livestreamed__status_held)
            as i_m_hearings__held_in__count__case_type_code_adm1_or_adm2__livestreamed__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_adm1_or_adm2__status_held)
            as i_m_hearings__held_in__count__case_type_code_adm1_or_adm2__status_held,
        sum(i_m_hearings__held_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held)
            as i_m_hearings__held_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held,
        sum(i_m_hearings__held_in__count__status_held) as i_m_hearings__held_in__count__status_held
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
        sum(level_months.i_m_hearings__held_in__sum_duration_minutes__status_held)
        as double
    ) as m_hearings__held_in__sum_duration_minutes__status_held,
    cast(
        sum(level_months.i_m_hearings__held_in__count__duration_minutes_known__status_held)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__held_in__count__duration_minutes_known__status_held,
    cast(
        sum(level_months.i_m_hearings__held_in__sum_duration_minutes__case_type_code_civ1__status_held)
        as double
    ) as m_hearings__held_in__sum_duration_minutes__case_type_code_civ1__status_held,
    cast(
        sum(level_months.i_m_hearings__held_in__count__case_type_code_civ1__duration_minutes_known__status_held)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__held_in__count__case_type_code_civ1__duration_minutes_known__status_held,
    cast(
        sum(level_months.i_m_hearings__held_in__sum_duration_minutes__case_type_code_crim1__status_held)
        as double
    ) as m_hearings__held_in__sum_duration_minutes__case_type_code_crim1__status_held,
    cast(
        sum(level_months.i_m_hearings__held_in__count__case_type_code_crim1__duration_minutes_known__status_held)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__held_in__count__case_type_code_crim1__duration_minutes_known__status_held,
    cast(
        sum(level_months.i_m_hearings__held_in__sum_duration_minutes__case_type_code_adm1__status_held)
        as double
    ) as m_hearings__held_in__sum_duration_minutes__case_type_code_adm1__status_held,
    cast(
        sum(level_months.i_m_hearings__held_in__count__case_type_code_adm1__duration_minutes_known__status_held)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__held_in__count__case_type_code_adm1__duration_minutes_known__status_held,
    cast(
        sum(level_months.i_m_hearings__held_in__count__livestreamed__status_held)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__held_in__count__livestreamed__status_held,
    cast(
        sum(level_months.i_m_hearings__held_in__count__case_type_code_civ1_or_civ2__livestreamed__status_held)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__held_in__count__case_type_code_civ1_or_civ2__livestreamed__status_held,
    cast(
        sum(level_months.i_m_hearings__held_in__count__case_type_code_civ1_or_civ2__status_held)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__held_in__count__case_type_code_civ1_or_civ2__status_held,
    cast(
        sum(level_months.i_m_hearings__held_in__count__case_type_code_crim1_or_crim2__livestreamed__status_held)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__held_in__count__case_type_code_crim1_or_crim2__livestreamed__status_held,
    cast(
        sum(level_months.i_m_hearings__held_in__count__case_type_code_crim1_or_crim2__status_held)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__held_in__count__case_type_code_crim1_or_crim2__status_held,
    cast(
        sum(level_months.i_m_hearings__held_in__count__case_type_code_adm1_or_adm2__livestreamed__status_held)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__held_in__count__case_type_code_adm1_or_adm2__livestreamed__status_held,
    cast(
        sum(level_months.i_m_hearings__held_in__count__case_type_code_adm1_or_adm2__status_held)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__held_in__count__case_type_code_adm1_or_adm2__status_held,
    cast(
        sum(level_months.i_m_hearings__held_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held)
        as {{ dbt.type_bigint() }}
    ) as m_hearings__held_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held,
    cast(sum(level_months.i_m_hearings__held_in__count__status_held) as {{ dbt.type_bigint() }}) as m_hearings__held_in__count__status_held
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
