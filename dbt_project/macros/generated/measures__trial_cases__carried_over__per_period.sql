{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    trial_cases, rows pending on the day before P: 1 measures, rows joined to each period: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__trial_cases__carried_over__per_period() -%}
    {{ return({
        'fact': 'fct_trial_cases',
        'shape': 'per_period',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_trial_cases__carried_over__count__closed_by_period_end': 'count',
        },
        'rows': measure_rows__trial_cases__carried_over__per_period,
    }) }}
{%- endmacro %}

{% macro measure_rows__trial_cases__carried_over__per_period(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        p.period_type,
        p.period,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when (coalesce(coalesce(f.closing_date <= p.period_end, false), false))
                then 1
            else 0
        end as i_m_trial_cases__carried_over__count__closed_by_period_end
    from {{ relation }} as f
    inner join periods as p
        on f.filing_date < p.period_start and (f.closing_date is null or f.closing_date >= p.period_start)
{%- endmacro %}
