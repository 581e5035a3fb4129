{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    quota_judges, rows posting overlaps P: 1 measures, rows joined to each period: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__quota_judges__posted_in__per_period() -%}
    {{ return({
        'fact': 'int_quota_judge_postings',
        'shape': 'per_period',
        'levels': ['court', 'department', 'city'],
        'measures': {
            'm_quota_judges__posted_in__count_distinct_person_id': 'count_distinct',
        },
        'rows': measure_rows__quota_judges__posted_in__per_period,
    }) }}
{%- endmacro %}

{% macro measure_rows__quota_judges__posted_in__per_period(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        p.period_type,
        p.period,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then f.person_id end as i_m_quota_judges__posted_in__count_distinct_person_id
    from {{ relation }} as f
    inner join periods as p
        on f.valid_from <= p.period_end and (f.valid_to is null or f.valid_to >= p.period_start)
{%- endmacro %}
