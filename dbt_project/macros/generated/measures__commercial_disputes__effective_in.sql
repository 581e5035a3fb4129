{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    commercial_disputes, rows effective in P: 4 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__commercial_disputes__effective_in() -%}
    {{ return({
        'fact': 'int_commercial_disputes',
        'shape': 'monthly',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_commercial_disputes__effective_in__count__has_enforcement__is_effective': 'count',
            'm_commercial_disputes__effective_in__count__is_effective': 'count',
            'm_commercial_disputes__effective_in__count__has_preservation__involves_enterprise__is_effective': 'count',
            'm_commercial_disputes__effective_in__count__involves_enterprise__is_effective': 'count',
        },
        'rows': measure_rows__commercial_disputes__effective_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__commercial_disputes__effective_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        cast({{ dbt.date_trunc('month', 'f.effective_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when (coalesce(f.is_effective, false)) and (coalesce(f.has_enforcement, false))
                then 1
            else 0
        end as i_m_commercial_disputes__effective_in__count__has_enforcement__is_effective,
        case when (coalesce(f.is_effective, false)) then 1 else 0 end as i_m_commercial_disputes__effective_in__count__is_effective,
        case
            when (coalesce(f.involves_enterprise, false)) and (coalesce(f.is_effective, false)) and (coalesce(f.has_preservation, false))
                then 1
            else 0
        end as i_m_commercial_disputes__effective_in__count__has_preservation__involves_enterprise__is_effective,
        case
            when (coalesce(f.involves_enterprise, false)) and (coalesce(f.is_effective, false))
                then 1
            else 0
        end as i_m_commercial_disputes__effective_in__count__involves_enterprise__is_effective
    from {{ relation }} as f
    where f.effective_date is not null
{%- endmacro %}
