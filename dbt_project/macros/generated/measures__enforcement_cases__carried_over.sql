{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    enforcement_cases, rows pending on the day before P: 3 measures, evaluated once per snapshot day: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__enforcement_cases__carried_over() -%}
    {{ return({
        'fact': 'fct_enforcement_cases',
        'shape': 'snapshot',
        'snapshot': 'carried_over',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_enforcement_cases__carried_over__count': 'count',
            'm_enforcement_cases__carried_over__count__is_first_enforcement': 'count',
            'm_enforcement_cases__carried_over__count__case_type_code_not_v4f173f_or_vcef0b2': 'count',
        },
        'rows': measure_rows__enforcement_cases__carried_over,
    }) }}
{%- endmacro %}

{% macro measure_rows__enforcement_cases__carried_over(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        p.period_end as snapshot_day,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_officer_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_enforcement_cases__carried_over__count,
        case
            when (coalesce(f.is_first_enforcement, false))
                then 1
            else 0
        end as i_m_enforcement_cases__carried_over__count__is_first_enforcement,
        case
            when (f.case_type_code not in ('执保', '执恢'))
                then 1
            else 0
        end as i_m_enforcement_cases__carried_over__count__case_type_code_not_v4f173f_or_vcef0b2
    from {{ relation }} as f
    inner join snapshot_days as p
        on f.filing_date <= p.period_end and (f.closing_date is null or f.closing_date > p.period_end)
{%- endmacro %}
