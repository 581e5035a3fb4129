{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    documents, rows published online in P: 4 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__documents__published_in() -%}
    {{ return({
        'fact': 'fct_documents',
        'shape': 'monthly',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_documents__published_in__count__published_online': 'count',
            'm_documents__published_in__sum_days_to_publish__published_online': 'sum',
            'm_documents__published_in__count__days_to_publish_known__published_online': 'count',
            'm_documents__published_in__count__days_to_publish_le_30__published_online': 'count',
        },
        'rows': measure_rows__documents__published_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__documents__published_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        cast({{ dbt.date_trunc('month', 'f.published_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when (coalesce(f.published_online, false)) then 1 else 0 end as i_m_documents__published_in__count__published_online,
        cast(
            case
                when (coalesce(f.published_online, false))
                    then {{ dbt.datediff('f.signed_date', 'f.published_date', 'day') }}  -- noqa: LT05
            end as decimal(38, 9)
        ) as i_m_documents__published_in__sum_days_to_publish__published_online,
        case
            when
                (coalesce(f.published_online, false))
                and ({{ dbt.datediff('f.signed_date', 'f.published_date', 'day') }} is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_documents__published_in__count__days_to_publish_known__published_online,
        case
            when
                (coalesce(f.published_online, false))
                and ({{ dbt.datediff('f.signed_date', 'f.published_date', 'day') }} <= 30)  -- noqa: LT05
                then 1
            else 0
        end as i_m_documents__published_in__count__days_to_publish_le_30__published_online
    from {{ relation }} as f
    where f.published_date is not null
{%- endmacro %}
