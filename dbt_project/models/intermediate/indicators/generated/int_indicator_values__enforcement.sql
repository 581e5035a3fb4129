-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- enforcement: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('enforcement')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('enforcement') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- enf_closed_cases (from 2016-01-01)
        'enf_closed_cases' as enf_closed_cases__indicator_id,
        '2016-01-01' as enf_closed_cases__definition_valid_from,
        cast(coalesce(m_enforcement_cases__closed_in__count, 0) as double) as enf_closed_cases__numerator,
        cast(null as double) as enf_closed_cases__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as enf_closed_cases__applies,
        -- enf_full_execution_rate (from 2016-01-01)
        'enf_full_execution_rate' as enf_full_execution_rate__indicator_id,
        '2016-01-01' as enf_full_execution_rate__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__closing_method_fully_executed__is_first_enforcement, 0)
            as double
        ) as enf_full_execution_rate__numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as enf_full_execution_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as enf_full_execution_rate__applies,
        -- enf_recovery_rate (from 2016-01-01)
        'enf_recovery_rate' as enf_recovery_rate__indicator_id,
        '2016-01-01' as enf_recovery_rate__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__sum_executed_amount__is_first_enforcement, 0)
            as double
        ) as enf_recovery_rate__numerator,
        cast(
            coalesce(m_enforcement_cases__closed_in__sum_applied_amount__is_first_enforcement, 0)
            as double
        ) as enf_recovery_rate__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as enf_recovery_rate__applies,
        -- enf_terminated_procedure_rate (from 2016-01-01)
        'enf_terminated_procedure_rate' as enf_terminated_procedure_rate__indicator_id,
        '2016-01-01' as enf_terminated_procedure_rate__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_enforcement, 0)
            as double
        ) as enf_terminated_procedure_rate__numerator,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0)
            as double
        ) as enf_terminated_procedure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as enf_terminated_procedure_rate__applies,
        -- enf_within_limit_rate (from 2016-01-01)
        'enf_within_limit_rate' as enf_within_limit_rate__indicator_id,
        '2016-01-01' as enf_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement__is_within_limit, 0)
            as double
        ) as enf_within_limit_rate__numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as enf_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as enf_within_limit_rate__applies,
        -- enf_filed_cases (from 2016-01-01)
        'enf_filed_cases' as enf_filed_cases__indicator_id,
        '2016-01-01' as enf_filed_cases__definition_valid_from,
        cast(coalesce(m_enforcement_cases__filed_in__count, 0) as double) as enf_filed_cases__numerator,
        cast(null as double) as enf_filed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_filed_cases__applies,
        -- enf_carried_over_cases (from 2016-01-01)
        'enf_carried_over_cases' as enf_carried_over_cases__indicator_id,
        '2016-01-01' as enf_carried_over_cases__definition_valid_from,
        cast(coalesce(m_enforcement_cases__carried_over__count, 0) as double) as enf_carried_over_cases__numerator,
        cast(null as double) as enf_carried_over_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_carried_over_cases__applies,
        -- enf_pending_cases_end (from 2016-01-01)
        'enf_pending_cases_end' as enf_pending_cases_end__indicator_id,
        '2016-01-01' as enf_pending_cases_end__definition_valid_from,
        cast(coalesce(m_enforcement_cases__pending_at_end__count, 0) as double) as enf_pending_cases_end__numerator,
        cast(null as double) as enf_pending_cases_end__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_pending_cases_end__applies,
        -- enf_closure_rate (from 2016-01-01)
        'enf_closure_rate' as enf_closure_rate__indicator_id,
        '2016-01-01' as enf_closure_rate__definition_valid_from,
        cast(coalesce(m_enforcement_cases__closed_in__count, 0) as double) as enf_closure_rate__numerator,
        cast(
            coalesce(m_enforcement_cases__carried_over__count, 0)
            + coalesce(m_enforcement_cases__filed_in__count, 0)
            as double
        ) as enf_closure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_closure_rate__applies,
        -- enf_clearance_rate (from 2016-01-01)
        'enf_clearance_rate' as enf_clearance_rate__indicator_id,
        '2016-01-01' as enf_clearance_rate__definition_valid_from,
        cast(coalesce(m_enforcement_cases__closed_in__count, 0) as double) as enf_clearance_rate__numerator,
        cast(coalesce(m_enforcement_cases__filed_in__count, 0) as double) as enf_clearance_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_clearance_rate__applies,
        -- enf_first_closed_cases (from 2016-01-01)
        'enf_first_closed_cases' as enf_first_closed_cases__indicator_id,
        '2016-01-01' as enf_first_closed_cases__definition_valid_from,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as enf_first_closed_cases__numerator,
        cast(null as double) as enf_first_closed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_first_closed_cases__applies,
        -- enf_first_closure_rate (from 2016-01-01)
        'enf_first_closure_rate' as enf_first_closure_rate__indicator_id,
        '2016-01-01' as enf_first_closure_rate__definition_valid_from,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as enf_first_closure_rate__numerator,
        cast(
            coalesce(m_enforcement_cases__carried_over__count__is_first_enforcement, 0)
            + coalesce(m_enforcement_cases__filed_in__count__is_first_enforcement, 0)
            as double
        ) as enf_first_closure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_first_closure_rate__applies,
        -- enf_first_avg_duration_days (from 2016-01-01)
        'enf_first_avg_duration_days' as enf_first_avg_duration_days__indicator_id,
        '2016-01-01' as enf_first_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__sum_duration_days__is_first_enforcement, 0)
            as double
        ) as enf_first_avg_duration_days__numerator,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__duration_days_known__is_first_enforcement, 0)
            as double
        ) as enf_first_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_first_avg_duration_days__applies,
        -- enf_first_median_duration_days (from 2016-01-01)
        'enf_first_median_duration_days' as enf_first_median_duration_days__indicator_id,
        '2016-01-01' as enf_first_median_duration_days__definition_valid_from,
        cast(
            m_enforcement_cases__closed_in__median_duration_days__is_first_enforcement
            as double
        ) as enf_first_median_duration_days__numerator,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__duration_days_known__is_first_enforcement, 0)
            as double
        ) as enf_first_median_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_first_median_duration_days__applies,
        -- enf_fully_executed_avg_duration_days (from 2016-01-01)
        'enf_fully_executed_avg_duration_days' as enf_fully_executed_avg_duration_days__indicator_id,
        '2016-01-01' as enf_fully_executed_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__sum_duration_days__closing_method_fully_executed__is_edddf482db, 0)
            as double
        ) as enf_fully_executed_avg_duration_days__numerator,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__closing_method_fully_executed__duration_days_k_eacf5ff0e7, 0)
            as double
        ) as enf_fully_executed_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_fully_executed_avg_duration_days__applies,
        -- enf_terminated_procedure_avg_duration_days (from 2016-01-01)
        'enf_terminated_procedure_avg_duration_days' as enf_terminated_procedure_avg_duration_days__indicator_id,
        '2016-01-01' as enf_terminated_procedure_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__sum_duration_days__closing_method_terminated_procedur_a6314a479a, 0)
            as double
        ) as enf_terminated_procedure_avg_duration_days__numerator,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__duration_0b910bc74e, 0)
            as double
        ) as enf_terminated_procedure_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_terminated_procedure_avg_duration_days__applies,
        -- enf_pending_median_age_days (from 2016-01-01)
        'enf_pending_median_age_days' as enf_pending_median_age_days__indicator_id,
        '2016-01-01' as enf_pending_median_age_days__definition_valid_from,
        cast(m_enforcement_cases__pending_at_end__median_age_days_at_end as double) as enf_pending_median_age_days__numerator,
        cast(
            coalesce(m_enforcement_cases__pending_at_end__count__age_days_at_end_known, 0)
            as double
        ) as enf_pending_median_age_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_pending_median_age_days__applies,
        -- enf_long_pending_12m (from 2016-01-01)
        'enf_long_pending_12m' as enf_long_pending_12m__indicator_id,
        '2016-01-01' as enf_long_pending_12m__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__pending_at_end__count__age_over_12_months_at_end, 0)
            as double
        ) as enf_long_pending_12m__numerator,
        cast(null as double) as enf_long_pending_12m__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_long_pending_12m__applies,
        -- enf_long_pending_ratio (from 2016-01-01)
        'enf_long_pending_ratio' as enf_long_pending_ratio__indicator_id,
        '2016-01-01' as enf_long_pending_ratio__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__pending_at_end__count__age_over_12_months_at_end, 0)
            as double
        ) as enf_long_pending_ratio__numerator,
        cast(coalesce(m_enforcement_cases__pending_at_end__count, 0) as double) as enf_long_pending_ratio__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_long_pending_ratio__applies,
        -- enf_extension_rate (from 2016-01-01)
        'enf_extension_rate' as enf_extension_rate__indicator_id,
        '2016-01-01' as enf_extension_rate__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__has_extension__is_first_enforcement, 0)
            as double
        ) as enf_extension_rate__numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as enf_extension_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_extension_rate__applies,
        -- enf_restored_within_limit_rate (from 2016-01-01)
        'enf_restored_within_limit_rate' as enf_restored_within_limit_rate__indicator_id,
        '2016-01-01' as enf_restored_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__case_type_code_v4f173f__is_within_limit, 0)
            as double
        ) as enf_restored_within_limit_rate__numerator,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__case_type_code_v4f173f, 0)
            as double
        ) as enf_restored_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_restored_within_limit_rate__applies,
        -- enf_objection_within_15d_rate (from 2016-01-01)
        'enf_objection_within_15d_rate' as enf_objection_within_15d_rate__indicator_id,
        '2016-01-01' as enf_objection_within_15d_rate__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__case_type_code_v86d6ca__duration_days_le_15, 0)
            as double
        ) as enf_objection_within_15d_rate__numerator,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__case_type_code_v86d6ca, 0)
            as double
        ) as enf_objection_within_15d_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_objection_within_15d_rate__applies,
        -- enf_reconsideration_within_30d_rate (from 2016-01-01)
        'enf_reconsideration_within_30d_rate' as enf_reconsideration_within_30d_rate__indicator_id,
        '2016-01-01' as enf_reconsideration_within_30d_rate__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__case_type_code_ve85a5c__duration_days_le_30, 0)
            as double
        ) as enf_reconsideration_within_30d_rate__numerator,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__case_type_code_ve85a5c, 0)
            as double
        ) as enf_reconsideration_within_30d_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_reconsideration_within_30d_rate__applies,
        -- enf_actual_execution_rate (from 2016-01-01)
        'enf_actual_execution_rate' as enf_actual_execution_rate__indicator_id,
        '2016-01-01' as enf_actual_execution_rate__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__closing_method_fully_executed_or_settled__is_f_b1d099dcc5, 0)
            as double
        ) as enf_actual_execution_rate__numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as enf_actual_execution_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_actual_execution_rate__applies,
        -- enf_assets_within_limit_execution_rate (from 2016-01-01)
        'enf_assets_within_limit_execution_rate' as enf_assets_within_limit_execution_rate__indicator_id,
        '2016-01-01' as enf_assets_within_limit_execution_rate__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__closing_method_fully_executed_or_settled__is_f_ceb4dce76a, 0)
            as double
        ) as enf_assets_within_limit_execution_rate__numerator,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__closing_method_not_terminated_procedure__is_fi_1f7f4b966f, 0)
            as double
        ) as enf_assets_within_limit_execution_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_assets_within_limit_execution_rate__applies,
        -- enf_settlement_rate (from 2016-01-01)
        'enf_settlement_rate' as enf_settlement_rate__indicator_id,
        '2016-01-01' as enf_settlement_rate__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__closing_method_settled__is_first_enforcement, 0)
            as double
        ) as enf_settlement_rate__numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as enf_settlement_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_settlement_rate__applies,
        -- enf_termination_rate (from 2016-01-01)
        'enf_termination_rate' as enf_termination_rate__indicator_id,
        '2016-01-01' as enf_termination_rate__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__closing_method_terminated__is_first_enforcement, 0)
            as double
        ) as enf_termination_rate__numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as enf_termination_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_termination_rate__applies,
        -- enf_non_enforcement_rate (from 2016-01-01)
        'enf_non_enforcement_rate' as enf_non_enforcement_rate__indicator_id,
        '2016-01-01' as enf_non_enforcement_rate__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__closing_method_rejected__is_first_enforcement, 0)
            as double
        ) as enf_non_enforcement_rate__numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as enf_non_enforcement_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_non_enforcement_rate__applies,
        -- enf_restored_recovery_rate (from 2016-01-01)
        'enf_restored_recovery_rate' as enf_restored_recovery_rate__indicator_id,
        '2016-01-01' as enf_restored_recovery_rate__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__sum_executed_amount__case_type_code_v4f173f, 0)
            as double
        ) as enf_restored_recovery_rate__numerator,
        cast(
            coalesce(m_enforcement_cases__closed_in__sum_applied_amount__case_type_code_v4f173f, 0)
            as double
        ) as enf_restored_recovery_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_restored_recovery_rate__applies,
        -- enf_executed_amount (from 2016-01-01)
        'enf_executed_amount' as enf_executed_amount__indicator_id,
        '2016-01-01' as enf_executed_amount__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__sum_executed_amount__case_type_code_v4f173f_or_v7f4ed8, 0)
            as double
        ) as enf_executed_amount__numerator,
        cast(null as double) as enf_executed_amount__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enf_executed_amount__applies,
        -- enf_closed_per_judge (from 2016-01-01)
        'enf_closed_per_judge' as enf_closed_per_judge__indicator_id,
        '2016-01-01' as enf_closed_per_judge__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__case_type_code_not_v4f173f_or_vcef0b2, 0)
            as double
        ) as enf_closed_per_judge__numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as enf_closed_per_judge__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'city'],
            valid_from='2016-01-01',
            business_lines=['enforcement'],
        ) }} as enf_closed_per_judge__applies
    from measures

),

