-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- case_reviews, rows filed in P: 6 additive measures by month, rolled up
{{ config(materialized=measure_part_materialization()) }}
with

period_months as (

    select * from {{ ref('int_indicator_build_period_months') }}

),

fact_rows as (

    select f.*
    from {{ ref('fct_trial_cases') }} as f
    where f.original_case_id is not null

),

row_inputs as (

    select
        cast({{ dbt.date_trunc('month', 'f.filing_date') }} as date) as month_start,
        f.original_court_code as court_entity,
        f.original_dept_id as department_entity,
        f.original_handling_judge_id as person_entity,
        case when f.original_court_code is not null then 'city' end as city_entity,
        case when (f.case_type_code = '行申') then 1 else 0 end as i_m_case_reviews__filed_in__count__case_type_code_adm_petition,
        case when (coalesce(f.is_second_instance, false)) then 1 else 0 end as i_m_case_reviews__filed_in__count__is_second_instance,
        case
            when (f.case_type_code in ('民申', '刑申', '行申'))
                then 1
            else 0
        end as i_m_case_reviews__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition,
        case when (f.case_type_code = '民申') then 1 else 0 end as i_m_case_reviews__filed_in__count__case_type_code_civ_petition,
        case when (f.case_type_code = '刑申') then 1 else 0 end as i_m_case_reviews__filed_in__count__case_type_code_crim_petition,
        case when true then 1 else 0 end as i_m_case_reviews__filed_in__count
    from fact_rows as f
    where f.filing_date is not null

),

entity_months as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        sum(i_m_case_reviews__filed_in__count__case_type_code_adm_petition)
            as i_m_case_reviews__filed_in__count__case_type_code_adm_petition,
        sum(i_m_case_reviews__filed_in__count__is_second_instance) as i_m_case_reviews__filed_in__count__is_second_instance,
        sum(i_m_case_reviews__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition)
            as i_m_case_reviews__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition,
        sum(i_m_case_reviews__filed_in__count__case_type_code_civ_petition)
            as i_m_case_reviews__filed_in__count__case_type_code_civ_petition,
        sum(i_m_case_reviews__filed_in__count__case_type_code_crim_petition)
            as i_m_case_reviews__filed_in__count__case_type_code_crim_petition,
        sum(i_m_case_reviews__filed_in__count) as i_m_case_reviews__filed_in__count
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
        sum(i_m_case_reviews__filed_in__count__case_type_code_adm_petition)
            as i_m_case_reviews__filed_in__count__case_type_code_adm_petition,
        sum(i_m_case_reviews__filed_in__count__is_second_instance) as i_m_case_reviews__filed_in__count__is_second_instance,
        sum(i_m_case_reviews__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition)
            as i_m_case_reviews__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition,
        sum(i_m_case_reviews__filed_in__count__case_type_code_civ_petition)
            as i_m_case_reviews__filed_in__count__case_type_code_civ_petition,
        sum(i_m_case_reviews__filed_in__count__case_type_code_crim_petition)
            as i_m_case_reviews__filed_in__count__case_type_code_crim_petition,
        sum(i_m_case_reviews__filed_in__count) as i_m_case_reviews__filed_in__count
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
        sum(level_months.i_m_case_reviews__filed_in__count__case_type_code_adm_petition)
        as {{ dbt.type_bigint() }}
    ) as m_case_reviews__filed_in__count__case_type_code_adm_petition,
    cast(
        sum(level_months.i_m_case_reviews__filed_in__count__is_second_instance)
        as {{ dbt.type_bigint() }}
    ) as m_case_reviews__filed_in__count__is_second_instance,
    cast(
        sum(level_months.i_m_case_reviews__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition)
        as {{ dbt.type_bigint() }}
    ) as m_case_reviews__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition,
    cast(
        sum(level_months.i_m_case_reviews__filed_in__count__case_type_code_civ_petition)
        as {{ dbt.type_bigint() }}
    ) as m_case_reviews__filed_in__count__case_type_code_civ_petition,
    cast(
        sum(level_months.i_m_case_reviews__filed_in__count__case_type_code_crim_petition)
        as {{ dbt.type_bigint() }}
    ) as m_case_reviews__filed_in__count__case_type_code_crim_petition,
    cast(sum(level_months.i_m_case_reviews__filed_in__count) as {{ dbt.type_bigint() }}) as m_case_reviews__filed_in__count
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
