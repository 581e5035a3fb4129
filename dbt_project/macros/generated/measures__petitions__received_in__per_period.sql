{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    petitions, rows received in P: 3 measures, rows joined to each period: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__petitions__received_in__per_period() -%}
    {{ return({
        'fact': 'fct_petitions',
        'shape': 'per_period',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_petitions__received_in__count__resolution_explained_or_resolved__resolved_by_period_end': 'count',
            'm_petitions__received_in__count__category_enforcement__resolved_by_period_end': 'count',
            'm_petitions__received_in__count__resolved_by_period_end': 'count',
        },
        'rows': measure_rows__petitions__received_in__per_period,
    }) }}
{%- endmacro %}

{% macro measure_rows__petitions__received_in__per_period(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        p.period_type,
        p.period,
        f.court_code as court_entity,
        f.handler_dept_id as department_entity,
        f.handler_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when (f.resolution in ('resolved', 'explained')) and (coalesce(coalesce(f.resolved_date <= p.period_end, false), false))
                then 1
            else 0
        end as i_m_petitions__received_in__count__resolution_explained_or_resolved__resolved_by_period_end,
        case
            when (f.category = 'enforcement') and (coalesce(coalesce(f.resolved_date <= p.period_end, false), false))
                then 1
            else 0
        end as i_m_petitions__received_in__count__category_enforcement__resolved_by_period_end,
        case
            when (coalesce(coalesce(f.resolved_date <= p.period_end, false), false))
                then 1
            else 0
        end as i_m_petitions__received_in__count__resolved_by_period_end
    from {{ relation }} as f
    inner join periods as p
        on f.received_date >= p.period_start and f.received_date <= p.period_end
{%- endmacro %}
