-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- business_environment: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('business_environment')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('business_environment') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- enterprise_avg_duration_days (from 2016-01-01)
        'enterprise_avg_duration_days' as enterprise_avg_duration_days__indicator_id,
        '2016-01-01' as enterprise_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__involves_enterprise, 0)
            as double
        ) as enterprise_avg_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__involves_enterprise, 0)
            as double
        ) as enterprise_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as enterprise_avg_duration_days__applies,
        -- enterprise_within_limit_rate (from 2016-01-01)
        'enterprise_within_limit_rate' as enterprise_within_limit_rate__indicator_id,
        '2016-01-01' as enterprise_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__involves_enterprise__is_within_limit, 0)
            as double
        ) as enterprise_within_limit_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__has_statutory_limit__involves_enterprise, 0)
            as double
        ) as enterprise_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as enterprise_within_limit_rate__applies,
        -- bankruptcy_avg_duration_days (from 2016-01-01)
        'bankruptcy_avg_duration_days' as bankruptcy_avg_duration_days__indicator_id,
        '2016-01-01' as bankruptcy_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_elapsed_days__case_type_code_bankruptcy, 0)
            as double
        ) as bankruptcy_avg_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_known, 0)
            as double
        ) as bankruptcy_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as bankruptcy_avg_duration_days__applies,
        -- bankruptcy_recovery_rate (from 2016-01-01)
        'bankruptcy_recovery_rate' as bankruptcy_recovery_rate__indicator_id,
        '2016-01-01' as bankruptcy_recovery_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_bankruptcy_recovered_amount__case_type_code_bankruptcy, 0)
            as double
        ) as bankruptcy_recovery_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__sum_bankruptcy_total_claims__case_type_code_bankruptcy, 0)
            as double
        ) as bankruptcy_recovery_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as bankruptcy_recovery_rate__applies,
        -- biz_enterprise_filed_cases (from 2016-01-01)
        'biz_enterprise_filed_cases' as biz_enterprise_filed_cases__indicator_id,
        '2016-01-01' as biz_enterprise_filed_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__filed_in__count__involves_enterprise, 0) as double) as biz_enterprise_filed_cases__numerator,
        cast(null as double) as biz_enterprise_filed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['filing', 'civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as biz_enterprise_filed_cases__applies,
        -- biz_enterprise_long_pending_12m (from 2016-01-01)
        'biz_enterprise_long_pending_12m' as biz_enterprise_long_pending_12m__indicator_id,
        '2016-01-01' as biz_enterprise_long_pending_12m__definition_valid_from,
        cast(
            coalesce(m_trial_cases__pending_at_end__count__age_over_12_months_at_end__involves_enterprise, 0)
            as double
        ) as biz_enterprise_long_pending_12m__numerator,
        cast(null as double) as biz_enterprise_long_pending_12m__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['filing', 'civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as biz_enterprise_long_pending_12m__applies,
        -- biz_enterprise_long_pending_ratio (from 2016-01-01)
        'biz_enterprise_long_pending_ratio' as biz_enterprise_long_pending_ratio__indicator_id,
        '2016-01-01' as biz_enterprise_long_pending_ratio__definition_valid_from,
        cast(
            coalesce(m_trial_cases__pending_at_end__count__age_over_12_months_at_end__involves_enterprise, 0)
            as double
        ) as biz_enterprise_long_pending_ratio__numerator,
        cast(
            coalesce(m_trial_cases__pending_at_end__count__involves_enterprise, 0)
            as double
        ) as biz_enterprise_long_pending_ratio__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['filing', 'civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as biz_enterprise_long_pending_ratio__applies,
        -- biz_ent_civil_first_closed (from 2016-01-01)
        'biz_ent_civil_first_closed' as biz_ent_civil_first_closed__indicator_id,
        '2016-01-01' as biz_ent_civil_first_closed__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__involves_enterprise, 0)
            as double
        ) as biz_ent_civil_first_closed__numerator,
        cast(null as double) as biz_ent_civil_first_closed__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_ent_civil_first_closed__applies,
        -- biz_ent_appeal_rate (from 2016-01-01)
        'biz_ent_appeal_rate' as biz_ent_appeal_rate__indicator_id,
        '2016-01-01' as biz_ent_appeal_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruli_d82cbbd64f, 0)
            as double
        ) as biz_ent_appeal_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruli_38472b40e2, 0)
            as double
        ) as biz_ent_appeal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_ent_appeal_rate__applies,
        -- biz_ent_first_reversal_rate (from 2016-01-01)
        'biz_ent_first_reversal_rate' as biz_ent_first_reversal_rate__indicator_id,
        '2016-01-01' as biz_ent_first_reversal_rate__definition_valid_from,
        cast(
            coalesce(m_case_reviews__closed_in__count__case_type_code_civ2__involves_enterprise__is_amende_cfe0a39d28, 0)
            as double
        ) as biz_ent_first_reversal_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__involves_enterprise, 0)
            as double
        ) as biz_ent_first_reversal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_ent_first_reversal_rate__applies,
        -- biz_ent_civil_second_reversal_rate (from 2016-01-01)
        'biz_ent_civil_second_reversal_rate' as biz_ent_civil_second_reversal_rate__indicator_id,
        '2016-01-01' as biz_ent_civil_second_reversal_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__involves_enterprise__is_amended_568ebee56a, 0)
            as double
        ) as biz_ent_civil_second_reversal_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__involves_enterprise, 0)
            as double
        ) as biz_ent_civil_second_reversal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_ent_civil_second_reversal_rate__applies,
        -- biz_ent_admin_first_filed (from 2016-01-01)
        'biz_ent_admin_first_filed' as biz_ent_admin_first_filed__indicator_id,
        '2016-01-01' as biz_ent_admin_first_filed__definition_valid_from,
        cast(
            coalesce(m_trial_cases__filed_in__count__case_type_code_adm1__involves_enterprise, 0)
            as double
        ) as biz_ent_admin_first_filed__numerator,
        cast(null as double) as biz_ent_admin_first_filed__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as biz_ent_admin_first_filed__applies,
        -- biz_sales_first_avg_elapsed_days (from 2016-01-01)
        'biz_sales_first_avg_elapsed_days' as biz_sales_first_avg_elapsed_days__indicator_id,
        '2016-01-01' as biz_sales_first_avg_elapsed_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_elapsed_days__case_type_code_civ1__cause_of_action_vadf2db, 0)
            as double
        ) as biz_sales_first_avg_elapsed_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__elapse_aef226d1a2, 0)
            as double
        ) as biz_sales_first_avg_elapsed_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_sales_first_avg_elapsed_days__applies,
        -- biz_sales_second_avg_elapsed_days (from 2016-01-01)
        'biz_sales_second_avg_elapsed_days' as biz_sales_second_avg_elapsed_days__indicator_id,
        '2016-01-01' as biz_sales_second_avg_elapsed_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_elapsed_days__case_type_code_civ2__cause_of_action_vadf2db, 0)
            as double
        ) as biz_sales_second_avg_elapsed_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__cause_of_action_vadf2db__elapse_6ff96fd509, 0)
            as double
        ) as biz_sales_second_avg_elapsed_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_sales_second_avg_elapsed_days__applies,
        -- biz_sales_within_limit_rate (from 2016-01-01)
        'biz_sales_within_limit_rate' as biz_sales_within_limit_rate__indicator_id,
        '2016-01-01' as biz_sales_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__is_within_limit, 0)
            as double
        ) as biz_sales_within_limit_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__has_st_0da04ac6b0, 0)
            as double
        ) as biz_sales_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_sales_within_limit_rate__applies,
        -- biz_sales_simple_procedure_rate (from 2016-01-01)
        'biz_sales_simple_procedure_rate' as biz_sales_simple_procedure_rate__indicator_id,
        '2016-01-01' as biz_sales_simple_procedure_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__proced_fcd2e1dedd, 0)
            as double
        ) as biz_sales_simple_procedure_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db, 0)
            as double
        ) as biz_sales_simple_procedure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_sales_simple_procedure_rate__applies,
        -- biz_sales_mediation_rate (from 2016-01-01)
        'biz_sales_mediation_rate' as biz_sales_mediation_rate__indicator_id,
        '2016-01-01' as biz_sales_mediation_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__closin_aebebd85a6, 0)
            as double
        ) as biz_sales_mediation_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db, 0)
            as double
        ) as biz_sales_mediation_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_sales_mediation_rate__applies,
        -- biz_sales_small_claims_rate (from 2016-01-01)
        'biz_sales_small_claims_rate' as biz_sales_small_claims_rate__indicator_id,
        '2016-01-01' as biz_sales_small_claims_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__proced_ec58ebab1a, 0)
            as double
        ) as biz_sales_small_claims_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db, 0)
            as double
        ) as biz_sales_small_claims_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_sales_small_claims_rate__applies,
        -- biz_sales_acceptance_rate (from 2016-01-01)
        'biz_sales_acceptance_rate' as biz_sales_acceptance_rate__indicator_id,
        '2016-01-01' as biz_sales_acceptance_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__is_reviewed, 0)
            as double
        ) as biz_sales_acceptance_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db, 0)
            as double
        ) as biz_sales_acceptance_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_sales_acceptance_rate__applies,
        -- biz_dispute_total_days (from 2016-01-01)
        'biz_dispute_total_days' as biz_dispute_total_days__indicator_id,
        '2016-01-01' as biz_dispute_total_days__definition_valid_from,
        cast(
            coalesce(m_commercial_disputes__resolved_in__sum_total_days__involves_enterprise, 0)
            as double
        ) as biz_dispute_total_days__numerator,
        cast(
            coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_known, 0)
            as double
        ) as biz_dispute_total_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_dispute_total_days__applies,
        -- biz_dispute_first_instance_days (from 2016-01-01)
        'biz_dispute_first_instance_days' as biz_dispute_first_instance_days__indicator_id,
        '2016-01-01' as biz_dispute_first_instance_days__definition_valid_from,
        cast(
            coalesce(m_commercial_disputes__resolved_in__sum_first_instance_days__involves_enterprise, 0)
            as double
        ) as biz_dispute_first_instance_days__numerator,
        cast(
            coalesce(m_commercial_disputes__resolved_in__count__first_instance_days_known__involves_enterprise, 0)
            as double
        ) as biz_dispute_first_instance_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_dispute_first_instance_days__applies,
        -- biz_dispute_resolved_within_1y_share (from 2016-01-01)
        'biz_dispute_resolved_within_1y_share' as biz_dispute_resolved_within_1y_share__indicator_id,
        '2016-01-01' as biz_dispute_resolved_within_1y_share__definition_valid_from,
        cast(
            coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_le_365, 0)
            as double
        ) as biz_dispute_resolved_within_1y_share__numerator,
        cast(
            coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise, 0)
            as double
        ) as biz_dispute_resolved_within_1y_share__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_dispute_resolved_within_1y_share__applies,
        -- biz_dispute_appeal_days (from 2016-01-01)
        'biz_dispute_appeal_days' as biz_dispute_appeal_days__indicator_id,
        '2016-01-01' as biz_dispute_appeal_days__definition_valid_from,
        cast(
            coalesce(m_commercial_disputes__resolved_in__sum_appeal_days__involves_enterprise__is_appealed, 0)
            as double
        ) as biz_dispute_appeal_days__numerator,
        cast(
            coalesce(m_commercial_disputes__resolved_in__count__appeal_days_known__involves_enterprise__is_appealed, 0)
            as double
        ) as biz_dispute_appeal_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_dispute_appeal_days__applies,
        -- biz_dispute_enforcement_days (from 2016-01-01)
        'biz_dispute_enforcement_days' as biz_dispute_enforcement_days__indicator_id,
        '2016-01-01' as biz_dispute_enforcement_days__definition_valid_from,
        cast(
            coalesce(m_commercial_disputes__resolved_in__sum_enforcement_days__involves_enterprise, 0)
            as double
        ) as biz_dispute_enforcement_days__numerator,
        cast(
            coalesce(m_commercial_disputes__resolved_in__count__enforcement_days_known__involves_enterprise, 0)
            as double
        ) as biz_dispute_enforcement_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_dispute_enforcement_days__applies,
        -- biz_voluntary_performance_rate (from 2016-01-01)
        'biz_voluntary_performance_rate' as biz_voluntary_performance_rate__indicator_id,
        '2016-01-01' as biz_voluntary_performance_rate__definition_valid_from,
        cast(
            coalesce(m_commercial_disputes__effective_in__count__has_enforcement__is_effective, 0)
            as double
        ) as biz_voluntary_performance_rate__numerator,
        cast(
            coalesce(m_commercial_disputes__effective_in__count__is_effective, 0)
            as double
        ) as biz_voluntary_performance_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_voluntary_performance_rate__applies,
        -- biz_enforcement_application_rate (from 2016-01-01)
        'biz_enforcement_application_rate' as biz_enforcement_application_rate__indicator_id,
        '2016-01-01' as biz_enforcement_application_rate__definition_valid_from,
        cast(
            coalesce(m_commercial_disputes__effective_in__count__has_enforcement__is_effective, 0)
            as double
        ) as biz_enforcement_application_rate__numerator,
        cast(
            coalesce(m_commercial_disputes__effective_in__count__is_effective, 0)
            as double
        ) as biz_enforcement_application_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_enforcement_application_rate__applies,
        -- biz_insolvency_case_recovery_rate (from 2016-01-01)
        'biz_insolvency_case_recovery_rate' as biz_insolvency_case_recovery_rate__indicator_id,
        '2016-01-01' as biz_insolvency_case_recovery_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_bankruptcy_recovery_ratio__case_type_code_bankruptcy, 0)
            as double
        ) as biz_insolvency_case_recovery_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__bankruptcy_recovery_ratio_known__case_type_code_bankruptcy, 0)
            as double
        ) as biz_insolvency_case_recovery_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_insolvency_case_recovery_rate__applies,
        -- biz_insolvency_reorganization_outcome_share (from 2016-01-01)
        'biz_insolvency_reorganization_outcome_share' as biz_insolvency_reorganization_outcome_share__indicator_id,
        '2016-01-01' as biz_insolvency_reorganization_outcome_share__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy, 0)
            as double
        ) as biz_insolvency_reorganization_outcome_share__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy, 0)
            as double
        ) as biz_insolvency_reorganization_outcome_share__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_insolvency_reorganization_outcome_share__applies,
        -- biz_dispute_enforcement_recovery_rate (from 2016-01-01)
        'biz_dispute_enforcement_recovery_rate' as biz_dispute_enforcement_recovery_rate__indicator_id,
        '2016-01-01' as biz_dispute_enforcement_recovery_rate__definition_valid_from,
        cast(
            coalesce(m_commercial_disputes__resolved_in__sum_enforcement_executed_amount__involves_enterprise, 0)
            as double
        ) as biz_dispute_enforcement_recovery_rate__numerator,
        cast(
            coalesce(m_commercial_disputes__resolved_in__sum_enforcement_applied_amount__involves_enterprise, 0)
            as double
        ) as biz_dispute_enforcement_recovery_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_dispute_enforcement_recovery_rate__applies,
        -- biz_dispute_terminated_procedure_rate (from 2016-01-01)
        'biz_dispute_terminated_procedure_rate' as biz_dispute_terminated_procedure_rate__indicator_id,
        '2016-01-01' as biz_dispute_terminated_procedure_rate__definition_valid_from,
        cast(
            coalesce(m_commercial_disputes__resolved_in__count__enforcement_closing_method_terminated_proc_54f29cdd4d, 0)
            as double
        ) as biz_dispute_terminated_procedure_rate__numerator,
        cast(
            coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise, 0)
            as double
        ) as biz_dispute_terminated_procedure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_dispute_terminated_procedure_rate__applies,
        -- biz_dispute_enforcement_within_limit_rate (from 2016-01-01)
        'biz_dispute_enforcement_within_limit_rate' as biz_dispute_enforcement_within_limit_rate__indicator_id,
        '2016-01-01' as biz_dispute_enforcement_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise__is_enforcement_within_limit, 0)
            as double
        ) as biz_dispute_enforcement_within_limit_rate__numerator,
        cast(
            coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise, 0)
            as double
        ) as biz_dispute_enforcement_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_dispute_enforcement_within_limit_rate__applies,
        -- biz_court_fee_claim_ratio (from 2016-01-01)
        'biz_court_fee_claim_ratio' as biz_court_fee_claim_ratio__indicator_id,
        '2016-01-01' as biz_court_fee_claim_ratio__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_statutory_court_fee_ratio__case_type_code_civ1__claim_a_4e095ba17e, 0)
            as double
        ) as biz_court_fee_claim_ratio__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__claim_amount_gt_0__involves_ent_58431b90c4, 0)
            as double
        ) as biz_court_fee_claim_ratio__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_court_fee_claim_ratio__applies,
        -- biz_dispute_enforcement_fee_ratio (from 2016-01-01)
        'biz_dispute_enforcement_fee_ratio' as biz_dispute_enforcement_fee_ratio__indicator_id,
        '2016-01-01' as biz_dispute_enforcement_fee_ratio__definition_valid_from,
        cast(
            coalesce(m_commercial_disputes__resolved_in__sum_enforcement_fee_ratio__involves_enterprise, 0)
            as double
        ) as biz_dispute_enforcement_fee_ratio__numerator,
        cast(
            coalesce(m_commercial_disputes__resolved_in__count__enforcement_fee_ratio_known__involves_enterprise, 0)
            as double
        ) as biz_dispute_enforcement_fee_ratio__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_dispute_enforcement_fee_ratio__applies,
        -- biz_dispute_preservation_rate (from 2016-01-01)
        'biz_dispute_preservation_rate' as biz_dispute_preservation_rate__indicator_id,
        '2016-01-01' as biz_dispute_preservation_rate__definition_valid_from,
        cast(
            coalesce(m_commercial_disputes__effective_in__count__has_preservation__involves_enterprise__is_effective, 0)
            as double
        ) as biz_dispute_preservation_rate__numerator,
        cast(
            coalesce(m_commercial_disputes__effective_in__count__involves_enterprise__is_effective, 0)
            as double
        ) as biz_dispute_preservation_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_dispute_preservation_rate__applies,
        -- biz_preservation_avg_days (from 2016-01-01)
        'biz_preservation_avg_days' as biz_preservation_avg_days__indicator_id,
        '2016-01-01' as biz_preservation_avg_days__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__sum_duration_days__case_type_code_vcef0b2, 0)
            as double
        ) as biz_preservation_avg_days__numerator,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__case_type_code_vcef0b2__duration_days_known, 0)
            as double
        ) as biz_preservation_avg_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement', 'civil', 'commercial'],
        ) }} as biz_preservation_avg_days__applies,
        -- biz_preservation_within_5d_rate (from 2016-01-01)
        'biz_preservation_within_5d_rate' as biz_preservation_within_5d_rate__indicator_id,
        '2016-01-01' as biz_preservation_within_5d_rate__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__case_type_code_vcef0b2__duration_days_le_5, 0)
            as double
        ) as biz_preservation_within_5d_rate__numerator,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__case_type_code_vcef0b2, 0)
            as double
        ) as biz_preservation_within_5d_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement', 'civil', 'commercial'],
        ) }} as biz_preservation_within_5d_rate__applies,
        -- biz_insolvency_closed_within_6m_rate (from 2016-01-01)
        'biz_insolvency_closed_within_6m_rate' as biz_insolvency_closed_within_6m_rate__indicator_id,
        '2016-01-01' as biz_insolvency_closed_within_6m_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_le_183, 0)
            as double
        ) as biz_insolvency_closed_within_6m_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy, 0)
            as double
        ) as biz_insolvency_closed_within_6m_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_insolvency_closed_within_6m_rate__applies,
        -- biz_dispute_appeal_transfer_days (from 2016-01-01)
        'biz_dispute_appeal_transfer_days' as biz_dispute_appeal_transfer_days__indicator_id,
        '2016-01-01' as biz_dispute_appeal_transfer_days__definition_valid_from,
        cast(
            coalesce(m_commercial_disputes__appealed_in__sum_appeal_transfer_days__involves_enterprise__is_appealed, 0)
            as double
        ) as biz_dispute_appeal_transfer_days__numerator,
        cast(
            coalesce(m_commercial_disputes__appealed_in__count__appeal_transfer_days_known__involves_enter_0013520332, 0)
            as double
        ) as biz_dispute_appeal_transfer_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as biz_dispute_appeal_transfer_days__applies
    from measures

),

