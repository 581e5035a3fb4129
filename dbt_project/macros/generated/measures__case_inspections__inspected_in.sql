{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    case_inspections, rows inspected in P: 15 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__case_inspections__inspected_in() -%}
    {{ return({
        'fact': 'fct_case_inspections',
        'shape': 'monthly',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_case_inspections__inspected_in__count': 'count',
            'm_case_inspections__inspected_in__count__result_excellent': 'count',
            'm_case_inspections__inspected_in__count__result_excellent_or_qualified': 'count',
            'm_case_inspections__inspected_in__count__result_flawed': 'count',
            'm_case_inspections__inspected_in__count__result_unqualified': 'count',
            'm_case_inspections__inspected_in__sum_score': 'sum',
            'm_case_inspections__inspected_in__count__score_known': 'count',
            'm_case_inspections__inspected_in__sum_defect_count': 'sum',
            'm_case_inspections__inspected_in__count__inspection_type_key': 'count',
            'm_case_inspections__inspected_in__count__inspection_type_key__result_unqualified': 'count',
            'm_case_inspections__inspected_in__count__inspection_type_routine__result_excellent_or_qualified': 'count',
            'm_case_inspections__inspected_in__count__inspection_type_routine': 'count',
            'm_case_inspections__inspected_in__sum_score__inspection_type_routine': 'sum',
            'm_case_inspections__inspected_in__count__inspection_type_routine__score_known': 'count',
            'm_case_inspections__inspected_in__count__inspection_type_special': 'count',
        },
        'rows': measure_rows__case_inspections__inspected_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__case_inspections__inspected_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        cast({{ dbt.date_trunc('month', 'f.inspection_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.responsible_person_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_case_inspections__inspected_in__count,
        case when (f.result = 'excellent') then 1 else 0 end as i_m_case_inspections__inspected_in__count__result_excellent,
        case
            when (f.result in ('excellent', 'qualified'))
                then 1
            else 0
        end as i_m_case_inspections__inspected_in__count__result_excellent_or_qualified,
        case when (f.result = 'flawed') then 1 else 0 end as i_m_case_inspections__inspected_in__count__result_flawed,
        case when (f.result = 'unqualified') then 1 else 0 end as i_m_case_inspections__inspected_in__count__result_unqualified,
        cast(case when true then f.score end as decimal(38, 9)) as i_m_case_inspections__inspected_in__sum_score,
        case when (f.score is not null) then 1 else 0 end as i_m_case_inspections__inspected_in__count__score_known,
        cast(case when true then f.defect_count end as decimal(38, 9)) as i_m_case_inspections__inspected_in__sum_defect_count,
        case when (f.inspection_type = 'key') then 1 else 0 end as i_m_case_inspections__inspected_in__count__inspection_type_key,
        case
            when (f.inspection_type = 'key') and (f.result = 'unqualified')
                then 1
            else 0
        end as i_m_case_inspections__inspected_in__count__inspection_type_key__result_unqualified,
        case
            when (f.inspection_type = 'routine') and (f.result in ('excellent', 'qualified'))
                then 1
            else 0
        end as i_m_case_inspections__inspected_in__count__inspection_type_routine__result_excellent_or_qualified,
        case when (f.inspection_type = 'routine') then 1 else 0 end as i_m_case_inspections__inspected_in__count__inspection_type_routine,
        cast(
            case
                when (f.inspection_type = 'routine')
                    then f.score
            end as decimal(38, 9)
        ) as i_m_case_inspections__inspected_in__sum_score__inspection_type_routine,
        case
            when (f.inspection_type = 'routine') and (f.score is not null)
                then 1
            else 0
        end as i_m_case_inspections__inspected_in__count__inspection_type_routine__score_known,
        case when (f.inspection_type = 'special') then 1 else 0 end as i_m_case_inspections__inspected_in__count__inspection_type_special
    from {{ relation }} as f
    where f.inspection_date is not null
{%- endmacro %}
