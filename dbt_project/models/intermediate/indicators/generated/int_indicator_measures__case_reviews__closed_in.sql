-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- case_reviews, rows closed in P: 9 additive measures by month, rolled up
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
        cast({{ dbt.date_trunc('month', 'f.closing_date') }} as date) as month_start,
        f.original_court_code as court_entity,
        f.original_dept_id as department_entity,
        f.original_handling_judge_id as person_entity,
        case when f.original_court_code is not null then 'city' end as city_entity,
        case
            when
                (f.original_case_type_code = '行初')
                and (coalesce(f.is_second_instance, false))
                and (coalesce(f.is_amended_or_remanded, false))
                then 1
            else 0
        end as i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_38dc35b63d,
        case
            when (coalesce(f.is_second_instance, false)) and (f.review_outcome = 'amended')
                then 1
            else 0
        end as i_m_case_reviews__closed_in__count__is_second_instance__review_outcome_amended,
        case
            when (coalesce(f.is_second_instance, false)) and (f.review_outcome = 'remanded')
                then 1
            else 0
        end as i_m_case_reviews__closed_in__count__is_second_instance__review_outcome_remanded,
        case
            when (coalesce(f.is_second_instance, false)) and (coalesce(f.is_amended_or_remanded, false))
                then 1
            else 0
        end as i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance,
        case
            when (f.case_type_code in ('民再', '刑再')) and (coalesce(f.is_amended_or_remanded, false))
                then 1
            else 0
        end as i_m_case_reviews__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__is_amen_7c76016cb2,
        case
            when
                (f.case_type_code = '民终')
                and (f.original_case_type_code = '民初')
                and (coalesce(f.involves_enterprise, false))
                and (coalesce(f.is_amended_or_remanded, false))
                then 1
            else 0
        end as i_m_case_reviews__closed_in__count__case_type_code_civ2__involves_enterprise__is_amende_cfe0a39d28,
        case
            when
                (f.original_case_type_code = '民初')
                and (coalesce(f.is_second_instance, false))
                and (coalesce(f.is_amended_or_remanded, false))
                then 1
            else 0
        end as i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_ed86186642,
        case
            when
                (f.original_case_type_code = '刑初')
                and (coalesce(f.is_second_instance, false))
                and (coalesce(f.is_amended_or_remanded, false))
                then 1
            else 0
        end as i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_2d70d6ee26,
        case
            when (f.original_case_type_code = '刑初') and (coalesce(f.is_second_instance, false)) and (f.review_outcome = 'remanded')
                then 1
            else 0
        end as i_m_case_reviews__closed_in__count__is_second_instance__original_case_type_code_crim1_b76f601e6f
    from fact_rows as f
    where f.closing_date is not null

),

entity_months as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        sum(i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_38dc35b63d)
            as i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_38dc35b63d,
        sum(i_m_case_reviews__closed_in__count__is_second_instance__review_outcome_amended)
            as i_m_case_reviews__closed_in__count__is_second_instance__review_outcome_amended,
        sum(i_m_case_reviews__closed_in__count__is_second_instance__review_outcome_remanded)
            as i_m_case_reviews__closed_in__count__is_second_instance__review_outcome_remanded,
        sum(i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance)
            as i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance,
        sum(i_m_case_reviews__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__is_amen_7c76016cb2)
            as i_m_case_reviews__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__is_amen_7c76016cb2,
        sum(i_m_case_reviews__closed_in__count__case_type_code_civ2__involves_enterprise__is_amende_cfe0a39d28)
            as i_m_case_reviews__closed_in__count__case_type_code_civ2__involves_enterprise__is_amende_cfe0a39d28,
        sum(i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_ed86186642)
            as i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_ed86186642,
        sum(i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_2d70d6ee26)
            as i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_2d70d6ee26,
        sum(i_m_case_reviews__closed_in__count__is_second_instance__original_case_type_code_crim1_b76f601e6f)
            as i_m_case_reviews__closed_in__count__is_second_instance__original_case_type_code_crim1_b76f601e6f
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
        sum(i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_38dc35b63d)
            as i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_38dc35b63d,
        sum(i_m_case_reviews__closed_in__count__is_second_instance__review_outcome_amended)
            as i_m_case_reviews__closed_in__count__is_second_instance__review_outcome_amended,
        sum(i_m_case_reviews__closed_in__count__is_second_instance__review_outcome_remanded)
            as i_m_case_reviews__closed_in__count__is_second_instance__review_outcome_remanded,
        sum(i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance)
            as i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance,
        sum(i_m_case_reviews__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__is_amen_7c76016cb2)
            as i_m_case_reviews__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__is_amen_7c76016cb2,
        sum(i_m_case_reviews__closed_in__count__case_type_code_civ2__involves_enterprise__is_amende_cfe0a39d28)
            as i_m_case_reviews__closed_in__count__case_type_code_civ2__involves_enterprise__is_amende_cfe0a39d28,
        sum(i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_ed86186642)
            as i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_ed86186642,
        sum(i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_2d70d6ee26)
            as i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_2d70d6ee26,
        sum(i_m_case_reviews__closed_in__count__is_second_instance__original_case_type_code_crim1_b76f601e6f)
            as i_m_case_reviews__closed_in__count__is_second_instance__original_case_type_code_crim1_b76f601e6f
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
        sum(level_months.i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_38dc35b63d)
        as {{ dbt.type_bigint() }}
    ) as m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_38dc35b63d,
    cast(
        sum(level_months.i_m_case_reviews__closed_in__count__is_second_instance__review_outcome_amended)
        as {{ dbt.type_bigint() }}
    ) as m_case_reviews__closed_in__count__is_second_instance__review_outcome_amended,
    cast(
        sum(level_months.i_m_case_reviews__closed_in__count__is_second_instance__review_outcome_remanded)
        as {{ dbt.type_bigint() }}
    ) as m_case_reviews__closed_in__count__is_second_instance__review_outcome_remanded,
    cast(
        sum(level_months.i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance)
        as {{ dbt.type_bigint() }}
    ) as m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance,
    cast(
        sum(level_months.i_m_case_reviews__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__is_amen_7c76016cb2)
        as {{ dbt.type_bigint() }}
    ) as m_case_reviews__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__is_amen_7c76016cb2,
    cast(
        sum(level_months.i_m_case_reviews__closed_in__count__case_type_code_civ2__involves_enterprise__is_amende_cfe0a39d28)
        as {{ dbt.type_bigint() }}
    ) as m_case_reviews__closed_in__count__case_type_code_civ2__involves_enterprise__is_amende_cfe0a39d28,
    cast(
        sum(level_months.i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_ed86186642)
        as {{ dbt.type_bigint() }}
    ) as m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_ed86186642,
    cast(
        sum(level_months.i_m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_2d70d6ee26)
        as {{ dbt.type_bigint() }}
    ) as m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_2d70d6ee26,
    cast(
        sum(level_months.i_m_case_reviews__closed_in__count__is_second_instance__original_case_type_code_crim1_b76f601e6f)
        as {{ dbt.type_bigint() }}
    ) as m_case_reviews__closed_in__count__is_second_instance__original_case_type_code_crim1_b76f601e6f
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
