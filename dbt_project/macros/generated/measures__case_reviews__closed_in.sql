{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    case_reviews, rows closed in P: 9 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__case_reviews__closed_in() -%}
    {{ return({
        'fact': 'fct_trial_cases',
        'shape': 'monthly',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_38dc35b63d': 'count',
            'm_case_reviews__closed_in__count__is_second_instance__review_outcome_amended': 'count',
            'm_case_reviews__closed_in__count__is_second_instance__review_outcome_remanded': 'count',
            'm_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance': 'count',
            'm_case_reviews__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__is_amen_7c76016cb2': 'count',
            'm_case_reviews__closed_in__count__case_type_code_civ2__involves_enterprise__is_amende_cfe0a39d28': 'count',
            'm_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_ed86186642': 'count',
            'm_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_2d70d6ee26': 'count',
            'm_case_reviews__closed_in__count__is_second_instance__original_case_type_code_crim1_b76f601e6f': 'count',
        },
        'rows': measure_rows__case_reviews__closed_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__case_reviews__closed_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
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
    from {{ relation }} as f
    where f.closing_date is not null
        and f.original_case_id is not null
{%- endmacro %}
