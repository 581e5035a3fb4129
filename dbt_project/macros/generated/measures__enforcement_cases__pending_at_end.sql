{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    enforcement_cases, rows pending at the end of P: 4 measures, evaluated once per snapshot day: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__enforcement_cases__pending_at_end() -%}
    {{ return({
        'fact': 'fct_enforcement_cases',
        'shape': 'snapshot',
        'snapshot': 'pending_at_end',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_enforcement_cases__pending_at_end__count': 'count',
            'm_enforcement_cases__pending_at_end__median_age_days_at_end': 'median',
            'm_enforcement_cases__pending_at_end__count__age_days_at_end_known': 'count',
            'm_enforcement_cases__pending_at_end__count__age_over_12_months_at_end': 'count',
        },
        'rows': measure_rows__enforcement_cases__pending_at_end,
    }) }}
{%- endmacro %}

{% macro measure_rows__enforcement_cases__pending_at_end(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        p.period_end as snapshot_day,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_officer_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_enforcement_cases__pending_at_end__count,
        case
            when true
                then {{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }}  -- noqa: LT05
        end as i_m_enforcement_cases__pending_at_end__median_age_days_at_end,
        case
            when ({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_enforcement_cases__pending_at_end__count__age_days_at_end_known,
        case
            when (coalesce({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} > 365, false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_enforcement_cases__pending_at_end__count__age_over_12_months_at_end
    from {{ relation }} as f
    inner join snapshot_days as p
        on f.filing_date <= p.period_end and (f.closing_date is null or f.closing_date > p.period_end)
{%- endmacro %}