definition_values as (

    select
        *,
        enf_closed_cases__numerator as enf_closed_cases__value,
        case
            when enf_full_execution_rate__denominator != 0
                then enf_full_execution_rate__numerator / enf_full_execution_rate__denominator
        end as enf_full_execution_rate__value,
        case
            when enf_recovery_rate__denominator != 0
                then enf_recovery_rate__numerator / enf_recovery_rate__denominator
        end as enf_recovery_rate__value,
        case
            when enf_terminated_procedure_rate__denominator != 0
                then enf_terminated_procedure_rate__numerator / enf_terminated_procedure_rate__denominator
        end as enf_terminated_procedure_rate__value,
        case
            when enf_within_limit_rate__denominator != 0
                then enf_within_limit_rate__numerator / enf_within_limit_rate__denominator
        end as enf_within_limit_rate__value,
        enf_filed_cases__numerator as enf_filed_cases__value,
        enf_carried_over_cases__numerator as enf_carried_over_cases__value,
        enf_pending_cases_end__numerator as enf_pending_cases_end__value,
        case
            when enf_closure_rate__denominator != 0
                then enf_closure_rate__numerator / enf_closure_rate__denominator
        end as enf_closure_rate__value,
        case
            when enf_clearance_rate__denominator != 0
                then enf_clearance_rate__numerator / enf_clearance_rate__denominator
        end as enf_clearance_rate__value,
        enf_first_closed_cases__numerator as enf_first_closed_cases__value,
        case
            when enf_first_closure_rate__denominator != 0
                then enf_first_closure_rate__numerator / enf_first_closure_rate__denominator
        end as enf_first_closure_rate__value,
        case
            when enf_first_avg_duration_days__denominator != 0
                then enf_first_avg_duration_days__numerator / enf_first_avg_duration_days__denominator
        end as enf_first_avg_duration_days__value,
        case
            when enf_first_median_duration_days__denominator > 0
                then enf_first_median_duration_days__numerator
        end as enf_first_median_duration_days__value,
        case
            when enf_fully_executed_avg_duration_days__denominator != 0
                then enf_fully_executed_avg_duration_days__numerator / enf_fully_executed_avg_duration_days__denominator
        end as enf_fully_executed_avg_duration_days__value,
        case
            when enf_terminated_procedure_avg_duration_days__denominator != 0
                then enf_terminated_procedure_avg_duration_days__numerator / enf_terminated_procedure_avg_duration_days__denominator
        end as enf_terminated_procedure_avg_duration_days__value,
        case
            when enf_pending_median_age_days__denominator > 0
                then enf_pending_median_age_days__numerator
        end as enf_pending_median_age_days__value,
        enf_long_pending_12m__numerator as enf_long_pending_12m__value,
        case
            when enf_long_pending_ratio__denominator != 0
                then enf_long_pending_ratio__numerator / enf_long_pending_ratio__denominator
        end as enf_long_pending_ratio__value,
        case
            when enf_extension_rate__denominator != 0
                then enf_extension_rate__numerator / enf_extension_rate__denominator
        end as enf_extension_rate__value,
        case
            when enf_restored_within_limit_rate__denominator != 0
                then enf_restored_within_limit_rate__numerator / enf_restored_within_limit_rate__denominator
        end as enf_restored_within_limit_rate__value,
        case
            when enf_objection_within_15d_rate__denominator != 0
                then enf_objection_within_15d_rate__numerator / enf_objection_within_15d_rate__denominator
        end as enf_objection_within_15d_rate__value,
        case
            when enf_reconsideration_within_30d_rate__denominator != 0
                then enf_reconsideration_within_30d_rate__numerator / enf_reconsideration_within_30d_rate__denominator
        end as enf_reconsideration_within_30d_rate__value,
        case
            when enf_actual_execution_rate__denominator != 0
                then enf_actual_execution_rate__numerator / enf_actual_execution_rate__denominator
        end as enf_actual_execution_rate__value,
        case
            when enf_assets_within_limit_execution_rate__denominator != 0
                then enf_assets_within_limit_execution_rate__numerator / enf_assets_within_limit_execution_rate__denominator
        end as enf_assets_within_limit_execution_rate__value,
        case
            when enf_settlement_rate__denominator != 0
                then enf_settlement_rate__numerator / enf_settlement_rate__denominator
        end as enf_settlement_rate__value,
        case
            when enf_termination_rate__denominator != 0
                then enf_termination_rate__numerator / enf_termination_rate__denominator
        end as enf_termination_rate__value,
        case
            when enf_non_enforcement_rate__denominator != 0
                then enf_non_enforcement_rate__numerator / enf_non_enforcement_rate__denominator
        end as enf_non_enforcement_rate__value,
        case
            when enf_restored_recovery_rate__denominator != 0
                then enf_restored_recovery_rate__numerator / enf_restored_recovery_rate__denominator
        end as enf_restored_recovery_rate__value,
        enf_executed_amount__numerator as enf_executed_amount__value,
        case
            when enf_closed_per_judge__denominator != 0
                then enf_closed_per_judge__numerator / enf_closed_per_judge__denominator
        end as enf_closed_per_judge__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                enf_closed_cases__indicator_id,
                enf_closed_cases__definition_valid_from,
                enf_closed_cases__numerator,
                enf_closed_cases__denominator,
                enf_closed_cases__value,
                enf_closed_cases__applies
            ) as enf_closed_cases,
            (
                enf_full_execution_rate__indicator_id,
                enf_full_execution_rate__definition_valid_from,
                enf_full_execution_rate__numerator,
                enf_full_execution_rate__denominator,
                enf_full_execution_rate__value,
                enf_full_execution_rate__applies
            ) as enf_full_execution_rate,
            (
                enf_recovery_rate__indicator_id,
                enf_recovery_rate__definition_valid_from,
                enf_recovery_rate__numerator,
                enf_recovery_rate__denominator,
                enf_recovery_rate__value,
                enf_recovery_rate__applies
            ) as enf_recovery_rate,
            (
                enf_terminated_procedure_rate__indicator_id,
                enf_terminated_procedure_rate__definition_valid_from,
                enf_terminated_procedure_rate__numerator,
                enf_terminated_procedure_rate__denominator,
                enf_terminated_procedure_rate__value,
                enf_terminated_procedure_rate__applies
            ) as enf_terminated_procedure_rate,
            (
                enf_within_limit_rate__indicator_id,
                enf_within_limit_rate__definition_valid_from,
                enf_within_limit_rate__numerator,
                enf_within_limit_rate__denominator,
                enf_within_limit_rate__value,
                enf_within_limit_rate__applies
            ) as enf_within_limit_rate,
            (
                enf_filed_cases__indicator_id,
                enf_filed_cases__definition_valid_from,
                enf_filed_cases__numerator,
                enf_filed_cases__denominator,
                enf_filed_cases__value,
                enf_filed_cases__applies
            ) as enf_filed_cases,
            (
                enf_carried_over_cases__indicator_id,
                enf_carried_over_cases__definition_valid_from,
                enf_carried_over_cases__numerator,
                enf_carried_over_cases__denominator,
                enf_carried_over_cases__value,
                enf_carried_over_cases__applies
            ) as enf_carried_over_cases,
            (
                enf_pending_cases_end__indicator_id,
                enf_pending_cases_end__definition_valid_from,
                enf_pending_cases_end__numerator,
                enf_pending_cases_end__denominator,
                enf_pending_cases_end__value,
                enf_pending_cases_end__applies
            ) as enf_pending_cases_end,
            (
                enf_closure_rate__indicator_id,
                enf_closure_rate__definition_valid_from,
                enf_closure_rate__numerator,
                enf_closure_rate__denominator,
                enf_closure_rate__value,
                enf_closure_rate__applies
            ) as enf_closure_rate,
            (
                enf_clearance_rate__indicator_id,
                enf_clearance_rate__definition_valid_from,
                enf_clearance_rate__numerator,
                enf_clearance_rate__denominator,
                enf_clearance_rate__value,
                enf_clearance_rate__applies
            ) as enf_clearance_rate,
            (
                enf_first_closed_cases__indicator_id,
                enf_first_closed_cases__definition_valid_from,
                enf_first_closed_cases__numerator,
                enf_first_closed_cases__denominator,
                enf_first_closed_cases__value,
                enf_first_closed_cases__applies
            ) as enf_first_closed_cases,
            (
                enf_first_closure_rate__indicator_id,
                enf_first_closure_rate__definition_valid_from,
                enf_first_closure_rate__numerator,
                enf_first_closure_rate__denominator,
                enf_first_closure_rate__value,
                enf_first_closure_rate__applies
            ) as enf_first_closure_rate,
            (
                enf_first_avg_duration_days__indicator_id,
                enf_first_avg_duration_days__definition_valid_from,
                enf_first_avg_duration_days__numerator,
                enf_first_avg_duration_days__denominator,
                enf_first_avg_duration_days__value,
                enf_first_avg_duration_days__applies
            ) as enf_first_avg_duration_days,
            (
                enf_first_median_duration_days__indicator_id,
                enf_first_median_duration_days__definition_valid_from,
                enf_first_median_duration_days__numerator,
                enf_first_median_duration_days__denominator,
                enf_first_median_duration_days__value,
                enf_first_median_duration_days__applies
            ) as enf_first_median_duration_days,
            (
                enf_fully_executed_avg_duration_days__indicator_id,
                enf_fully_executed_avg_duration_days__definition_valid_from,
                enf_fully_executed_avg_duration_days__numerator,
                enf_fully_executed_avg_duration_days__denominator,
                enf_fully_executed_avg_duration_days__value,
                enf_fully_executed_avg_duration_days__applies
            ) as enf_fully_executed_avg_duration_days,
            (
                enf_terminated_procedure_avg_duration_days__indicator_id,
                enf_terminated_procedure_avg_duration_days__definition_valid_from,
                enf_terminated_procedure_avg_duration_days__numerator,
                enf_terminated_procedure_avg_duration_days__denominator,
                enf_terminated_procedure_avg_duration_days__value,
                enf_terminated_procedure_avg_duration_days__applies
            ) as enf_terminated_procedure_avg_duration_days,
            (
                enf_pending_median_age_days__indicator_id,
                enf_pending_median_age_days__definition_valid_from,
                enf_pending_median_age_days__numerator,
                enf_pending_median_age_days__denominator,
                enf_pending_median_age_days__value,
                enf_pending_median_age_days__applies
            ) as enf_pending_median_age_days,
            (
                enf_long_pending_12m__indicator_id,
                enf_long_pending_12m__definition_valid_from,
                enf_long_pending_12m__numerator,
                enf_long_pending_12m__denominator,
                enf_long_pending_12m__value,
                enf_long_pending_12m__applies
            ) as enf_long_pending_12m,
            (
                enf_long_pending_ratio__indicator_id,
                enf_long_pending_ratio__definition_valid_from,
                enf_long_pending_ratio__numerator,
                enf_long_pending_ratio__denominator,
                enf_long_pending_ratio__value,
                enf_long_pending_ratio__applies
            ) as enf_long_pending_ratio,
            (
                enf_extension_rate__indicator_id,
                enf_extension_rate__definition_valid_from,
                enf_extension_rate__numerator,
                enf_extension_rate__denominator,
                enf_extension_rate__value,
                enf_extension_rate__applies
            ) as enf_extension_rate,
            (
                enf_restored_within_limit_rate__indicator_id,
                enf_restored_within_limit_rate__definition_valid_from,
                enf_restored_within_limit_rate__numerator,
                enf_restored_within_limit_rate__denominator,
                enf_restored_within_limit_rate__value,
                enf_restored_within_limit_rate__applies
            ) as enf_restored_within_limit_rate,
            (
                enf_objection_within_15d_rate__indicator_id,
                enf_objection_within_15d_rate__definition_valid_from,
                enf_objection_within_15d_rate__numerator,
                enf_objection_within_15d_rate__denominator,
                enf_objection_within_15d_rate__value,
                enf_objection_within_15d_rate__applies
            ) as enf_objection_within_15d_rate,
            (
                enf_reconsideration_within_30d_rate__indicator_id,
                enf_reconsideration_within_30d_rate__definition_valid_from,
                enf_reconsideration_within_30d_rate__numerator,
                enf_reconsideration_within_30d_rate__denominator,
                enf_reconsideration_within_30d_rate__value,
                enf_reconsideration_within_30d_rate__applies
            ) as enf_reconsideration_within_30d_rate,
            (
                enf_actual_execution_rate__indicator_id,
                enf_actual_execution_rate__definition_valid_from,
                enf_actual_execution_rate__numerator,
                enf_actual_execution_rate__denominator,
                enf_actual_execution_rate__value,
                enf_actual_execution_rate__applies
            ) as enf_actual_execution_rate,
            (
                enf_assets_within_limit_execution_rate__indicator_id,
                enf_assets_within_limit_execution_rate__definition_valid_from,
                enf_assets_within_limit_execution_rate__numerator,
                enf_assets_within_limit_execution_rate__denominator,
                enf_assets_within_limit_execution_rate__value,
                enf_assets_within_limit_execution_rate__applies
            ) as enf_assets_within_limit_execution_rate,
            (
                enf_settlement_rate__indicator_id,
                enf_settlement_rate__definition_valid_from,
                enf_settlement_rate__numerator,
                enf_settlement_rate__denominator,
                enf_settlement_rate__value,
                enf_settlement_rate__applies
            ) as enf_settlement_rate,
            (
                enf_termination_rate__indicator_id,
                enf_termination_rate__definition_valid_from,
                enf_termination_rate__numerator,
                enf_termination_rate__denominator,
                enf_termination_rate__value,
                enf_termination_rate__applies
            ) as enf_termination_rate,
            (
                enf_non_enforcement_rate__indicator_id,
                enf_non_enforcement_rate__definition_valid_from,
                enf_non_enforcement_rate__numerator,
                enf_non_enforcement_rate__denominator,
                enf_non_enforcement_rate__value,
                enf_non_enforcement_rate__applies
            ) as enf_non_enforcement_rate,
            (
                enf_restored_recovery_rate__indicator_id,
                enf_restored_recovery_rate__definition_valid_from,
                enf_restored_recovery_rate__numerator,
                enf_restored_recovery_rate__denominator,
                enf_restored_recovery_rate__value,
                enf_restored_recovery_rate__applies
            ) as enf_restored_recovery_rate,
            (
                enf_executed_amount__indicator_id,
                enf_executed_amount__definition_valid_from,
                enf_executed_amount__numerator,
                enf_executed_amount__denominator,
                enf_executed_amount__value,
                enf_executed_amount__applies
            ) as enf_executed_amount,
            (
                enf_closed_per_judge__indicator_id,
                enf_closed_per_judge__definition_valid_from,
                enf_closed_per_judge__numerator,
                enf_closed_per_judge__denominator,
                enf_closed_per_judge__value,
                enf_closed_per_judge__applies
            ) as enf_closed_per_judge
        )
    )

),

final as (

    {{ kept_period_rows('enforcement') }}
    select
        indicator_id,
        level,
        entity_id,
        period_type,
        period,
        numerator,
        denominator,
        value,
        definition_valid_from
    from definition_rows
    where applies

)

select * from final
