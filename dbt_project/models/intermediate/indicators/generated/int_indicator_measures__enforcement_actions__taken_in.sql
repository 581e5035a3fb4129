-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- enforcement_actions, rows taken in P: 14 additive measures by month, rolled up
{{ config(materialized=measure_part_materialization()) }}
with

period_months as (

    select * from {{ ref('int_indicator_build_period_months') }}

),

fact_rows as (

    select * from {{ ref('fct_enforcement_actions') }}

),

row_inputs as (

    select
        cast({{ dbt.date_trunc('month', 'f.action_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_officer_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_enforcement_actions__taken_in__count,
        case
            when (f.action_type = 'property_inquiry')
                then 1
            else 0
        end as i_m_enforcement_actions__taken_in__count__action_type_property_inquiry,
        case when (f.action_type = 'seizure') then 1 else 0 end as i_m_enforcement_actions__taken_in__count__action_type_seizure,
        case when (f.action_type = 'freeze') then 1 else 0 end as i_m_enforcement_actions__taken_in__count__action_type_freeze,
        case when (f.action_type = 'deduction') then 1 else 0 end as i_m_enforcement_actions__taken_in__count__action_type_deduction,
        case when (f.action_type = 'auction') then 1 else 0 end as i_m_enforcement_actions__taken_in__count__action_type_auction,
        case
            when (f.action_type = 'dishonest_list')
                then 1
            else 0
        end as i_m_enforcement_actions__taken_in__count__action_type_dishonest_list,
        case
            when (f.action_type = 'consumption_restriction')
                then 1
            else 0
        end as i_m_enforcement_actions__taken_in__count__action_type_consumption_restriction,
        case when (f.action_type = 'detention') then 1 else 0 end as i_m_enforcement_actions__taken_in__count__action_type_detention,
        case when (f.action_type = 'fine') then 1 else 0 end as i_m_enforcement_actions__taken_in__count__action_type_fine,
        case
            when (f.action_type in ('dishonest_list', 'consumption_restriction'))
                then 1
            else 0
        end as i_m_enforcement_actions__taken_in__count__action_type_consumption_restriction_or_dishonest_list,
        case
            when (f.action_type in ('detention', 'fine'))
                then 1
            else 0
        end as i_m_enforcement_actions__taken_in__count__action_type_detention_or_fine,
        cast(
            case
                when (f.action_type = 'deduction')
                    then f.amount
            end as decimal(38, 9)
        ) as i_m_enforcement_actions__taken_in__sum_amount__action_type_deduction,
        cast(
            case
                when (f.action_type = 'auction')
                    then f.amount
            end as decimal(38, 9)
        ) as i_m_enforcement_actions__taken_in__sum_amount__action_type_auction
    from fact_rows as f
    where f.action_date is not null

),

entity_months as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        sum(i_m_enforcement_actions__taken_in__count) as i_m_enforcement_actions__taken_in__count,
        sum(i_m_enforcement_actions__taken_in__count__action_type_property_inquiry)
            as i_m_enforcement_actions__taken_in__count__action_type_property_inquiry,
        sum(i_m_enforcement_actions__taken_in__count__action_type_seizure) as i_m_enforcement_actions__taken_in__count__action_type_seizure,
        sum(i_m_enforcement_actions__taken_in__count__action_type_freeze) as i_m_enforcement_actions__taken_in__count__action_type_freeze,
        sum(i_m_enforcement_actions__taken_in__count__action_type_deduction)
            as i_m_enforcement_actions__taken_in__count__action_type_deduction,
        sum(i_m_enforcement_actions__taken_in__count__action_type_auction) as i_m_enforcement_actions__taken_in__count__action_type_auction,
        sum(i_m_enforcement_actions__taken_in__count__action_type_dishonest_list)
            as i_m_enforcement_actions__taken_in__count__action_type_dishonest_list,
        sum(i_m_enforcement_actions__taken_in__count__action_type_consumption_restriction)
            as i_m_enforcement_actions__taken_in__count__action_type_consumption_restriction,
        sum(i_m_enforcement_actions__taken_in__count__action_type_detention)
            as i_m_enforcement_actions__taken_in__count__action_type_detention,
        sum(i_m_enforcement_actions__taken_in__count__action_type_fine) as i_m_enforcement_actions__taken_in__count__action_type_fine,
        sum(i_m_enforcement_actions__taken_in__count__action_type_consumption_restriction_or_dishonest_list)
            as i_m_enforcement_actions__taken_in__count__action_type_consumption_restriction_or_dishonest_list,
        sum(i_m_enforcement_actions__taken_in__count__action_type_detention_or_fine)
            as i_m_enforcement_actions__taken_in__count__action_type_detention_or_fine,
        sum(i_m_enforcement_actions__taken_in__sum_amount__action_type_deduction)
            as i_m_enforcement_actions__taken_in__sum_amount__action_type_deduction,
        sum(i_m_enforcement_actions__taken_in__sum_amount__action_type_auction)
            as i_m_enforcement_actions__taken_in__sum_amount__action_type_auction
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
        sum(i_m_enforcement_actions__taken_in__count) as i_m_enforcement_actions__taken_in__count,
        sum(i_m_enforcement_actions__taken_in__count__action_type_property_inquiry)
            as i_m_enforcement_actions__taken_in__count__action_type_property_inquiry,
        sum(i_m_enforcement_actions__taken_in__count__action_type_seizure) as i_m_enforcement_actions__taken_in__count__action_type_seizure,
        sum(i_m_enforcement_actions__taken_in__count__action_type_freeze) as i_m_enforcement_actions__taken_in__count__action_type_freeze,
        sum(i_m_enforcement_actions__taken_in__count__action_type_deduction)
            as i_m_enforcement_actions__taken_in__count__action_type_deduction,
        sum(i_m_enforcement_actions__taken_in__count__action_type_auction) as i_m_enforcement_actions__taken_in__count__action_type_auction,
        sum(i_m_enforcement_actions__taken_in__count__action_type_dishonest_list)
            as i_m_enforcement_actions__taken_in__count__action_type_dishonest_list,
        sum(i_m_enforcement_actions__taken_in__count__action_type_consumption_restriction)
            as i_m_enforcement_actions__taken_in__count__action_type_consumption_restriction,
        sum(i_m_enforcement_actions__taken_in__count__action_type_detention)
            as i_m_enforcement_actions__taken_in__count__action_type_detention,
        sum(i_m_enforcement_actions__taken_in__count__action_type_fine) as i_m_enforcement_actions__taken_in__count__action_type_fine,
        sum(i_m_enforcement_actions__taken_in__count__action_type_consumption_restriction_or_dishonest_list)
            as i_m_enforcement_actions__taken_in__count__action_type_consumption_restriction_or_dishonest_list,
        sum(i_m_enforcement_actions__taken_in__count__action_type_detention_or_fine)
            as i_m_enforcement_actions__taken_in__count__action_type_detention_or_fine,
        sum(i_m_enforcement_actions__taken_in__sum_amount__action_type_deduction)
            as i_m_enforcement_actions__taken_in__sum_amount__action_type_deduction,
        sum(i_m_enforcement_actions__taken_in__sum_amount__action_type_auction)
            as i_m_enforcement_actions__taken_in__sum_amount__action_type_auction
    from by_level
    where entity_id is not null
    group by level, entity_id, month_start

)

select
    level_months.level,
    level_months.entity_id,
    period_months.period_type,
    period_months.period,
    cast(sum(level_months.i_m_enforcement_actions__taken_in__count) as {{ dbt.type_bigint() }}) as m_enforcement_actions__taken_in__count,
    cast(
        sum(level_months.i_m_enforcement_actions__taken_in__count__action_type_property_inquiry)
        as {{ dbt.type_bigint() }}
    ) as m_enforcement_actions__taken_in__count__action_type_property_inquiry,
    cast(
        sum(level_months.i_m_enforcement_actions__taken_in__count__action_type_seizure)
        as {{ dbt.type_bigint() }}
    ) as m_enforcement_actions__taken_in__count__action_type_seizure,
    cast(
        sum(level_months.i_m_enforcement_actions__taken_in__count__action_type_freeze)
        as {{ dbt.type_bigint() }}
    ) as m_enforcement_actions__taken_in__count__action_type_freeze,
    cast(
        sum(level_months.i_m_enforcement_actions__taken_in__count__action_type_deduction)
        as {{ dbt.type_bigint() }}
    ) as m_enforcement_actions__taken_in__count__action_type_deduction,
    cast(
        sum(level_months.i_m_enforcement_actions__taken_in__count__action_type_auction)
        as {{ dbt.type_bigint() }}
    ) as m_enforcement_actions__taken_in__count__action_type_auction,
    cast(
        sum(level_months.i_m_enforcement_actions__taken_in__count__action_type_dishonest_list)
        as {{ dbt.type_bigint() }}
    ) as m_enforcement_actions__taken_in__count__action_type_dishonest_list,
    cast(
        sum(level_months.i_m_enforcement_actions__taken_in__count__action_type_consumption_restriction)
        as {{ dbt.type_bigint() }}
    ) as m_enforcement_actions__taken_in__count__action_type_consumption_restriction,
    cast(
        sum(level_months.i_m_enforcement_actions__taken_in__count__action_type_detention)
        as {{ dbt.type_bigint() }}
    ) as m_enforcement_actions__taken_in__count__action_type_detention,
    cast(
        sum(level_months.i_m_enforcement_actions__taken_in__count__action_type_fine)
        as {{ dbt.type_bigint() }}
    ) as m_enforcement_actions__taken_in__count__action_type_fine,
    cast(
        sum(level_months.i_m_enforcement_actions__taken_in__count__action_type_consumption_restriction_or_dishonest_list)
        as {{ dbt.type_bigint() }}
    ) as m_enforcement_actions__taken_in__count__action_type_consumption_restriction_or_dishonest_list,
    cast(
        sum(level_months.i_m_enforcement_actions__taken_in__count__action_type_detention_or_fine)
        as {{ dbt.type_bigint() }}
    ) as m_enforcement_actions__taken_in__count__action_type_detention_or_fine,
    cast(
        sum(level_months.i_m_enforcement_actions__taken_in__sum_amount__action_type_deduction)
        as double
    ) as m_enforcement_actions__taken_in__sum_amount__action_type_deduction,
    cast(
        sum(level_months.i_m_enforcement_actions__taken_in__sum_amount__action_type_auction)
        as double
    ) as m_enforcement_actions__taken_in__sum_amount__action_type_auction
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
