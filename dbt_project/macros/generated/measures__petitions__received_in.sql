{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    petitions, rows received in P: 13 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__petitions__received_in() -%}
    {{ return({
        'fact': 'fct_petitions',
        'shape': 'monthly',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_petitions__received_in__count': 'count',
            'm_petitions__received_in__count__is_resolved_on_time': 'count',
            'm_petitions__received_in__count__is_repeat': 'count',
            'm_petitions__received_in__count__channel_online': 'count',
            'm_petitions__received_in__count__category_ruling_dispute': 'count',
            'm_petitions__received_in__count__category_delay': 'count',
            'm_petitions__received_in__count__category_enforcement': 'count',
            'm_petitions__received_in__count__category_conduct': 'count',
            'm_petitions__received_in__count__is_collective': 'count',
            'm_petitions__received_in__count__escalated_to_supreme_court': 'count',
            'm_petitions__received_in__count__escalated_to_higher_court_or_supreme_court': 'count',
            'm_petitions__received_in__count__has_related_case': 'count',
            'm_petitions__received_in__count__category_not_enforcement': 'count',
        },
        'rows': measure_rows__petitions__received_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__petitions__received_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        cast({{ dbt.date_trunc('month', 'f.received_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.handler_dept_id as department_entity,
        f.handler_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_petitions__received_in__count,
        case when (coalesce(f.is_resolved_on_time, false)) then 1 else 0 end as i_m_petitions__received_in__count__is_resolved_on_time,
        case when (coalesce(f.is_repeat, false)) then 1 else 0 end as i_m_petitions__received_in__count__is_repeat,
        case when (f.channel = 'online') then 1 else 0 end as i_m_petitions__received_in__count__channel_online,
        case when (f.category = 'ruling_dispute') then 1 else 0 end as i_m_petitions__received_in__count__category_ruling_dispute,
        case when (f.category = 'delay') then 1 else 0 end as i_m_petitions__received_in__count__category_delay,
        case when (f.category = 'enforcement') then 1 else 0 end as i_m_petitions__received_in__count__category_enforcement,
        case when (f.category = 'conduct') then 1 else 0 end as i_m_petitions__received_in__count__category_conduct,
        case when (coalesce(f.is_collective, false)) then 1 else 0 end as i_m_petitions__received_in__count__is_collective,
        case when (f.escalated_to = 'supreme_court') then 1 else 0 end as i_m_petitions__received_in__count__escalated_to_supreme_court,
        case
            when (f.escalated_to in ('higher_court', 'supreme_court'))
                then 1
            else 0
        end as i_m_petitions__received_in__count__escalated_to_higher_court_or_supreme_court,
        case
            when (coalesce(f.related_case_number is not null, false))
                then 1
            else 0
        end as i_m_petitions__received_in__count__has_related_case,
        case when (f.category != 'enforcement') then 1 else 0 end as i_m_petitions__received_in__count__category_not_enforcement
    from {{ relation }} as f
    where f.received_date is not null
{%- endmacro %}
