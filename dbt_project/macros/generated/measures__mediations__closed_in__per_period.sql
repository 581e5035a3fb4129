{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    mediations, rows closed in P: 1 measures, rows joined to each period: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__mediations__closed_in__per_period() -%}
    {{ return({
        'fact': 'fct_mediations',
        'shape': 'per_period',
        'levels': ['court', 'person', 'city'],
        'measures': {
            'm_mediations__closed_in__median_days_to_close__stage_pre_litigation': 'median',
        },
        'rows': measure_rows__mediations__closed_in__per_period,
    }) }}
{%- endmacro %}

{% macro measure_rows__mediations__closed_in__per_period(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        p.period_type,
        p.period,
        f.court_code as court_entity,
        f.guiding_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when (f.stage = 'pre_litigation')
                then {{ dbt.datediff('f.received_date', 'f.closed_date', 'day') }}  -- noqa: LT05
        end as i_m_mediations__closed_in__median_days_to_close__stage_pre_litigation
    from {{ relation }} as f
    inner join periods as p
        on f.closed_date >= p.period_start and f.closed_date <= p.period_end
{%- endmacro %}
