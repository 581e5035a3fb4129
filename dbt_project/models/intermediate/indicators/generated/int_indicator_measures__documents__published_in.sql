-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- documents, rows published online in P: 4 additive measures by month, rolled up
{{ config(materialized=measure_part_materialization()) }}
with

period_months as (

    select * from {{ ref('int_indicator_build_period_months') }}

),

fact_rows as (

    select * from {{ ref('fct_documents') }}

),

row_inputs as (

    select
        cast({{ dbt.date_trunc('month', 'f.published_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when (coalesce(f.published_online, false)) then 1 else 0 end as i_m_documents__published_in__count__published_online,
        cast(
            case
                when (coalesce(f.published_online, false))
                    then {{ dbt.datediff('f.signed_date', 'f.published_date', 'day') }}  -- noqa: LT05
            end as decimal(38, 9)
        ) as i_m_documents__published_in__sum_days_to_publish__published_online,
        case
            when
                (coalesce(f.published_online, false))
                and ({{ dbt.datediff('f.signed_date', 'f.published_date', 'day') }} is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_documents__published_in__count__days_to_publish_known__published_online,
        case
            when
                (coalesce(f.published_online, false))
                and ({{ dbt.datediff('f.signed_date', 'f.published_date', 'day') }} <= 30)  -- noqa: LT05
                then 1
            else 0
        end as i_m_documents__published_in__count__days_to_publish_le_30__published_online
    from fact_rows as f
    where f.published_date is not null

),

entity_months as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        sum(i_m_documents__published_in__count__published_online) as i_m_documents__published_in__count__published_online,
        sum(i_m_documents__published_in__sum_days_to_publish__published_online)
            as i_m_documents__published_in__sum_days_to_publish__published_online,
        sum(i_m_documents__published_in__count__days_to_publish_known__published_online)
            as i_m_documents__published_in__count__days_to_publish_known__published_online,
        sum(i_m_documents__published_in__count__days_to_publish_le_30__published_online)
            as i_m_documents__published_in__count__days_to_publish_le_30__published_online
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
        sum(i_m_documents__published_in__count__published_online) as i_m_documents__published_in__count__published_online,
        sum(i_m_documents__published_in__sum_days_to_publish__published_online)
            as i_m_documents__published_in__sum_days_to_publish__published_online,
        sum(i_m_documents__published_in__count__days_to_publish_known__published_online)
            as i_m_documents__published_in__count__days_to_publish_known__published_online,
        sum(i_m_documents__published_in__count__days_to_publish_le_30__published_online)
            as i_m_documents__published_in__count__days_to_publish_le_30__published_online
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
        sum(level_months.i_m_documents__published_in__count__published_online)
        as {{ dbt.type_bigint() }}
    ) as m_documents__published_in__count__published_online,
    cast(
        sum(level_months.i_m_documents__published_in__sum_days_to_publish__published_online)
        as double
    ) as m_documents__published_in__sum_days_to_publish__published_online,
    cast(
        sum(level_months.i_m_documents__published_in__count__days_to_publish_known__published_online)
        as {{ dbt.type_bigint() }}
    ) as m_documents__published_in__count__days_to_publish_known__published_online,
    cast(
        sum(level_months.i_m_documents__published_in__count__days_to_publish_le_30__published_online)
        as {{ dbt.type_bigint() }}
    ) as m_documents__published_in__count__days_to_publish_le_30__published_online
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
