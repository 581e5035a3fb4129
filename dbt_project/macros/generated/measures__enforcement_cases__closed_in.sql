{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    enforcement_cases, rows closed in P: 40 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__enforcement_cases__closed_in() -%}
    {{ return({
        'fact': 'fct_enforcement_cases',
        'shape': 'monthly',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_enforcement_cases__closed_in__sum_duration_days__case_type_code_vcef0b2': 'sum',
            'm_enforcement_cases__closed_in__count__case_type_code_vcef0b2__duration_days_known': 'count',
            'm_enforcement_cases__closed_in__count__case_type_code_vcef0b2__duration_days_le_5': 'count',
            'm_enforcement_cases__closed_in__count__case_type_code_vcef0b2': 'count',
            'm_enforcement_cases__closed_in__count': 'count',
            'm_enforcement_cases__closed_in__count__closing_method_fully_executed__is_first_enforcement': 'count',
            'm_enforcement_cases__closed_in__count__is_first_enforcement': 'count',
            'm_enforcement_cases__closed_in__sum_executed_amount__is_first_enforcement': 'sum',
            'm_enforcement_cases__closed_in__sum_applied_amount__is_first_enforcement': 'sum',
            'm_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_enforcement': 'count',
            'm_enforcement_cases__closed_in__count__is_first_enforcement__is_within_limit': 'count',
            'm_enforcement_cases__closed_in__sum_duration_days__is_first_enforcement': 'sum',
            'm_enforcement_cases__closed_in__count__duration_days_known__is_first_enforcement': 'count',
            'm_enforcement_cases__closed_in__sum_duration_days__closing_method_fully_executed__is_edddf482db': 'sum',
            'm_enforcement_cases__closed_in__count__closing_method_fully_executed__duration_days_k_eacf5ff0e7': 'count',
            'm_enforcement_cases__closed_in__sum_duration_days__closing_method_terminated_procedur_a6314a479a': 'sum',
            'm_enforcement_cases__closed_in__count__closing_method_terminated_procedure__duration_0b910bc74e': 'count',
            'm_enforcement_cases__closed_in__count__has_extension__is_first_enforcement': 'count',
            'm_enforcement_cases__closed_in__count__case_type_code_v4f173f__is_within_limit': 'count',
            'm_enforcement_cases__closed_in__count__case_type_code_v4f173f': 'count',
            'm_enforcement_cases__closed_in__count__case_type_code_v86d6ca__duration_days_le_15': 'count',
            'm_enforcement_cases__closed_in__count__case_type_code_v86d6ca': 'count',
            'm_enforcement_cases__closed_in__count__case_type_code_ve85a5c__duration_days_le_30': 'count',
            'm_enforcement_cases__closed_in__count__case_type_code_ve85a5c': 'count',
            'm_enforcement_cases__closed_in__count__closing_method_fully_executed_or_settled__is_f_b1d099dcc5': 'count',
            'm_enforcement_cases__closed_in__count__closing_method_fully_executed_or_settled__is_f_ceb4dce76a': 'count',
            'm_enforcement_cases__closed_in__count__closing_method_not_terminated_procedure__is_fi_1f7f4b966f': 'count',
            'm_enforcement_cases__closed_in__count__closing_method_settled__is_first_enforcement': 'count',
            'm_enforcement_cases__closed_in__count__closing_method_terminated__is_first_enforcement': 'count',
            'm_enforcement_cases__closed_in__count__closing_method_rejected__is_first_enforcement': 'count',
            'm_enforcement_cases__closed_in__sum_executed_amount__case_type_code_v4f173f': 'sum',
            'm_enforcement_cases__closed_in__sum_applied_amount__case_type_code_v4f173f': 'sum',
            'm_enforcement_cases__closed_in__sum_executed_amount__case_type_code_v4f173f_or_v7f4ed8': 'sum',
            'm_enforcement_cases__closed_in__count__case_type_code_not_v4f173f_or_vcef0b2': 'count',
            'm_enforcement_cases__closed_in__count__has_actions__is_first_enforcement': 'count',
            'm_enforcement_cases__closed_in__sum_action_count__is_first_enforcement': 'sum',
            'm_enforcement_cases__closed_in__count__action_count_known__is_first_enforcement': 'count',
            'm_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_d681218153': 'count',
            'm_enforcement_cases__closed_in__sum_action_count__closing_method_terminated_procedure_da67a2d5f3': 'sum',
            'm_enforcement_cases__closed_in__count__action_count_known__closing_method_terminated_e8807ca768': 'count',
        },
        'rows': measure_rows__enforcement_cases__closed_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__enforcement_cases__closed_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        cast({{ dbt.date_trunc('month', 'f.closing_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_officer_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        cast(
            case
                when (f.case_type_code = '执保')
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_duration_days__case_type_code_vcef0b2,
        case
            when (f.case_type_code = '执保') and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__case_type_code_vcef0b2__duration_days_known,
        case
            when (f.case_type_code = '执保') and (f.duration_days <= 5)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__case_type_code_vcef0b2__duration_days_le_5,
        case when (f.case_type_code = '执保') then 1 else 0 end as i_m_enforcement_cases__closed_in__count__case_type_code_vcef0b2,
        case when true then 1 else 0 end as i_m_enforcement_cases__closed_in__count,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'fully_executed')
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_fully_executed__is_first_enforcement,
        case
            when (coalesce(f.is_first_enforcement, false))
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__is_first_enforcement,
        cast(
            case
                when (coalesce(f.is_first_enforcement, false))
                    then f.executed_amount
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_executed_amount__is_first_enforcement,
        cast(
            case
                when (coalesce(f.is_first_enforcement, false))
                    then f.applied_amount
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_applied_amount__is_first_enforcement,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'terminated_procedure')
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_enforcement,
        case
            when (coalesce(f.is_first_enforcement, false)) and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__is_first_enforcement__is_within_limit,
        cast(
            case
                when (coalesce(f.is_first_enforcement, false))
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_duration_days__is_first_enforcement,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__duration_days_known__is_first_enforcement,
        cast(
            case
                when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'fully_executed')
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_duration_days__closing_method_fully_executed__is_edddf482db,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'fully_executed') and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_fully_executed__duration_days_k_eacf5ff0e7,
        cast(
            case
                when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'terminated_procedure')
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_duration_days__closing_method_terminated_procedur_a6314a479a,
        case
            when
                (coalesce(f.is_first_enforcement, false))
                and (f.closing_method = 'terminated_procedure')
                and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__duration_0b910bc74e,
        case
            when (coalesce(f.is_first_enforcement, false)) and (coalesce(f.extension_days > 0, false))
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__has_extension__is_first_enforcement,
        case
            when (f.case_type_code = '执恢') and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__case_type_code_v4f173f__is_within_limit,
        case when (f.case_type_code = '执恢') then 1 else 0 end as i_m_enforcement_cases__closed_in__count__case_type_code_v4f173f,
        case
            when (f.case_type_code = '执异') and (f.duration_days <= 15)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__case_type_code_v86d6ca__duration_days_le_15,
        case when (f.case_type_code = '执异') then 1 else 0 end as i_m_enforcement_cases__closed_in__count__case_type_code_v86d6ca,
        case
            when (f.case_type_code = '执复') and (f.duration_days <= 30)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__case_type_code_ve85a5c__duration_days_le_30,
        case when (f.case_type_code = '执复') then 1 else 0 end as i_m_enforcement_cases__closed_in__count__case_type_code_ve85a5c,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.closing_method in ('fully_executed', 'settled'))
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_fully_executed_or_settled__is_f_b1d099dcc5,
        case
            when
                (coalesce(f.is_first_enforcement, false))
                and (f.closing_method in ('fully_executed', 'settled'))
                and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_fully_executed_or_settled__is_f_ceb4dce76a,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.closing_method != 'terminated_procedure')
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_not_terminated_procedure__is_fi_1f7f4b966f,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'settled')
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_settled__is_first_enforcement,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'terminated')
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_terminated__is_first_enforcement,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'rejected')
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_rejected__is_first_enforcement,
        cast(
            case
                when (f.case_type_code = '执恢')
                    then f.executed_amount
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_executed_amount__case_type_code_v4f173f,
        cast(
            case
                when (f.case_type_code = '执恢')
                    then f.applied_amount
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_applied_amount__case_type_code_v4f173f,
        cast(
            case
                when (f.case_type_code in ('执', '执恢'))
                    then f.executed_amount
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_executed_amount__case_type_code_v4f173f_or_v7f4ed8,
        case
            when (f.case_type_code not in ('执保', '执恢'))
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__case_type_code_not_v4f173f_or_vcef0b2,
        case
            when (coalesce(f.is_first_enforcement, false)) and (coalesce(f.action_count > 0, false))
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__has_actions__is_first_enforcement,
        cast(
            case
                when (coalesce(f.is_first_enforcement, false))
                    then f.action_count
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_action_count__is_first_enforcement,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.action_count is not null)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__action_count_known__is_first_enforcement,
        case
            when
                (coalesce(f.is_first_enforcement, false))
                and (f.closing_method = 'terminated_procedure')
                and ((f.action_count > 0) = false)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_d681218153,
        cast(
            case
                when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'terminated_procedure')
                    then f.action_count
            end as decimal(38, 9)
        ) as i_m_enforcement_cases__closed_in__sum_action_count__closing_method_terminated_procedure_da67a2d5f3,
        case
            when (coalesce(f.is_first_enforcement, false)) and (f.closing_method = 'terminated_procedure') and (f.action_count is not null)
                then 1
            else 0
        end as i_m_enforcement_cases__closed_in__count__action_count_known__closing_method_terminated_e8807ca768
    from {{ relation }} as f
    where f.closing_date is not null
{%- endmacro %}
