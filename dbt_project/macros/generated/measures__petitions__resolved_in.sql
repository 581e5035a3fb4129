{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    petitions, rows resolved in P: 8 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__petitions__resolved_in() -%}
    {{ return({
        'fact': 'fct_petitions',
        'shape': 'monthly',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_petitions__resolved_in__count__not_is_repeat__resolution_resolved': 'count',
            'm_petitions__resolved_in__count__not_is_repeat': 'count',
            'm_petitions__resolved_in__count': 'count',
            'm_petitions__resolved_in__count__resolution_resolved': 'count',
            'm_petitions__resolved_in__count__satisfaction_basically_satisfied_or_satisfied': 'count',
            'm_petitions__resolved_in__count__satisfaction_known': 'count',
            'm_petitions__resolved_in__sum_days_to_resolve': 'sum',
            'm_petitions__resolved_in__count__days_to_resolve_known': 'count',
        },
        'rows': measure_rows__petitions__resolved_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__petitions__resolved_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        cast({{ dbt.date_trunc('month', 'f.resolved_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.handler_dept_id as department_entity,
        f.handler_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when ((f.is_repeat) = false) and (f.resolution = 'resolved')
                then 1
            else 0
        end as i_m_petitions__resolved_in__count__not_is_repeat__resolution_resolved,
        case when ((f.is_repeat) = false) then 1 else 0 end as i_m_petitions__resolved_in__count__not_is_repeat,
        case when true then 1 else 0 end as i_m_petitions__resolved_in__count,
        case when (f.resolution = 'resolved') then 1 else 0 end as i_m_petitions__resolved_in__count__resolution_resolved,
        case
            when (f.satisfaction in ('satisfied', 'basically_satisfied'))
                then 1
            else 0
        end as i_m_petitions__resolved_in__count__satisfaction_basically_satisfied_or_satisfied,
        case when (f.satisfaction is not null) then 1 else 0 end as i_m_petitions__resolved_in__count__satisfaction_known,
        cast(
            case
                when true
                    then {{ dbt.datediff('f.received_date', 'f.resolved_date', 'day') }}  -- noqa: LT05
            end as decimal(38, 9)
        ) as i_m_petitions__resolved_in__sum_days_to_resolve,
        case
            when ({{ dbt.datediff('f.received_date', 'f.resolved_date', 'day') }} is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_petitions__resolved_in__count__days_to_resolve_known
    from {{ relation }} as f
    where f.resolved_date is not null
{%- endmacro %}
