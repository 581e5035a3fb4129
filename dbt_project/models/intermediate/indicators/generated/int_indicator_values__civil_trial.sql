-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- civil_trial: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('civil_trial')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('civil_trial') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- civil_first_closed_cases (from 2016-01-01)
        'civil_first_closed_cases' as civil_first_closed_cases__indicator_id,
        '2016-01-01' as civil_first_closed_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as civil_first_closed_cases__numerator,
        cast(null as double) as civil_first_closed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_first_closed_cases__applies,
        -- civil_first_pending_cases (from 2016-01-01)
        'civil_first_pending_cases' as civil_first_pending_cases__indicator_id,
        '2016-01-01' as civil_first_pending_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__pending_at_end__count__case_type_code_civ1, 0) as double) as civil_first_pending_cases__numerator,
        cast(null as double) as civil_first_pending_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_first_pending_cases__applies,
        -- civil_first_closure_rate (from 2016-01-01)
        'civil_first_closure_rate' as civil_first_closure_rate__indicator_id,
        '2016-01-01' as civil_first_closure_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as civil_first_closure_rate__numerator,
        cast(
            coalesce(m_trial_cases__carried_over__count__case_type_code_civ1, 0)
            + coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0)
            as double
        ) as civil_first_closure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_first_closure_rate__applies,
        -- civil_first_clearance_rate (from 2016-01-01)
        'civil_first_clearance_rate' as civil_first_clearance_rate__indicator_id,
        '2016-01-01' as civil_first_clearance_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as civil_first_clearance_rate__numerator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0) as double) as civil_first_clearance_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_first_clearance_rate__applies,
        -- civil_first_within_limit_rate (from 2016-01-01)
        'civil_first_within_limit_rate' as civil_first_within_limit_rate__indicator_id,
        '2016-01-01' as civil_first_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__is_within_limit, 0)
            as double
        ) as civil_first_within_limit_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__has_statutory_limit, 0)
            as double
        ) as civil_first_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_first_within_limit_rate__applies,
        -- civil_first_avg_duration_days (from 2016-01-01)
        'civil_first_avg_duration_days' as civil_first_avg_duration_days__indicator_id,
        '2016-01-01' as civil_first_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1, 0)
            as double
        ) as civil_first_avg_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known, 0)
            as double
        ) as civil_first_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_first_avg_duration_days__applies,
        -- civil_first_median_duration_days (from 2016-01-01)
        'civil_first_median_duration_days' as civil_first_median_duration_days__indicator_id,
        '2016-01-01' as civil_first_median_duration_days__definition_valid_from,
        cast(m_trial_cases__closed_in__median_duration_days__case_type_code_civ1 as double) as civil_first_median_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known, 0)
            as double
        ) as civil_first_median_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_first_median_duration_days__applies,
        -- civil_first_mediation_rate (from 2016-01-01)
        'civil_first_mediation_rate' as civil_first_mediation_rate__indicator_id,
        '2016-01-01' as civil_first_mediation_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_mediation, 0)
            as double
        ) as civil_first_mediation_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as civil_first_mediation_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_first_mediation_rate__applies,
        -- civil_first_withdrawal_rate (from 2016-01-01)
        'civil_first_withdrawal_rate' as civil_first_withdrawal_rate__indicator_id,
        '2016-01-01' as civil_first_withdrawal_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_withdrawal, 0)
            as double
        ) as civil_first_withdrawal_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as civil_first_withdrawal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_first_withdrawal_rate__applies,
        -- civil_first_mediation_withdrawal_rate (from 2016-01-01)
        'civil_first_mediation_withdrawal_rate' as civil_first_mediation_withdrawal_rate__indicator_id,
        '2016-01-01' as civil_first_mediation_withdrawal_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_mediation_or_withdrawal, 0)
            as double
        ) as civil_first_mediation_withdrawal_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0)
            as double
        ) as civil_first_mediation_withdrawal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_first_mediation_withdrawal_rate__applies,
        -- civil_first_dismissal_rate (from 2016-01-01)
        'civil_first_dismissal_rate' as civil_first_dismissal_rate__indicator_id,
        '2016-01-01' as civil_first_dismissal_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_dismissal, 0)
            as double
        ) as civil_first_dismissal_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as civil_first_dismissal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_first_dismissal_rate__applies,
        -- civil_appeal_rate (from 2016-01-01)
        'civil_appeal_rate' as civil_appeal_rate__indicator_id,
        '2016-01-01' as civil_appeal_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruli_4afafdb850, 0)
            as double
        ) as civil_appeal_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruling, 0)
            as double
        ) as civil_appeal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_appeal_rate__applies,
        -- civil_acceptance_rate (from 2016-01-01)
        'civil_acceptance_rate' as civil_acceptance_rate__indicator_id,
        '2016-01-01' as civil_acceptance_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__is_reviewed, 0) as double) as civil_acceptance_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as civil_acceptance_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_acceptance_rate__applies,
        -- civil_first_reversal_rate (from 2016-01-01)
        'civil_first_reversal_rate' as civil_first_reversal_rate__indicator_id,
        '2016-01-01' as civil_first_reversal_rate__definition_valid_from,
        cast(
            coalesce(m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_ed86186642, 0)
            as double
        ) as civil_first_reversal_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as civil_first_reversal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_first_reversal_rate__applies,
        -- civil_simple_procedure_rate (from 2016-01-01)
        'civil_simple_procedure_rate' as civil_simple_procedure_rate__indicator_id,
        '2016-01-01' as civil_simple_procedure_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__procedure_simple_or_small_claims, 0)
            as double
        ) as civil_simple_procedure_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as civil_simple_procedure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_simple_procedure_rate__applies,
        -- civil_small_claims_rate (from 2016-01-01)
        'civil_small_claims_rate' as civil_small_claims_rate__indicator_id,
        '2016-01-01' as civil_small_claims_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__procedure_small_claims, 0)
            as double
        ) as civil_small_claims_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as civil_small_claims_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_small_claims_rate__applies,
        -- civil_small_claims_avg_duration_days (from 2016-01-01)
        'civil_small_claims_avg_duration_days' as civil_small_claims_avg_duration_days__indicator_id,
        '2016-01-01' as civil_small_claims_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__procedure_small_claims, 0)
            as double
        ) as civil_small_claims_avg_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_a8c00e97eb, 0)
            as double
        ) as civil_small_claims_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_small_claims_avg_duration_days__applies,
        -- civil_simple_avg_duration_days (from 2016-01-01)
        'civil_simple_avg_duration_days' as civil_simple_avg_duration_days__indicator_id,
        '2016-01-01' as civil_simple_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__procedure_simple, 0)
            as double
        ) as civil_simple_avg_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_simple, 0)
            as double
        ) as civil_simple_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_simple_avg_duration_days__applies,
        -- civil_ordinary_avg_duration_days (from 2016-01-01)
        'civil_ordinary_avg_duration_days' as civil_ordinary_avg_duration_days__indicator_id,
        '2016-01-01' as civil_ordinary_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__procedure_ordinary, 0)
            as double
        ) as civil_ordinary_avg_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_ordinary, 0)
            as double
        ) as civil_ordinary_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_ordinary_avg_duration_days__applies,
        -- civil_first_long_pending_ratio (from 2016-01-01)
        'civil_first_long_pending_ratio' as civil_first_long_pending_ratio__indicator_id,
        '2016-01-01' as civil_first_long_pending_ratio__definition_valid_from,
        cast(
            coalesce(m_trial_cases__pending_at_end__count__age_over_12_months_at_end__case_type_code_civ1, 0)
            as double
        ) as civil_first_long_pending_ratio__numerator,
        cast(
            coalesce(m_trial_cases__pending_at_end__count__case_type_code_civ1, 0)
            as double
        ) as civil_first_long_pending_ratio__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_first_long_pending_ratio__applies,
        -- civil_first_closed_claim_amount (from 2016-01-01)
        'civil_first_closed_claim_amount' as civil_first_closed_claim_amount__indicator_id,
        '2016-01-01' as civil_first_closed_claim_amount__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_claim_amount__case_type_code_civ1, 0)
            as double
        ) as civil_first_closed_claim_amount__numerator,
        cast(null as double) as civil_first_closed_claim_amount__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_first_closed_claim_amount__applies,
        -- civil_first_avg_claim_amount (from 2016-01-01)
        'civil_first_avg_claim_amount' as civil_first_avg_claim_amount__indicator_id,
        '2016-01-01' as civil_first_avg_claim_amount__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_claim_amount__case_type_code_civ1, 0)
            as double
        ) as civil_first_avg_claim_amount__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__claim_amount_known, 0)
            as double
        ) as civil_first_avg_claim_amount__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_first_avg_claim_amount__applies,
        -- civil_second_closed_cases (from 2016-01-01)
        'civil_second_closed_cases' as civil_second_closed_cases__indicator_id,
        '2016-01-01' as civil_second_closed_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2, 0) as double) as civil_second_closed_cases__numerator,
        cast(null as double) as civil_second_closed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_second_closed_cases__applies,
        -- civil_second_closure_rate (from 2016-01-01)
        'civil_second_closure_rate' as civil_second_closure_rate__indicator_id,
        '2016-01-01' as civil_second_closure_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2, 0) as double) as civil_second_closure_rate__numerator,
        cast(
            coalesce(m_trial_cases__carried_over__count__case_type_code_civ2, 0)
            + coalesce(m_trial_cases__filed_in__count__case_type_code_civ2, 0)
            as double
        ) as civil_second_closure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_second_closure_rate__applies,
        -- civil_second_within_limit_rate (from 2016-01-01)
        'civil_second_within_limit_rate' as civil_second_within_limit_rate__indicator_id,
        '2016-01-01' as civil_second_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__is_within_limit, 0)
            as double
        ) as civil_second_within_limit_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__has_statutory_limit, 0)
            as double
        ) as civil_second_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_second_within_limit_rate__applies,
        -- civil_second_avg_duration_days (from 2016-01-01)
        'civil_second_avg_duration_days' as civil_second_avg_duration_days__indicator_id,
        '2016-01-01' as civil_second_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_civ2, 0)
            as double
        ) as civil_second_avg_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__duration_days_known, 0)
            as double
        ) as civil_second_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_second_avg_duration_days__applies,
        -- civil_second_reversal_rate (from 2016-01-01)
        'civil_second_reversal_rate' as civil_second_reversal_rate__indicator_id,
        '2016-01-01' as civil_second_reversal_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__is_amended_or_remanded, 0)
            as double
        ) as civil_second_reversal_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2, 0) as double) as civil_second_reversal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_second_reversal_rate__applies,
        -- civil_second_mediation_withdrawal_rate (from 2016-01-01)
        'civil_second_mediation_withdrawal_rate' as civil_second_mediation_withdrawal_rate__indicator_id,
        '2016-01-01' as civil_second_mediation_withdrawal_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__closing_method_mediation_or_withdrawal, 0)
            as double
        ) as civil_second_mediation_withdrawal_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ2, 0)
            as double
        ) as civil_second_mediation_withdrawal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_second_mediation_withdrawal_rate__applies,
        -- civil_retrial_application_rate (from 2016-01-01)
        'civil_retrial_application_rate' as civil_retrial_application_rate__indicator_id,
        '2016-01-01' as civil_retrial_application_rate__definition_valid_from,
        cast(
            coalesce(m_case_reviews__filed_in__count__case_type_code_civ_petition, 0)
            as double
        ) as civil_retrial_application_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ1_or_civ2__closing_method_judgment_f85b3c53c7, 0)
            as double
        ) as civil_retrial_application_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_retrial_application_rate__applies,
        -- civil_special_within_limit_rate (from 2016-01-01)
        'civil_special_within_limit_rate' as civil_special_within_limit_rate__indicator_id,
        '2016-01-01' as civil_special_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ_special__is_within_limit, 0)
            as double
        ) as civil_special_within_limit_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ_special__has_statutory_limit, 0)
            as double
        ) as civil_special_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_special_within_limit_rate__applies
    from measures

),

