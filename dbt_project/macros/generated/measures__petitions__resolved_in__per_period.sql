{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    petitions, rows resolved in P: 1 measures, rows joined to each period: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__petitions__resolved_in__per_period() -%}
    {{ return({
        'fact': 'fct_petitions',
        'shape': 'per_period',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_petitions__resolved_in__median_days_to_resolve': 'median',
        },
        'rows': measure_rows__petitions__resolved_in__per_period,
    }) }}
{%- endmacro %}

{% macro measure_rows__petitions__resolved_in__per_period(relation, carried=[]) -%}
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
            when true
                then {{ dbt.datediff('f.received_date', 'f.resolved_date', 'day') }}  -- noqa: LT05
        end as i_m_petitions__resolved_in__median_days_to_resolve
    from {{ relation }} as f
    inner join periods as p
        on f.resolved_date >= p.period_start and f.resolved_date <= p.period_end
{%- endmacro %}
