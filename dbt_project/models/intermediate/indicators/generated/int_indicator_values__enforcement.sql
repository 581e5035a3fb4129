-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- enforcement: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('enforcement')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('enforcement') }}

),

final as (

    {{ kept_period_rows('enforcement') }}
    select
        'enf_closed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_cases__closed_in__count, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'enf_full_execution_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_fully_executed__is_first_enforcement, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_fully_executed__is_first_enforcement, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'enf_recovery_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__sum_executed_amount__is_first_enforcement, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__sum_applied_amount__is_first_enforcement, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__sum_applied_amount__is_first_enforcement, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__sum_executed_amount__is_first_enforcement, 0) as double) / (coalesce(m_enforcement_cases__closed_in__sum_applied_amount__is_first_enforcement, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'enf_terminated_procedure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_enforcement, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_enforcement, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'enf_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement__is_within_limit, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement__is_within_limit, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'enf_filed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__filed_in__count, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_cases__filed_in__count, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_carried_over_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__carried_over__count, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_cases__carried_over__count, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_pending_cases_end' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__pending_at_end__count, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_cases__pending_at_end__count, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_closure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__carried_over__count, 0) + coalesce(m_enforcement_cases__filed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__carried_over__count, 0) + coalesce(m_enforcement_cases__filed_in__count, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__count, 0) as double) / (coalesce(m_enforcement_cases__carried_over__count, 0) + coalesce(m_enforcement_cases__filed_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_clearance_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__filed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__filed_in__count, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__count, 0) as double) / (coalesce(m_enforcement_cases__filed_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_first_closed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_first_closure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__carried_over__count__is_first_enforcement, 0) + coalesce(m_enforcement_cases__filed_in__count__is_first_enforcement, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__carried_over__count__is_first_enforcement, 0) + coalesce(m_enforcement_cases__filed_in__count__is_first_enforcement, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) / (coalesce(m_enforcement_cases__carried_over__count__is_first_enforcement, 0) + coalesce(m_enforcement_cases__filed_in__count__is_first_enforcement, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_first_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__sum_duration_days__is_first_enforcement, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__duration_days_known__is_first_enforcement, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__duration_days_known__is_first_enforcement, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__sum_duration_days__is_first_enforcement, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__duration_days_known__is_first_enforcement, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_first_median_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(m_enforcement_cases__closed_in__median_duration_days__is_first_enforcement as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__duration_days_known__is_first_enforcement, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__duration_days_known__is_first_enforcement, 0) > 0 then m_enforcement_cases__closed_in__median_duration_days__is_first_enforcement end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_fully_executed_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__sum_duration_days__closing_method_fully_executed__is_edddf482db, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_fully_executed__duration_days_k_eacf5ff0e7, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__closing_method_fully_executed__duration_days_k_eacf5ff0e7, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__sum_duration_days__closing_method_fully_executed__is_edddf482db, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__closing_method_fully_executed__duration_days_k_eacf5ff0e7, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_terminated_procedure_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__sum_duration_days__closing_method_terminated_procedur_a6314a479a, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__duration_0b910bc74e, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__duration_0b910bc74e, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__sum_duration_days__closing_method_terminated_procedur_a6314a479a, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__duration_0b910bc74e, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_pending_median_age_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(m_enforcement_cases__pending_at_end__median_age_days_at_end as double) as numerator,
        cast(coalesce(m_enforcement_cases__pending_at_end__count__age_days_at_end_known, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__pending_at_end__count__age_days_at_end_known, 0) > 0 then m_enforcement_cases__pending_at_end__median_age_days_at_end end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_long_pending_12m' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__pending_at_end__count__age_over_12_months_at_end, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_cases__pending_at_end__count__age_over_12_months_at_end, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_long_pending_ratio' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__pending_at_end__count__age_over_12_months_at_end, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__pending_at_end__count, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__pending_at_end__count, 0) != 0 then cast(coalesce(m_enforcement_cases__pending_at_end__count__age_over_12_months_at_end, 0) as double) / (coalesce(m_enforcement_cases__pending_at_end__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_extension_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count__has_extension__is_first_enforcement, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__count__has_extension__is_first_enforcement, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_restored_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count__case_type_code_v4f173f__is_within_limit, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__case_type_code_v4f173f, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__case_type_code_v4f173f, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__count__case_type_code_v4f173f__is_within_limit, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__case_type_code_v4f173f, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_objection_within_15d_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count__case_type_code_v86d6ca__duration_days_le_15, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__case_type_code_v86d6ca, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__case_type_code_v86d6ca, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__count__case_type_code_v86d6ca__duration_days_le_15, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__case_type_code_v86d6ca, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_reconsideration_within_30d_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count__case_type_code_ve85a5c__duration_days_le_30, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__case_type_code_ve85a5c, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__case_type_code_ve85a5c, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__count__case_type_code_ve85a5c__duration_days_le_30, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__case_type_code_ve85a5c, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_actual_execution_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_fully_executed_or_settled__is_f_b1d099dcc5, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_fully_executed_or_settled__is_f_b1d099dcc5, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_assets_within_limit_execution_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_fully_executed_or_settled__is_f_ceb4dce76a, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_not_terminated_procedure__is_fi_1f7f4b966f, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__closing_method_not_terminated_procedure__is_fi_1f7f4b966f, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_fully_executed_or_settled__is_f_ceb4dce76a, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__closing_method_not_terminated_procedure__is_fi_1f7f4b966f, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_settlement_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_settled__is_first_enforcement, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_settled__is_first_enforcement, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_termination_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_terminated__is_first_enforcement, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_terminated__is_first_enforcement, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_non_enforcement_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_rejected__is_first_enforcement, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_rejected__is_first_enforcement, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_restored_recovery_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__sum_executed_amount__case_type_code_v4f173f, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__sum_applied_amount__case_type_code_v4f173f, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__sum_applied_amount__case_type_code_v4f173f, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__sum_executed_amount__case_type_code_v4f173f, 0) as double) / (coalesce(m_enforcement_cases__closed_in__sum_applied_amount__case_type_code_v4f173f, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_executed_amount' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__sum_executed_amount__case_type_code_v4f173f_or_v7f4ed8, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_cases__closed_in__sum_executed_amount__case_type_code_v4f173f_or_v7f4ed8, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enf_closed_per_judge' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count__case_type_code_not_v4f173f_or_vcef0b2, 0) as double) as numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as denominator,
        cast(case when coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__count__case_type_code_not_v4f173f_or_vcef0b2, 0) as double) / (coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level in ('court', 'city') or business_line in ('enforcement'))

)

select * from final