definition_values as (

    select
        *,
        civil_first_closed_cases__numerator as civil_first_closed_cases__value,
        civil_first_pending_cases__numerator as civil_first_pending_cases__value,
        case
            when civil_first_closure_rate__denominator != 0
                then civil_first_closure_rate__numerator / civil_first_closure_rate__denominator
        end as civil_first_closure_rate__value,
        case
            when civil_first_clearance_rate__denominator != 0
                then civil_first_clearance_rate__numerator / civil_first_clearance_rate__denominator
        end as civil_first_clearance_rate__value,
        case
            when civil_first_within_limit_rate__denominator != 0
                then civil_first_within_limit_rate__numerator / civil_first_within_limit_rate__denominator
        end as civil_first_within_limit_rate__value,
        case
            when civil_first_avg_duration_days__denominator != 0
                then civil_first_avg_duration_days__numerator / civil_first_avg_duration_days__denominator
        end as civil_first_avg_duration_days__value,
        case
            when civil_first_median_duration_days__denominator > 0
                then civil_first_median_duration_days__numerator
        end as civil_first_median_duration_days__value,
        case
            when civil_first_mediation_rate__denominator != 0
                then civil_first_mediation_rate__numerator / civil_first_mediation_rate__denominator
        end as civil_first_mediation_rate__value,
        case
            when civil_first_withdrawal_rate__denominator != 0
                then civil_first_withdrawal_rate__numerator / civil_first_withdrawal_rate__denominator
        end as civil_first_withdrawal_rate__value,
        case
            when civil_first_mediation_withdrawal_rate__denominator != 0
                then civil_first_mediation_withdrawal_rate__numerator / civil_first_mediation_withdrawal_rate__denominator
        end as civil_first_mediation_withdrawal_rate__value,
        case
            when civil_first_dismissal_rate__denominator != 0
                then civil_first_dismissal_rate__numerator / civil_first_dismissal_rate__denominator
        end as civil_first_dismissal_rate__value,
        case
            when civil_appeal_rate__denominator != 0
                then civil_appeal_rate__numerator / civil_appeal_rate__denominator
        end as civil_appeal_rate__value,
        case
            when civil_acceptance_rate__denominator != 0
                then 1 - civil_acceptance_rate__numerator / civil_acceptance_rate__denominator
        end as civil_acceptance_rate__value,
        case
            when civil_first_reversal_rate__denominator != 0
                then civil_first_reversal_rate__numerator / civil_first_reversal_rate__denominator
        end as civil_first_reversal_rate__value,
        case
            when civil_simple_procedure_rate__denominator != 0
                then civil_simple_procedure_rate__numerator / civil_simple_procedure_rate__denominator
        end as civil_simple_procedure_rate__value,
        case
            when civil_small_claims_rate__denominator != 0
                then civil_small_claims_rate__numerator / civil_small_claims_rate__denominator
        end as civil_small_claims_rate__value,
        case
            when civil_small_claims_avg_duration_days__denominator != 0
                then civil_small_claims_avg_duration_days__numerator / civil_small_claims_avg_duration_days__denominator
        end as civil_small_claims_avg_duration_days__value,
        case
            when civil_simple_avg_duration_days__denominator != 0
                then civil_simple_avg_duration_days__numerator / civil_simple_avg_duration_days__denominator
        end as civil_simple_avg_duration_days__value,
        case
            when civil_ordinary_avg_duration_days__denominator != 0
                then civil_ordinary_avg_duration_days__numerator / civil_ordinary_avg_duration_days__denominator
        end as civil_ordinary_avg_duration_days__value,
        case
            when civil_first_long_pending_ratio__denominator != 0
                then civil_first_long_pending_ratio__numerator / civil_first_long_pending_ratio__denominator
        end as civil_first_long_pending_ratio__value,
        civil_first_closed_claim_amount__numerator as civil_first_closed_claim_amount__value,
        case
            when civil_first_avg_claim_amount__denominator != 0
                then civil_first_avg_claim_amount__numerator / civil_first_avg_claim_amount__denominator
        end as civil_first_avg_claim_amount__value,
        civil_second_closed_cases__numerator as civil_second_closed_cases__value,
        case
            when civil_second_closure_rate__denominator != 0
                then civil_second_closure_rate__numerator / civil_second_closure_rate__denominator
        end as civil_second_closure_rate__value,
        case
            when civil_second_within_limit_rate__denominator != 0
                then civil_second_within_limit_rate__numerator / civil_second_within_limit_rate__denominator
        end as civil_second_within_limit_rate__value,
        case
            when civil_second_avg_duration_days__denominator != 0
                then civil_second_avg_duration_days__numerator / civil_second_avg_duration_days__denominator
        end as civil_second_avg_duration_days__value,
        case
            when civil_second_reversal_rate__denominator != 0
                then civil_second_reversal_rate__numerator / civil_second_reversal_rate__denominator
        end as civil_second_reversal_rate__value,
        case
            when civil_second_mediation_withdrawal_rate__denominator != 0
                then civil_second_mediation_withdrawal_rate__numerator / civil_second_mediation_withdrawal_rate__denominator
        end as civil_second_mediation_withdrawal_rate__value,
        case
            when civil_retrial_application_rate__denominator != 0
                then civil_retrial_application_rate__numerator / civil_retrial_application_rate__denominator
        end as civil_retrial_application_rate__value,
        case
            when civil_special_within_limit_rate__denominator != 0
                then civil_special_within_limit_rate__numerator / civil_special_within_limit_rate__denominator
        end as civil_special_within_limit_rate__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                civil_first_closed_cases__indicator_id,
                civil_first_closed_cases__definition_valid_from,
                civil_first_closed_cases__numerator,
                civil_first_closed_cases__denominator,
                civil_first_closed_cases__value,
                civil_first_closed_cases__applies
            ) as civil_first_closed_cases,
            (
                civil_first_pending_cases__indicator_id,
                civil_first_pending_cases__definition_valid_from,
                civil_first_pending_cases__numerator,
                civil_first_pending_cases__denominator,
                civil_first_pending_cases__value,
                civil_first_pending_cases__applies
            ) as civil_first_pending_cases,
            (
                civil_first_closure_rate__indicator_id,
                civil_first_closure_rate__definition_valid_from,
                civil_first_closure_rate__numerator,
                civil_first_closure_rate__denominator,
                civil_first_closure_rate__value,
                civil_first_closure_rate__applies
            ) as civil_first_closure_rate,
            (
                civil_first_clearance_rate__indicator_id,
                civil_first_clearance_rate__definition_valid_from,
                civil_first_clearance_rate__numerator,
                civil_first_clearance_rate__denominator,
                civil_first_clearance_rate__value,
                civil_first_clearance_rate__applies
            ) as civil_first_clearance_rate,
            (
                civil_first_within_limit_rate__indicator_id,
                civil_first_within_limit_rate__definition_valid_from,
                civil_first_within_limit_rate__numerator,
                civil_first_within_limit_rate__denominator,
                civil_first_within_limit_rate__value,
                civil_first_within_limit_rate__applies
            ) as civil_first_within_limit_rate,
            (
                civil_first_avg_duration_days__indicator_id,
                civil_first_avg_duration_days__definition_valid_from,
                civil_first_avg_duration_days__numerator,
                civil_first_avg_duration_days__denominator,
                civil_first_avg_duration_days__value,
                civil_first_avg_duration_days__applies
            ) as civil_first_avg_duration_days,
            (
                civil_first_median_duration_days__indicator_id,
                civil_first_median_duration_days__definition_valid_from,
                civil_first_median_duration_days__numerator,
                civil_first_median_duration_days__denominator,
                civil_first_median_duration_days__value,
                civil_first_median_duration_days__applies
            ) as civil_first_median_duration_days,
            (
                civil_first_mediation_rate__indicator_id,
                civil_first_mediation_rate__definition_valid_from,
                civil_first_mediation_rate__numerator,
                civil_first_mediation_rate__denominator,
                civil_first_mediation_rate__value,
                civil_first_mediation_rate__applies
            ) as civil_first_mediation_rate,
            (
                civil_first_withdrawal_rate__indicator_id,
                civil_first_withdrawal_rate__definition_valid_from,
                civil_first_withdrawal_rate__numerator,
                civil_first_withdrawal_rate__denominator,
                civil_first_withdrawal_rate__value,
                civil_first_withdrawal_rate__applies
            ) as civil_first_withdrawal_rate,
            (
                civil_first_mediation_withdrawal_rate__indicator_id,
                civil_first_mediation_withdrawal_rate__definition_valid_from,
                civil_first_mediation_withdrawal_rate__numerator,
                civil_first_mediation_withdrawal_rate__denominator,
                civil_first_mediation_withdrawal_rate__value,
                civil_first_mediation_withdrawal_rate__applies
            ) as civil_first_mediation_withdrawal_rate,
            (
                civil_first_dismissal_rate__indicator_id,
                civil_first_dismissal_rate__definition_valid_from,
                civil_first_dismissal_rate__numerator,
                civil_first_dismissal_rate__denominator,
                civil_first_dismissal_rate__value,
                civil_first_dismissal_rate__applies
            ) as civil_first_dismissal_rate,
            (
                civil_appeal_rate__indicator_id,
                civil_appeal_rate__definition_valid_from,
                civil_appeal_rate__numerator,
                civil_appeal_rate__denominator,
                civil_appeal_rate__value,
                civil_appeal_rate__applies
            ) as civil_appeal_rate,
            (
                civil_acceptance_rate__indicator_id,
                civil_acceptance_rate__definition_valid_from,
                civil_acceptance_rate__numerator,
                civil_acceptance_rate__denominator,
                civil_acceptance_rate__value,
                civil_acceptance_rate__applies
            ) as civil_acceptance_rate,
            (
                civil_first_reversal_rate__indicator_id,
                civil_first_reversal_rate__definition_valid_from,
                civil_first_reversal_rate__numerator,
                civil_first_reversal_rate__denominator,
                civil_first_reversal_rate__value,
                civil_first_reversal_rate__applies
            ) as civil_first_reversal_rate,
            (
                civil_simple_procedure_rate__indicator_id,
                civil_simple_procedure_rate__definition_valid_from,
                civil_simple_procedure_rate__numerator,
                civil_simple_procedure_rate__denominator,
                civil_simple_procedure_rate__value,
                civil_simple_procedure_rate__applies
            ) as civil_simple_procedure_rate,
            (
                civil_small_claims_rate__indicator_id,
                civil_small_claims_rate__definition_valid_from,
                civil_small_claims_rate__numerator,
                civil_small_claims_rate__denominator,
                civil_small_claims_rate__value,
                civil_small_claims_rate__applies
            ) as civil_small_claims_rate,
            (
                civil_small_claims_avg_duration_days__indicator_id,
                civil_small_claims_avg_duration_days__definition_valid_from,
                civil_small_claims_avg_duration_days__numerator,
                civil_small_claims_avg_duration_days__denominator,
                civil_small_claims_avg_duration_days__value,
                civil_small_claims_avg_duration_days__applies
            ) as civil_small_claims_avg_duration_days,
            (
                civil_simple_avg_duration_days__indicator_id,
                civil_simple_avg_duration_days__definition_valid_from,
                civil_simple_avg_duration_days__numerator,
                civil_simple_avg_duration_days__denominator,
                civil_simple_avg_duration_days__value,
                civil_simple_avg_duration_days__applies
            ) as civil_simple_avg_duration_days,
            (
                civil_ordinary_avg_duration_days__indicator_id,
                civil_ordinary_avg_duration_days__definition_valid_from,
                civil_ordinary_avg_duration_days__numerator,
                civil_ordinary_avg_duration_days__denominator,
                civil_ordinary_avg_duration_days__value,
                civil_ordinary_avg_duration_days__applies
            ) as civil_ordinary_avg_duration_days,
            (
                civil_first_long_pending_ratio__indicator_id,
                civil_first_long_pending_ratio__definition_valid_from,
                civil_first_long_pending_ratio__numerator,
                civil_first_long_pending_ratio__denominator,
                civil_first_long_pending_ratio__value,
                civil_first_long_pending_ratio__applies
            ) as civil_first_long_pending_ratio,
            (
                civil_first_closed_claim_amount__indicator_id,
                civil_first_closed_claim_amount__definition_valid_from,
                civil_first_closed_claim_amount__numerator,
                civil_first_closed_claim_amount__denominator,
                civil_first_closed_claim_amount__value,
                civil_first_closed_claim_amount__applies
            ) as civil_first_closed_claim_amount,
            (
                civil_first_avg_claim_amount__indicator_id,
                civil_first_avg_claim_amount__definition_valid_from,
                civil_first_avg_claim_amount__numerator,
                civil_first_avg_claim_amount__denominator,
                civil_first_avg_claim_amount__value,
                civil_first_avg_claim_amount__applies
            ) as civil_first_avg_claim_amount,
            (
                civil_second_closed_cases__indicator_id,
                civil_second_closed_cases__definition_valid_from,
                civil_second_closed_cases__numerator,
                civil_second_closed_cases__denominator,
                civil_second_closed_cases__value,
                civil_second_closed_cases__applies
            ) as civil_second_closed_cases,
            (
                civil_second_closure_rate__indicator_id,
                civil_second_closure_rate__definition_valid_from,
                civil_second_closure_rate__numerator,
                civil_second_closure_rate__denominator,
                civil_second_closure_rate__value,
                civil_second_closure_rate__applies
            ) as civil_second_closure_rate,
            (
                civil_second_within_limit_rate__indicator_id,
                civil_second_within_limit_rate__definition_valid_from,
                civil_second_within_limit_rate__numerator,
                civil_second_within_limit_rate__denominator,
                civil_second_within_limit_rate__value,
                civil_second_within_limit_rate__applies
            ) as civil_second_within_limit_rate,
            (
                civil_second_avg_duration_days__indicator_id,
                civil_second_avg_duration_days__definition_valid_from,
                civil_second_avg_duration_days__numerator,
                civil_second_avg_duration_days__denominator,
                civil_second_avg_duration_days__value,
                civil_second_avg_duration_days__applies
            ) as civil_second_avg_duration_days,
            (
                civil_second_reversal_rate__indicator_id,
                civil_second_reversal_rate__definition_valid_from,
                civil_second_reversal_rate__numerator,
                civil_second_reversal_rate__denominator,
                civil_second_reversal_rate__value,
                civil_second_reversal_rate__applies
            ) as civil_second_reversal_rate,
            (
                civil_second_mediation_withdrawal_rate__indicator_id,
                civil_second_mediation_withdrawal_rate__definition_valid_from,
                civil_second_mediation_withdrawal_rate__numerator,
                civil_second_mediation_withdrawal_rate__denominator,
                civil_second_mediation_withdrawal_rate__value,
                civil_second_mediation_withdrawal_rate__applies
            ) as civil_second_mediation_withdrawal_rate,
            (
                civil_retrial_application_rate__indicator_id,
                civil_retrial_application_rate__definition_valid_from,
                civil_retrial_application_rate__numerator,
                civil_retrial_application_rate__denominator,
                civil_retrial_application_rate__value,
                civil_retrial_application_rate__applies
            ) as civil_retrial_application_rate,
            (
                civil_special_within_limit_rate__indicator_id,
                civil_special_within_limit_rate__definition_valid_from,
                civil_special_within_limit_rate__numerator,
                civil_special_within_limit_rate__denominator,
                civil_special_within_limit_rate__value,
                civil_special_within_limit_rate__applies
            ) as civil_special_within_limit_rate
        )
    )

),

final as (

    {{ kept_period_rows('civil_trial') }}
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
