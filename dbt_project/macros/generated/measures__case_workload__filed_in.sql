{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    case_workload, rows filed in P: 1 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__case_workload__filed_in() -%}
    {{ return({
        'fact': 'int_case_weights',
        'shape': 'monthly',
        'levels': ['court', 'department', 'city'],
        'measures': {
            'm_case_workload__filed_in__sum_case_weight': 'sum',
        },
        'rows': measure_rows__case_workload__filed_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__case_workload__filed_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        cast({{ dbt.date_trunc('month', 'f.filing_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        cast(case when true then f.case_weight end as decimal(38, 9)) as i_m_case_workload__filed_in__sum_case_weight
    from {{ relation }} as f
    where f.filing_date is not null
{%- endmacro %}
