{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    mediations, rows received in P: 3 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__mediations__received_in() -%}
    {{ return({
        'fact': 'fct_mediations',
        'shape': 'monthly',
        'levels': ['court', 'person', 'city'],
        'measures': {
            'm_mediations__received_in__count__stage_pre_litigation': 'count',
            'm_mediations__received_in__count__stage_in_litigation': 'count',
            'm_mediations__received_in__count__mediator_type_not_court_staff__stage_pre_litigation': 'count',
        },
        'rows': measure_rows__mediations__received_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__mediations__received_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        cast({{ dbt.date_trunc('month', 'f.received_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.guiding_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when (f.stage = 'pre_litigation') then 1 else 0 end as i_m_mediations__received_in__count__stage_pre_litigation,
        case when (f.stage = 'in_litigation') then 1 else 0 end as i_m_mediations__received_in__count__stage_in_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.mediator_type != 'court_staff')
                then 1
            else 0
        end as i_m_mediations__received_in__count__mediator_type_not_court_staff__stage_pre_litigation
    from {{ relation }} as f
    where f.received_date is not null
{%- endmacro %}
