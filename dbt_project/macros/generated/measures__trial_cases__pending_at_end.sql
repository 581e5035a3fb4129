{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    trial_cases, rows pending at the end of P: 20 measures, evaluated once per snapshot day: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__trial_cases__pending_at_end() -%}
    {{ return({
        'fact': 'fct_trial_cases',
        'shape': 'snapshot',
        'snapshot': 'pending_at_end',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_trial_cases__pending_at_end__count__case_type_code_adm1': 'count',
            'm_trial_cases__pending_at_end__count__case_type_code_bankruptcy': 'count',
            'm_trial_cases__pending_at_end__count__age_over_36_months_at_end__case_type_code_bankruptcy': 'count',
            'm_trial_cases__pending_at_end__count__age_over_12_months_at_end__involves_enterprise': 'count',
            'm_trial_cases__pending_at_end__count__involves_enterprise': 'count',
            'm_trial_cases__pending_at_end__count__case_type_code_civ1': 'count',
            'm_trial_cases__pending_at_end__count__age_over_12_months_at_end__case_type_code_civ1': 'count',
            'm_trial_cases__pending_at_end__count__case_type_code_crim1': 'count',
            'm_trial_cases__pending_at_end__count__case_type_code_crim1__is_over_limit_at_end': 'count',
            'm_trial_cases__pending_at_end__count__is_over_limit_at_end': 'count',
            'm_trial_cases__pending_at_end__count__age_over_18_months_at_end': 'count',
            'm_trial_cases__pending_at_end__count__age_over_36_months_at_end': 'count',
            'm_trial_cases__pending_at_end__count': 'count',
            'm_trial_cases__pending_at_end__sum_age_days_at_end': 'sum',
            'm_trial_cases__pending_at_end__count__age_days_at_end_known': 'count',
            'm_trial_cases__pending_at_end__count__age_over_12_months_at_end': 'count',
            'm_trial_cases__pending_at_end__median_age_days_at_end': 'median',
            'm_trial_cases__pending_at_end__count__age_days_at_end_gt_730': 'count',
            'm_trial_cases__pending_at_end__count__has_time_limit_events': 'count',
            'm_trial_cases__pending_at_end__count__is_first_instance': 'count',
        },
        'rows': measure_rows__trial_cases__pending_at_end,
    }) }}
{%- endmacro %}

{% macro measure_rows__trial_cases__pending_at_end(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        p.period_end as snapshot_day,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when (f.case_type_code = '行初') then 1 else 0 end as i_m_trial_cases__pending_at_end__count__case_type_code_adm1,
        case when (f.case_type_code = '破') then 1 else 0 end as i_m_trial_cases__pending_at_end__count__case_type_code_bankruptcy,
        case
            when
                (f.case_type_code = '破')
                and (coalesce({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} > 1095, false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__age_over_36_months_at_end__case_type_code_bankruptcy,
        case
            when
                (coalesce(f.involves_enterprise, false))
                and (coalesce({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} > 365, false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__age_over_12_months_at_end__involves_enterprise,
        case when (coalesce(f.involves_enterprise, false)) then 1 else 0 end as i_m_trial_cases__pending_at_end__count__involves_enterprise,
        case when (f.case_type_code = '民初') then 1 else 0 end as i_m_trial_cases__pending_at_end__count__case_type_code_civ1,
        case
            when
                (f.case_type_code = '民初')
                and (coalesce({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} > 365, false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__age_over_12_months_at_end__case_type_code_civ1,
        case when (f.case_type_code = '刑初') then 1 else 0 end as i_m_trial_cases__pending_at_end__count__case_type_code_crim1,
        case
            when
                (f.case_type_code = '刑初')
                and (coalesce(({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} - f.suspended_days > f.statutory_limit_days), false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__case_type_code_crim1__is_over_limit_at_end,
        case
            when
                (coalesce(({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} - f.suspended_days > f.statutory_limit_days), false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__is_over_limit_at_end,
        case
            when (coalesce({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} > 548, false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__age_over_18_months_at_end,
        case
            when (coalesce({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} > 1095, false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__age_over_36_months_at_end,
        case when true then 1 else 0 end as i_m_trial_cases__pending_at_end__count,
        cast(
            case
                when true
                    then {{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }}  -- noqa: LT05
            end as decimal(38, 9)
        ) as i_m_trial_cases__pending_at_end__sum_age_days_at_end,
        case
            when ({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__age_days_at_end_known,
        case
            when (coalesce({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} > 365, false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__age_over_12_months_at_end,
        case
            when true
                then {{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }}  -- noqa: LT05
        end as i_m_trial_cases__pending_at_end__median_age_days_at_end,
        case
            when ({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} > 730)  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__age_days_at_end_gt_730,
        case
            when (coalesce(f.time_limit_event_count > 0, false))
                then 1
            else 0
        end as i_m_trial_cases__pending_at_end__count__has_time_limit_events,
        case when (coalesce(f.is_first_instance, false)) then 1 else 0 end as i_m_trial_cases__pending_at_end__count__is_first_instance
    from {{ relation }} as f
    inner join snapshot_days as p
        on f.filing_date <= p.period_end and (f.closing_date is null or f.closing_date > p.period_end)
{%- endmacro %}