definition_values as (

    select
        *,
        case
            when enterprise_avg_duration_days__denominator != 0
                then enterprise_avg_duration_days__numerator / enterprise_avg_duration_days__denominator
        end as enterprise_avg_duration_days__value,
        case
            when enterprise_within_limit_rate__denominator != 0
                then enterprise_within_limit_rate__numerator / enterprise_within_limit_rate__denominator
        end as enterprise_within_limit_rate__value,
        case
            when bankruptcy_avg_duration_days__denominator != 0
                then bankruptcy_avg_duration_days__numerator / bankruptcy_avg_duration_days__denominator
        end as bankruptcy_avg_duration_days__value,
        case
            when bankruptcy_recovery_rate__denominator != 0
                then bankruptcy_recovery_rate__numerator / bankruptcy_recovery_rate__denominator
        end as bankruptcy_recovery_rate__value,
        biz_enterprise_filed_cases__numerator as biz_enterprise_filed_cases__value,
        biz_enterprise_long_pending_12m__numerator as biz_enterprise_long_pending_12m__value,
        case
            when biz_enterprise_long_pending_ratio__denominator != 0
                then biz_enterprise_long_pending_ratio__numerator / biz_enterprise_long_pending_ratio__denominator
        end as biz_enterprise_long_pending_ratio__value,
        biz_ent_civil_first_closed__numerator as biz_ent_civil_first_closed__value,
        case
            when biz_ent_appeal_rate__denominator != 0
                then biz_ent_appeal_rate__numerator / biz_ent_appeal_rate__denominator
        end as biz_ent_appeal_rate__value,
        case
            when biz_ent_first_reversal_rate__denominator != 0
                then biz_ent_first_reversal_rate__numerator / biz_ent_first_reversal_rate__denominator
        end as biz_ent_first_reversal_rate__value,
        case
            when biz_ent_civil_second_reversal_rate__denominator != 0
                then biz_ent_civil_second_reversal_rate__numerator / biz_ent_civil_second_reversal_rate__denominator
        end as biz_ent_civil_second_reversal_rate__value,
        biz_ent_admin_first_filed__numerator as biz_ent_admin_first_filed__value,
        case
            when biz_sales_first_avg_elapsed_days__denominator != 0
                then biz_sales_first_avg_elapsed_days__numerator / biz_sales_first_avg_elapsed_days__denominator
        end as biz_sales_first_avg_elapsed_days__value,
        case
            when biz_sales_second_avg_elapsed_days__denominator != 0
                then biz_sales_second_avg_elapsed_days__numerator / biz_sales_second_avg_elapsed_days__denominator
        end as biz_sales_second_avg_elapsed_days__value,
        case
            when biz_sales_within_limit_rate__denominator != 0
                then biz_sales_within_limit_rate__numerator / biz_sales_within_limit_rate__denominator
        end as biz_sales_within_limit_rate__value,
        case
            when biz_sales_simple_procedure_rate__denominator != 0
                then biz_sales_simple_procedure_rate__numerator / biz_sales_simple_procedure_rate__denominator
        end as biz_sales_simple_procedure_rate__value,
        case
            when biz_sales_mediation_rate__denominator != 0
                then biz_sales_mediation_rate__numerator / biz_sales_mediation_rate__denominator
        end as biz_sales_mediation_rate__value,
        case
            when biz_sales_small_claims_rate__denominator != 0
                then biz_sales_small_claims_rate__numerator / biz_sales_small_claims_rate__denominator
        end as biz_sales_small_claims_rate__value,
        case
            when biz_sales_acceptance_rate__denominator != 0
                then 1 - biz_sales_acceptance_rate__numerator / biz_sales_acceptance_rate__denominator
        end as biz_sales_acceptance_rate__value,
        case
            when biz_dispute_total_days__denominator != 0
                then biz_dispute_total_days__numerator / biz_dispute_total_days__denominator
        end as biz_dispute_total_days__value,
        case
            when biz_dispute_first_instance_days__denominator != 0
                then biz_dispute_first_instance_days__numerator / biz_dispute_first_instance_days__denominator
        end as biz_dispute_first_instance_days__value,
        case
            when biz_dispute_resolved_within_1y_share__denominator != 0
                then biz_dispute_resolved_within_1y_share__numerator / biz_dispute_resolved_within_1y_share__denominator
        end as biz_dispute_resolved_within_1y_share__value,
        case
            when biz_dispute_appeal_days__denominator != 0
                then biz_dispute_appeal_days__numerator / biz_dispute_appeal_days__denominator
        end as biz_dispute_appeal_days__value,
        case
            when biz_dispute_enforcement_days__denominator != 0
                then biz_dispute_enforcement_days__numerator / biz_dispute_enforcement_days__denominator
        end as biz_dispute_enforcement_days__value,
        case
            when biz_voluntary_performance_rate__denominator != 0
                then 1 - biz_voluntary_performance_rate__numerator / biz_voluntary_performance_rate__denominator
        end as biz_voluntary_performance_rate__value,
        case
            when biz_enforcement_application_rate__denominator != 0
                then biz_enforcement_application_rate__numerator / biz_enforcement_application_rate__denominator
        end as biz_enforcement_application_rate__value,
        case
            when biz_insolvency_case_recovery_rate__denominator != 0
                then biz_insolvency_case_recovery_rate__numerator / biz_insolvency_case_recovery_rate__denominator
        end as biz_insolvency_case_recovery_rate__value,
        case
            when biz_insolvency_reorganization_outcome_share__denominator != 0
                then biz_insolvency_reorganization_outcome_share__numerator / biz_insolvency_reorganization_outcome_share__denominator
        end as biz_insolvency_reorganization_outcome_share__value,
        case
            when biz_dispute_enforcement_recovery_rate__denominator != 0
                then biz_dispute_enforcement_recovery_rate__numerator / biz_dispute_enforcement_recovery_rate__denominator
        end as biz_dispute_enforcement_recovery_rate__value,
        case
            when biz_dispute_terminated_procedure_rate__denominator != 0
                then biz_dispute_terminated_procedure_rate__numerator / biz_dispute_terminated_procedure_rate__denominator
        end as biz_dispute_terminated_procedure_rate__value,
        case
            when biz_dispute_enforcement_within_limit_rate__denominator != 0
                then biz_dispute_enforcement_within_limit_rate__numerator / biz_dispute_enforcement_within_limit_rate__denominator
        end as biz_dispute_enforcement_within_limit_rate__value,
        case
            when biz_court_fee_claim_ratio__denominator != 0
                then biz_court_fee_claim_ratio__numerator / biz_court_fee_claim_ratio__denominator
        end as biz_court_fee_claim_ratio__value,
        case
            when biz_dispute_enforcement_fee_ratio__denominator != 0
                then biz_dispute_enforcement_fee_ratio__numerator / biz_dispute_enforcement_fee_ratio__denominator
        end as biz_dispute_enforcement_fee_ratio__value,
        case
            when biz_dispute_preservation_rate__denominator != 0
                then biz_dispute_preservation_rate__numerator / biz_dispute_preservation_rate__denominator
        end as biz_dispute_preservation_rate__value,
        case
            when biz_preservation_avg_days__denominator != 0
                then biz_preservation_avg_days__numerator / biz_preservation_avg_days__denominator
        end as biz_preservation_avg_days__value,
        case
            when biz_preservation_within_5d_rate__denominator != 0
                then biz_preservation_within_5d_rate__numerator / biz_preservation_within_5d_rate__denominator
        end as biz_preservation_within_5d_rate__value,
        case
            when biz_insolvency_closed_within_6m_rate__denominator != 0
                then biz_insolvency_closed_within_6m_rate__numerator / biz_insolvency_closed_within_6m_rate__denominator
        end as biz_insolvency_closed_within_6m_rate__value,
        case
            when biz_dispute_appeal_transfer_days__denominator != 0
                then biz_dispute_appeal_transfer_days__numerator / biz_dispute_appeal_transfer_days__denominator
        end as biz_dispute_appeal_transfer_days__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                enterprise_avg_duration_days__indicator_id,
                enterprise_avg_duration_days__definition_valid_from,
                enterprise_avg_duration_days__numerator,
                enterprise_avg_duration_days__denominator,
                enterprise_avg_duration_days__value,
                enterprise_avg_duration_days__applies
            ) as enterprise_avg_duration_days,
            (
                enterprise_within_limit_rate__indicator_id,
                enterprise_within_limit_rate__definition_valid_from,
                enterprise_within_limit_rate__numerator,
                enterprise_within_limit_rate__denominator,
                enterprise_within_limit_rate__value,
                enterprise_within_limit_rate__applies
            ) as enterprise_within_limit_rate,
            (
                bankruptcy_avg_duration_days__indicator_id,
                bankruptcy_avg_duration_days__definition_valid_from,
                bankruptcy_avg_duration_days__numerator,
                bankruptcy_avg_duration_days__denominator,
                bankruptcy_avg_duration_days__value,
                bankruptcy_avg_duration_days__applies
            ) as bankruptcy_avg_duration_days,
            (
                bankruptcy_recovery_rate__indicator_id,
                bankruptcy_recovery_rate__definition_valid_from,
                bankruptcy_recovery_rate__numerator,
                bankruptcy_recovery_rate__denominator,
                bankruptcy_recovery_rate__value,
                bankruptcy_recovery_rate__applies
            ) as bankruptcy_recovery_rate,
            (
                biz_enterprise_filed_cases__indicator_id,
                biz_enterprise_filed_cases__definition_valid_from,
                biz_enterprise_filed_cases__numerator,
                biz_enterprise_filed_cases__denominator,
                biz_enterprise_filed_cases__value,
                biz_enterprise_filed_cases__applies
            ) as biz_enterprise_filed_cases,
            (
                biz_enterprise_long_pending_12m__indicator_id,
                biz_enterprise_long_pending_12m__definition_valid_from,
                biz_enterprise_long_pending_12m__numerator,
                biz_enterprise_long_pending_12m__denominator,
                biz_enterprise_long_pending_12m__value,
                biz_enterprise_long_pending_12m__applies
            ) as biz_enterprise_long_pending_12m,
            (
                biz_enterprise_long_pending_ratio__indicator_id,
                biz_enterprise_long_pending_ratio__definition_valid_from,
                biz_enterprise_long_pending_ratio__numerator,
                biz_enterprise_long_pending_ratio__denominator,
                biz_enterprise_long_pending_ratio__value,
                biz_enterprise_long_pending_ratio__applies
            ) as biz_enterprise_long_pending_ratio,
            (
                biz_ent_civil_first_closed__indicator_id,
                biz_ent_civil_first_closed__definition_valid_from,
                biz_ent_civil_first_closed__numerator,
                biz_ent_civil_first_closed__denominator,
                biz_ent_civil_first_closed__value,
                biz_ent_civil_first_closed__applies
            ) as biz_ent_civil_first_closed,
            (
                biz_ent_appeal_rate__indicator_id,
                biz_ent_appeal_rate__definition_valid_from,
                biz_ent_appeal_rate__numerator,
                biz_ent_appeal_rate__denominator,
                biz_ent_appeal_rate__value,
                biz_ent_appeal_rate__applies
            ) as biz_ent_appeal_rate,
            (
                biz_ent_first_reversal_rate__indicator_id,
                biz_ent_first_reversal_rate__definition_valid_from,
                biz_ent_first_reversal_rate__numerator,
                biz_ent_first_reversal_rate__denominator,
                biz_ent_first_reversal_rate__value,
                biz_ent_first_reversal_rate__applies
            ) as biz_ent_first_reversal_rate,
            (
                biz_ent_civil_second_reversal_rate__indicator_id,
                biz_ent_civil_second_reversal_rate__definition_valid_from,
                biz_ent_civil_second_reversal_rate__numerator,
                biz_ent_civil_second_reversal_rate__denominator,
                biz_ent_civil_second_reversal_rate__value,
                biz_ent_civil_second_reversal_rate__applies
            ) as biz_ent_civil_second_reversal_rate,
            (
                biz_ent_admin_first_filed__indicator_id,
                biz_ent_admin_first_filed__definition_valid_from,
                biz_ent_admin_first_filed__numerator,
                biz_ent_admin_first_filed__denominator,
                biz_ent_admin_first_filed__value,
                biz_ent_admin_first_filed__applies
            ) as biz_ent_admin_first_filed,
            (
                biz_sales_first_avg_elapsed_days__indicator_id,
                biz_sales_first_avg_elapsed_days__definition_valid_from,
                biz_sales_first_avg_elapsed_days__numerator,
                biz_sales_first_avg_elapsed_days__denominator,
                biz_sales_first_avg_elapsed_days__value,
                biz_sales_first_avg_elapsed_days__applies
            ) as biz_sales_first_avg_elapsed_days,
            (
                biz_sales_second_avg_elapsed_days__indicator_id,
                biz_sales_second_avg_elapsed_days__definition_valid_from,
                biz_sales_second_avg_elapsed_days__numerator,
                biz_sales_second_avg_elapsed_days__denominator,
                biz_sales_second_avg_elapsed_days__value,
                biz_sales_second_avg_elapsed_days__applies
            ) as biz_sales_second_avg_elapsed_days,
            (
                biz_sales_within_limit_rate__indicator_id,
                biz_sales_within_limit_rate__definition_valid_from,
                biz_sales_within_limit_rate__numerator,
                biz_sales_within_limit_rate__denominator,
                biz_sales_within_limit_rate__value,
                biz_sales_within_limit_rate__applies
            ) as biz_sales_within_limit_rate,
            (
                biz_sales_simple_procedure_rate__indicator_id,
                biz_sales_simple_procedure_rate__definition_valid_from,
                biz_sales_simple_procedure_rate__numerator,
                biz_sales_simple_procedure_rate__denominator,
                biz_sales_simple_procedure_rate__value,
                biz_sales_simple_procedure_rate__applies
            ) as biz_sales_simple_procedure_rate,
            (
                biz_sales_mediation_rate__indicator_id,
                biz_sales_mediation_rate__definition_valid_from,
                biz_sales_mediation_rate__numerator,
                biz_sales_mediation_rate__denominator,
                biz_sales_mediation_rate__value,
                biz_sales_mediation_rate__applies
            ) as biz_sales_mediation_rate,
            (
                biz_sales_small_claims_rate__indicator_id,
                biz_sales_small_claims_rate__definition_valid_from,
                biz_sales_small_claims_rate__numerator,
                biz_sales_small_claims_rate__denominator,
                biz_sales_small_claims_rate__value,
                biz_sales_small_claims_rate__applies
            ) as biz_sales_small_claims_rate,
            (
                biz_sales_acceptance_rate__indicator_id,
                biz_sales_acceptance_rate__definition_valid_from,
                biz_sales_acceptance_rate__numerator,
                biz_sales_acceptance_rate__denominator,
                biz_sales_acceptance_rate__value,
                biz_sales_acceptance_rate__applies
            ) as biz_sales_acceptance_rate,
            (
                biz_dispute_total_days__indicator_id,
                biz_dispute_total_days__definition_valid_from,
                biz_dispute_total_days__numerator,
                biz_dispute_total_days__denominator,
                biz_dispute_total_days__value,
                biz_dispute_total_days__applies
            ) as biz_dispute_total_days,
            (
                biz_dispute_first_instance_days__indicator_id,
                biz_dispute_first_instance_days__definition_valid_from,
                biz_dispute_first_instance_days__numerator,
                biz_dispute_first_instance_days__denominator,
                biz_dispute_first_instance_days__value,
                biz_dispute_first_instance_days__applies
            ) as biz_dispute_first_instance_days,
            (
                biz_dispute_resolved_within_1y_share__indicator_id,
                biz_dispute_resolved_within_1y_share__definition_valid_from,
                biz_dispute_resolved_within_1y_share__numerator,
                biz_dispute_resolved_within_1y_share__denominator,
                biz_dispute_resolved_within_1y_share__value,
                biz_dispute_resolved_within_1y_share__applies
            ) as biz_dispute_resolved_within_1y_share,
            (
                biz_dispute_appeal_days__indicator_id,
                biz_dispute_appeal_days__definition_valid_from,
                biz_dispute_appeal_days__numerator,
                biz_dispute_appeal_days__denominator,
                biz_dispute_appeal_days__value,
                biz_dispute_appeal_days__applies
            ) as biz_dispute_appeal_days,
            (
                biz_dispute_enforcement_days__indicator_id,
                biz_dispute_enforcement_days__definition_valid_from,
                biz_dispute_enforcement_days__numerator,
                biz_dispute_enforcement_days__denominator,
                biz_dispute_enforcement_days__value,
                biz_dispute_enforcement_days__applies
            ) as biz_dispute_enforcement_days,
            (
                biz_voluntary_performance_rate__indicator_id,
                biz_voluntary_performance_rate__definition_valid_from,
                biz_voluntary_performance_rate__numerator,
                biz_voluntary_performance_rate__denominator,
                biz_voluntary_performance_rate__value,
                biz_voluntary_performance_rate__applies
            ) as biz_voluntary_performance_rate,
            (
                biz_enforcement_application_rate__indicator_id,
                biz_enforcement_application_rate__definition_valid_from,
                biz_enforcement_application_rate__numerator,
                biz_enforcement_application_rate__denominator,
                biz_enforcement_application_rate__value,
                biz_enforcement_application_rate__applies
            ) as biz_enforcement_application_rate,
            (
                biz_insolvency_case_recovery_rate__indicator_id,
                biz_insolvency_case_recovery_rate__definition_valid_from,
                biz_insolvency_case_recovery_rate__numerator,
                biz_insolvency_case_recovery_rate__denominator,
                biz_insolvency_case_recovery_rate__value,
                biz_insolvency_case_recovery_rate__applies
            ) as biz_insolvency_case_recovery_rate,
            (
                biz_insolvency_reorganization_outcome_share__indicator_id,
                biz_insolvency_reorganization_outcome_share__definition_valid_from,
                biz_insolvency_reorganization_outcome_share__numerator,
                biz_insolvency_reorganization_outcome_share__denominator,
                biz_insolvency_reorganization_outcome_share__value,
                biz_insolvency_reorganization_outcome_share__applies
            ) as biz_insolvency_reorganization_outcome_share,
            (
                biz_dispute_enforcement_recovery_rate__indicator_id,
                biz_dispute_enforcement_recovery_rate__definition_valid_from,
                biz_dispute_enforcement_recovery_rate__numerator,
                biz_dispute_enforcement_recovery_rate__denominator,
                biz_dispute_enforcement_recovery_rate__value,
                biz_dispute_enforcement_recovery_rate__applies
            ) as biz_dispute_enforcement_recovery_rate,
            (
                biz_dispute_terminated_procedure_rate__indicator_id,
                biz_dispute_terminated_procedure_rate__definition_valid_from,
                biz_dispute_terminated_procedure_rate__numerator,
                biz_dispute_terminated_procedure_rate__denominator,
                biz_dispute_terminated_procedure_rate__value,
                biz_dispute_terminated_procedure_rate__applies
            ) as biz_dispute_terminated_procedure_rate,
            (
                biz_dispute_enforcement_within_limit_rate__indicator_id,
                biz_dispute_enforcement_within_limit_rate__definition_valid_from,
                biz_dispute_enforcement_within_limit_rate__numerator,
                biz_dispute_enforcement_within_limit_rate__denominator,
                biz_dispute_enforcement_within_limit_rate__value,
                biz_dispute_enforcement_within_limit_rate__applies
            ) as biz_dispute_enforcement_within_limit_rate,
            (
                biz_court_fee_claim_ratio__indicator_id,
                biz_court_fee_claim_ratio__definition_valid_from,
                biz_court_fee_claim_ratio__numerator,
                biz_court_fee_claim_ratio__denominator,
                biz_court_fee_claim_ratio__value,
                biz_court_fee_claim_ratio__applies
            ) as biz_court_fee_claim_ratio,
            (
                biz_dispute_enforcement_fee_ratio__indicator_id,
                biz_dispute_enforcement_fee_ratio__definition_valid_from,
                biz_dispute_enforcement_fee_ratio__numerator,
                biz_dispute_enforcement_fee_ratio__denominator,
                biz_dispute_enforcement_fee_ratio__value,
                biz_dispute_enforcement_fee_ratio__applies
            ) as biz_dispute_enforcement_fee_ratio,
            (
                biz_dispute_preservation_rate__indicator_id,
                biz_dispute_preservation_rate__definition_valid_from,
                biz_dispute_preservation_rate__numerator,
                biz_dispute_preservation_rate__denominator,
                biz_dispute_preservation_rate__value,
                biz_dispute_preservation_rate__applies
            ) as biz_dispute_preservation_rate,
            (
                biz_preservation_avg_days__indicator_id,
                biz_preservation_avg_days__definition_valid_from,
                biz_preservation_avg_days__numerator,
                biz_preservation_avg_days__denominator,
                biz_preservation_avg_days__value,
                biz_preservation_avg_days__applies
            ) as biz_preservation_avg_days,
            (
                biz_preservation_within_5d_rate__indicator_id,
                biz_preservation_within_5d_rate__definition_valid_from,
                biz_preservation_within_5d_rate__numerator,
                biz_preservation_within_5d_rate__denominator,
                biz_preservation_within_5d_rate__value,
                biz_preservation_within_5d_rate__applies
            ) as biz_preservation_within_5d_rate,
            (
                biz_insolvency_closed_within_6m_rate__indicator_id,
                biz_insolvency_closed_within_6m_rate__definition_valid_from,
                biz_insolvency_closed_within_6m_rate__numerator,
                biz_insolvency_closed_within_6m_rate__denominator,
                biz_insolvency_closed_within_6m_rate__value,
                biz_insolvency_closed_within_6m_rate__applies
            ) as biz_insolvency_closed_within_6m_rate,
            (
                biz_dispute_appeal_transfer_days__indicator_id,
                biz_dispute_appeal_transfer_days__definition_valid_from,
                biz_dispute_appeal_transfer_days__numerator,
                biz_dispute_appeal_transfer_days__denominator,
                biz_dispute_appeal_transfer_days__value,
                biz_dispute_appeal_transfer_days__applies
            ) as biz_dispute_appeal_transfer_days
        )
    )

),

final as (

    {{ kept_period_rows('business_environment') }}
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
