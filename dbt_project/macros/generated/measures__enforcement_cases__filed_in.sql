{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    enforcement_cases, rows filed in P: 5 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__enforcement_cases__filed_in() -%}
    {{ return({
        'fact': 'fct_enforcement_cases',
        'shape': 'monthly',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_enforcement_cases__filed_in__count': 'count',
            'm_enforcement_cases__filed_in__count__is_first_enforcement': 'count',
            'm_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2': 'count',
            'm_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_prelit_confirmation': 'count',
            'm_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_own_court_judgment': 'count',
        },
        'rows': measure_rows__enforcement_cases__filed_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__enforcement_cases__filed_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        cast({{ dbt.date_trunc('month', 'f.filing_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_officer_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_enforcement_cases__filed_in__count,
        case
            when (coalesce(f.is_first_enforcement, false))
                then 1
            else 0
        end as i_m_enforcement_cases__filed_in__count__is_first_enforcement,
        case
            when (f.case_type_code not in ('执保', '执恢'))
                then 1
            else 0
        end as i_m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2,
        case
            when (f.case_type_code = '执') and (coalesce(coalesce(position('诉前调确' in f.source_case_number) > 0, false), false))
                then 1
            else 0
        end as i_m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_prelit_confirmation,
        case
            when
                (f.case_type_code = '执')
                and (coalesce(coalesce(position('）' || f.court_code || '民' in f.source_case_number) > 0 or position('）' || f.court_code || '刑' in f.source_case_number) > 0 or position('）' || f.court_code || '行' in f.source_case_number) > 0, false), false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_own_court_judgment
    from {{ relation }} as f
    where f.filing_date is not null
{%- endmacro %}
