{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    case_reviews, rows filed in P: 6 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__case_reviews__filed_in() -%}
    {{ return({
        'fact': 'fct_trial_cases',
        'shape': 'monthly',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_case_reviews__filed_in__count__case_type_code_adm_petition': 'count',
            'm_case_reviews__filed_in__count__is_second_instance': 'count',
            'm_case_reviews__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition': 'count',
            'm_case_reviews__filed_in__count__case_type_code_civ_petition': 'count',
            'm_case_reviews__filed_in__count__case_type_code_crim_petition': 'count',
            'm_case_reviews__filed_in__count': 'count',
        },
        'rows': measure_rows__case_reviews__filed_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__case_reviews__filed_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
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
    from {{ relation }} as f
    where f.filing_date is not null
        and f.original_case_id is not null
{%- endmacro %}
