{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    commercial_disputes, rows whose enforcement closed in P: 16 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__commercial_disputes__resolved_in() -%}
    {{ return({
        'fact': 'int_commercial_disputes',
        'shape': 'monthly',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_commercial_disputes__resolved_in__sum_total_days__involves_enterprise': 'sum',
            'm_commercial_disputes__resolved_in__count__involves_enterprise__total_days_known': 'count',
            'm_commercial_disputes__resolved_in__sum_first_instance_days__involves_enterprise': 'sum',
            'm_commercial_disputes__resolved_in__count__first_instance_days_known__involves_enterprise': 'count',
            'm_commercial_disputes__resolved_in__count__involves_enterprise__total_days_le_365': 'count',
            'm_commercial_disputes__resolved_in__count__involves_enterprise': 'count',
            'm_commercial_disputes__resolved_in__sum_appeal_days__involves_enterprise__is_appealed': 'sum',
            'm_commercial_disputes__resolved_in__count__appeal_days_known__involves_enterprise__is_appealed': 'count',
            'm_commercial_disputes__resolved_in__sum_enforcement_days__involves_enterprise': 'sum',
            'm_commercial_disputes__resolved_in__count__enforcement_days_known__involves_enterprise': 'count',
            'm_commercial_disputes__resolved_in__sum_enforcement_executed_amount__involves_enterprise': 'sum',
            'm_commercial_disputes__resolved_in__sum_enforcement_applied_amount__involves_enterprise': 'sum',
            'm_commercial_disputes__resolved_in__count__enforcement_closing_method_terminated_proc_54f29cdd4d': 'count',
            'm_commercial_disputes__resolved_in__count__involves_enterprise__is_enforcement_within_limit': 'count',
            'm_commercial_disputes__resolved_in__sum_enforcement_fee_ratio__involves_enterprise': 'sum',
            'm_commercial_disputes__resolved_in__count__enforcement_fee_ratio_known__involves_enterprise': 'count',
        },
        'rows': measure_rows__commercial_disputes__resolved_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__commercial_disputes__resolved_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        cast({{ dbt.date_trunc('month', 'f.enforcement_closing_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        cast(
            case
                when (coalesce(f.involves_enterprise, false))
                    then f.total_days
            end as decimal(38, 9)
        ) as i_m_commercial_disputes__resolved_in__sum_total_days__involves_enterprise,
        case
            when (coalesce(f.involves_enterprise, false)) and (f.total_days is not null)
                then 1
            else 0
        end as i_m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_known,
        cast(
            case
                when (coalesce(f.involves_enterprise, false))
                    then f.first_instance_days
            end as decimal(38, 9)
        ) as i_m_commercial_disputes__resolved_in__sum_first_instance_days__involves_enterprise,
        case
            when (coalesce(f.involves_enterprise, false)) and (f.first_instance_days is not null)
                then 1
            else 0
        end as i_m_commercial_disputes__resolved_in__count__first_instance_days_known__involves_enterprise,
        case
            when (coalesce(f.involves_enterprise, false)) and (f.total_days <= 365)
                then 1
            else 0
        end as i_m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_le_365,
        case
            when (coalesce(f.involves_enterprise, false))
                then 1
            else 0
        end as i_m_commercial_disputes__resolved_in__count__involves_enterprise,
        cast(
            case
                when (coalesce(f.involves_enterprise, false)) and (coalesce(f.is_appealed, false))
                    then f.appeal_days
            end as decimal(38, 9)
        ) as i_m_commercial_disputes__resolved_in__sum_appeal_days__involves_enterprise__is_appealed,
        case
            when (coalesce(f.involves_enterprise, false)) and (coalesce(f.is_appealed, false)) and (f.appeal_days is not null)
                then 1
            else 0
        end as i_m_commercial_disputes__resolved_in__count__appeal_days_known__involves_enterprise__is_appealed,
        cast(
            case
                when (coalesce(f.involves_enterprise, false))
                    then f.enforcement_days
            end as decimal(38, 9)
        ) as i_m_commercial_disputes__resolved_in__sum_enforcement_days__involves_enterprise,
        case
            when (coalesce(f.involves_enterprise, false)) and (f.enforcement_days is not null)
                then 1
            else 0
        end as i_m_commercial_disputes__resolved_in__count__enforcement_days_known__involves_enterprise,
        cast(
            case
                when (coalesce(f.involves_enterprise, false))
                    then f.enforcement_executed_amount
            end as decimal(38, 9)
        ) as i_m_commercial_disputes__resolved_in__sum_enforcement_executed_amount__involves_enterprise,
        cast(
            case
                when (coalesce(f.involves_enterprise, false))
                    then f.enforcement_applied_amount
            end as decimal(38, 9)
        ) as i_m_commercial_disputes__resolved_in__sum_enforcement_applied_amount__involves_enterprise,
        case
            when (coalesce(f.involves_enterprise, false)) and (f.enforcement_closing_method = 'terminated_procedure')
                then 1
            else 0
        end as i_m_commercial_disputes__resolved_in__count__enforcement_closing_method_terminated_proc_54f29cdd4d,
        case
            when (coalesce(f.involves_enterprise, false)) and (coalesce(f.is_enforcement_within_limit, false))
                then 1
            else 0
        end as i_m_commercial_disputes__resolved_in__count__involves_enterprise__is_enforcement_within_limit,
        cast(
            case
                when (coalesce(f.involves_enterprise, false))
                    then cast((case when f.enforcement_applied_amount > 0 then 50 + 0.015 * greatest(least(f.enforcement_applied_amount, 500000) - 10000, 0) + 0.01 * greatest(least(f.enforcement_applied_amount, 5000000) - 500000, 0) + 0.005 * greatest(least(f.enforcement_applied_amount, 10000000) - 5000000, 0) + 0.001 * greatest(f.enforcement_applied_amount - 10000000, 0) end) as double) / nullif(f.enforcement_applied_amount, 0)  -- noqa: LT05
            end as decimal(38, 9)
        ) as i_m_commercial_disputes__resolved_in__sum_enforcement_fee_ratio__involves_enterprise,
        case
            when
                (coalesce(f.involves_enterprise, false))
                and (cast((case when f.enforcement_applied_amount > 0 then 50 + 0.015 * greatest(least(f.enforcement_applied_amount, 500000) - 10000, 0) + 0.01 * greatest(least(f.enforcement_applied_amount, 5000000) - 500000, 0) + 0.005 * greatest(least(f.enforcement_applied_amount, 10000000) - 5000000, 0) + 0.001 * greatest(f.enforcement_applied_amount - 10000000, 0) end) as double) / nullif(f.enforcement_applied_amount, 0) is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_commercial_disputes__resolved_in__count__enforcement_fee_ratio_known__involves_enterprise
    from {{ relation }} as f
    where f.enforcement_closing_date is not null
{%- endmacro %}
