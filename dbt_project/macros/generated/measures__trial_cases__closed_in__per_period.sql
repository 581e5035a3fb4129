{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    trial_cases, rows closed in P: 4 measures, rows joined to each period: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__trial_cases__closed_in__per_period() -%}
    {{ return({
        'fact': 'fct_trial_cases',
        'shape': 'per_period',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_trial_cases__closed_in__median_elapsed_days__case_type_code_bankruptcy': 'median',
            'm_trial_cases__closed_in__median_duration_days__case_type_code_civ1': 'median',
            'm_trial_cases__closed_in__median_duration_days__case_type_code_crim1': 'median',
            'm_trial_cases__closed_in__median_duration_days': 'median',
        },
        'rows': measure_rows__trial_cases__closed_in__per_period,
    }) }}
{%- endmacro %}

{% macro measure_rows__trial_cases__closed_in__per_period(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        p.period_type,
        p.period,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when (f.case_type_code = '破')
                then f.elapsed_days
        end as i_m_trial_cases__closed_in__median_elapsed_days__case_type_code_bankruptcy,
        case
            when (f.case_type_code = '民初')
                then f.duration_days
        end as i_m_trial_cases__closed_in__median_duration_days__case_type_code_civ1,
        case
            when (f.case_type_code = '刑初')
                then f.duration_days
        end as i_m_trial_cases__closed_in__median_duration_days__case_type_code_crim1,
        case when true then f.duration_days end as i_m_trial_cases__closed_in__median_duration_days
    from {{ relation }} as f
    inner join periods as p
        on f.closing_date >= p.period_start and f.closing_date <= p.period_end
{%- endmacro %}
