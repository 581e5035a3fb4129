{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    commercial_disputes, rows whose appeal was filed in P: 2 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__commercial_disputes__appealed_in() -%}
    {{ return({
        'fact': 'int_commercial_disputes',
        'shape': 'monthly',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_commercial_disputes__appealed_in__sum_appeal_transfer_days__involves_enterprise__is_appealed': 'sum',
            'm_commercial_disputes__appealed_in__count__appeal_transfer_days_known__involves_enter_0013520332': 'count',
        },
        'rows': measure_rows__commercial_disputes__appealed_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__commercial_disputes__appealed_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        cast({{ dbt.date_trunc('month', 'f.appeal_filing_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        cast(
            case
                when (coalesce(f.involves_enterprise, false)) and (coalesce(f.is_appealed, false))
                    then {{ dbt.datediff('f.closing_date', 'f.appeal_filing_date', 'day') }}  -- noqa: LT05
            end as decimal(38, 9)
        ) as i_m_commercial_disputes__appealed_in__sum_appeal_transfer_days__involves_enterprise__is_appealed,
        case
            when
                (coalesce(f.involves_enterprise, false))
                and (coalesce(f.is_appealed, false))
                and ({{ dbt.datediff('f.closing_date', 'f.appeal_filing_date', 'day') }} is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_commercial_disputes__appealed_in__count__appeal_transfer_days_known__involves_enter_0013520332
    from {{ relation }} as f
    where f.appeal_filing_date is not null
{%- endmacro %}
