{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    mediations, rows open at E: 1 measures, evaluated once per snapshot day: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__mediations__open_at_end() -%}
    {{ return({
        'fact': 'fct_mediations',
        'shape': 'snapshot',
        'snapshot': 'pending_at_end',
        'levels': ['court', 'person', 'city'],
        'measures': {
            'm_mediations__open_at_end__count__stage_pre_litigation': 'count',
        },
        'rows': measure_rows__mediations__open_at_end,
    }) }}
{%- endmacro %}

{% macro measure_rows__mediations__open_at_end(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        p.period_end as snapshot_day,
        f.court_code as court_entity,
        f.guiding_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when (f.stage = 'pre_litigation') then 1 else 0 end as i_m_mediations__open_at_end__count__stage_pre_litigation
    from {{ relation }} as f
    inner join snapshot_days as p
        on f.received_date <= p.period_end and (f.closed_date is null or f.closed_date > p.period_end)
{%- endmacro %}
