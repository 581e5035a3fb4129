{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    trial_cases, rows pending on the day before P: 9 measures, evaluated once per snapshot day: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__trial_cases__carried_over() -%}
    {{ return({
        'fact': 'fct_trial_cases',
        'shape': 'snapshot',
        'snapshot': 'carried_over',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_trial_cases__carried_over__count__case_type_code_adm1': 'count',
            'm_trial_cases__carried_over__count__case_type_code_bankruptcy': 'count',
            'm_trial_cases__carried_over__count__case_type_code_civ1': 'count',
            'm_trial_cases__carried_over__count__case_type_code_civ2': 'count',
            'm_trial_cases__carried_over__count__case_type_code_crim1': 'count',
            'm_trial_cases__carried_over__count__case_type_code_crim2': 'count',
            'm_trial_cases__carried_over__count': 'count',
            'm_trial_cases__carried_over__count__is_first_instance': 'count',
            'm_trial_cases__carried_over__count__case_type_code_not_presuit_confirm': 'count',
        },
        'rows': measure_rows__trial_cases__carried_over,
    }) }}
{%- endmacro %}

{% macro measure_rows__trial_cases__carried_over(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        p.period_end as snapshot_day,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when (f.case_type_code = '行初') then 1 else 0 end as i_m_trial_cases__carried_over__count__case_type_code_adm1,
        case when (f.case_type_code = '破') then 1 else 0 end as i_m_trial_cases__carried_over__count__case_type_code_bankruptcy,
        case when (f.case_type_code = '民初') then 1 else 0 end as i_m_trial_cases__carried_over__count__case_type_code_civ1,
        case when (f.case_type_code = '民终') then 1 else 0 end as i_m_trial_cases__carried_over__count__case_type_code_civ2,
        case when (f.case_type_code = '刑初') then 1 else 0 end as i_m_trial_cases__carried_over__count__case_type_code_crim1,
        case when (f.case_type_code = '刑终') then 1 else 0 end as i_m_trial_cases__carried_over__count__case_type_code_crim2,
        case when true then 1 else 0 end as i_m_trial_cases__carried_over__count,
        case when (coalesce(f.is_first_instance, false)) then 1 else 0 end as i_m_trial_cases__carried_over__count__is_first_instance,
        case
            when (f.case_type_code != '诉前调确')
                then 1
            else 0
        end as i_m_trial_cases__carried_over__count__case_type_code_not_presuit_confirm
    from {{ relation }} as f
    inner join snapshot_days as p
        on f.filing_date <= p.period_end and (f.closing_date is null or f.closing_date > p.period_end)
{%- endmacro %}
