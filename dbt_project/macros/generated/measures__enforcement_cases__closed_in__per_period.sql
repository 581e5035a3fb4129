{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    enforcement_cases, rows closed in P: 1 measures, rows joined to each period: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__enforcement_cases__closed_in__per_period() -%}
    {{ return({
        'fact': 'fct_enforcement_cases',
        'shape': 'per_period',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_enforcement_cases__closed_in__median_duration_days__is_first_enforcement': 'median',
        },
        'rows': measure_rows__enforcement_cases__closed_in__per_period,
    }) }}
{%- endmacro %}

{% macro measure_rows__enforcement_cases__closed_in__per_period(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        p.period_type,
        p.period,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_officer_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when (coalesce(f.is_first_enforcement, false))
                then f.duration_days
        end as i_m_enforcement_cases__closed_in__median_duration_days__is_first_enforcement
    from {{ relation }} as f
    inner join periods as p
        on f.closing_date >= p.period_start and f.closing_date <= p.period_end
{%- endmacro %}
