{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    petitions, rows open on the day before P (信访积案 carried into the period): 1 measures, evaluated once per snapshot day: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__petitions__open_at_start() -%}
    {{ return({
        'fact': 'fct_petitions',
        'shape': 'snapshot',
        'snapshot': 'carried_over',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_petitions__open_at_start__count': 'count',
        },
        'rows': measure_rows__petitions__open_at_start,
    }) }}
{%- endmacro %}

{% macro measure_rows__petitions__open_at_start(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        p.period_end as snapshot_day,
        f.court_code as court_entity,
        f.handler_dept_id as department_entity,
        f.handler_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_petitions__open_at_start__count
    from {{ relation }} as f
    inner join snapshot_days as p
        on f.received_date <= p.period_end and (f.resolved_date is null or f.resolved_date > p.period_end)
{%- endmacro %}
