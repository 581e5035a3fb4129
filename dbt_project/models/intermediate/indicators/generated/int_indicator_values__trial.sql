-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- trial: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('trial')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('trial') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- filed_cases (from 2016-01-01)
        'filed_cases' as filed_cases__indicator_id,
        '2016-01-01' as filed_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__filed_in__count, 0) as double) as filed_cases__numerator,
        cast(null as double) as filed_cases__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as filed_cases__applies,
        -- closed_cases (from 2016-01-01)
        'closed_cases' as closed_cases__indicator_id,
        '2016-01-01' as closed_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as closed_cases__numerator,
        cast(null as double) as closed_cases__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as closed_cases__applies,
        -- carried_over_cases (from 2016-01-01)
        'carried_over_cases' as carried_over_cases__indicator_id,
        '2016-01-01' as carried_over_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__carried_over__count, 0) as double) as carried_over_cases__numerator,
        cast(null as double) as carried_over_cases__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as carried_over_cases__applies,
        -- pending_cases_end (from 2016-01-01)
        'pending_cases_end' as pending_cases_end__indicator_id,
        '2016-01-01' as pending_cases_end__definition_valid_from,
        cast(coalesce(m_trial_cases__pending_at_end__count, 0) as double) as pending_cases_end__numerator,
        cast(null as double) as pending_cases_end__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as pending_cases_end__applies,
        -- closure_rate (from 2016-01-01)
        'closure_rate' as closure_rate__indicator_id,
        '2016-01-01' as closure_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as closure_rate__numerator,
        cast(
            coalesce(m_trial_cases__carried_over__count, 0)
            + coalesce(m_trial_cases__filed_in__count, 0)
            as double
        ) as closure_rate__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as closure_rate__applies,
        -- clearance_rate (from 2016-01-01)
        'clearance_rate' as clearance_rate__indicator_id,
        '2016-01-01' as clearance_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as clearance_rate__numerator,
        cast(coalesce(m_trial_cases__filed_in__count, 0) as double) as clearance_rate__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as clearance_rate__applies,
        -- disposition_time_days (from 2016-01-01)
        'disposition_time_days' as disposition_time_days__indicator_id,
        '2016-01-01' as disposition_time_days__definition_valid_from,
        cast(coalesce(m_trial_cases__pending_at_end__count, 0) as double) as disposition_time_days__numerator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as disposition_time_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as disposition_time_days__applies,
        -- within_limit_closure_rate (from 2016-01-01)
        'within_limit_closure_rate' as within_limit_closure_rate__indicator_id,
        '2016-01-01' as within_limit_closure_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__is_within_limit, 0) as double) as within_limit_closure_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0) as double) as within_limit_closure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as within_limit_closure_rate__applies,
        -- avg_duration_days (from 2016-01-01)
        'avg_duration_days' as avg_duration_days__indicator_id,
        '2016-01-01' as avg_duration_days__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__sum_duration_days, 0) as double) as avg_duration_days__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__duration_days_known, 0) as double) as avg_duration_days__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as avg_duration_days__applies,
        -- long_pending_12m (from 2016-01-01)
        'long_pending_12m' as long_pending_12m__indicator_id,
        '2016-01-01' as long_pending_12m__definition_valid_from,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_12_months_at_end, 0) as double) as long_pending_12m__numerator,
        cast(null as double) as long_pending_12m__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as long_pending_12m__applies,
        -- long_pending_ratio (from 2016-01-01)
        'long_pending_ratio' as long_pending_ratio__indicator_id,
        '2016-01-01' as long_pending_ratio__definition_valid_from,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_12_months_at_end, 0) as double) as long_pending_ratio__numerator,
        cast(coalesce(m_trial_cases__pending_at_end__count, 0) as double) as long_pending_ratio__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as long_pending_ratio__applies,
        -- mediation_rate (from 2016-01-01)
        'mediation_rate' as mediation_rate__indicator_id,
        '2016-01-01' as mediation_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__closing_method_mediation, 0) as double) as mediation_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as mediation_rate__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as mediation_rate__applies,
        -- withdrawal_rate (from 2016-01-01)
        'withdrawal_rate' as withdrawal_rate__indicator_id,
        '2016-01-01' as withdrawal_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__closing_method_withdrawal, 0) as double) as withdrawal_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as withdrawal_rate__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as withdrawal_rate__applies,
        -- mediation_withdrawal_rate (from 2016-01-01)
        'mediation_withdrawal_rate' as mediation_withdrawal_rate__indicator_id,
        '2016-01-01' as mediation_withdrawal_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__closing_method_mediation_or_withdrawal, 0)
            as double
        ) as mediation_withdrawal_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as mediation_withdrawal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as mediation_withdrawal_rate__applies,
        -- appeal_rate (from 2016-01-01)
        'appeal_rate' as appeal_rate__indicator_id,
        '2016-01-01' as appeal_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__closing_method_judgment_or_ruling__is_first_instance_74a07f8f22, 0)
            as double
        ) as appeal_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__closing_method_judgment_or_ruling__is_first_instance, 0)
            as double
        ) as appeal_rate__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as appeal_rate__applies,
        -- acceptance_rate (from 2016-01-01)
        'acceptance_rate' as acceptance_rate__indicator_id,
        '2016-01-01' as acceptance_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance__is_reviewed, 0) as double) as acceptance_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as acceptance_rate__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as acceptance_rate__applies,
        -- first_instance_reversal_rate (from 2016-01-01)
        'first_instance_reversal_rate' as first_instance_reversal_rate__indicator_id,
        '2016-01-01' as first_instance_reversal_rate__definition_valid_from,
        cast(
            coalesce(m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance, 0)
            as double
        ) as first_instance_reversal_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as first_instance_reversal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as first_instance_reversal_rate__applies,
        -- second_instance_reversal_rate (from 2016-01-01)
        'second_instance_reversal_rate' as second_instance_reversal_rate__indicator_id,
        '2016-01-01' as second_instance_reversal_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_amended_or_remanded__is_second_instance, 0)
            as double
        ) as second_instance_reversal_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as second_instance_reversal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as second_instance_reversal_rate__applies,
        -- cases_closed_per_judge (from 2016-01-01)
        'cases_closed_per_judge' as cases_closed_per_judge__indicator_id,
        '2016-01-01' as cases_closed_per_judge__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as cases_closed_per_judge__numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as cases_closed_per_judge__denominator,
        {{ indicator_applies(levels=['court', 'department', 'city'], valid_from='2016-01-01') }} as cases_closed_per_judge__applies,
        -- document_online_rate (from 2016-01-01)
        'document_online_rate' as document_online_rate__indicator_id,
        '2016-01-01' as document_online_rate__definition_valid_from,
        cast(coalesce(m_documents__signed_in__count__published_online, 0) as double) as document_online_rate__numerator,
        cast(coalesce(m_documents__signed_in__count, 0) as double) as document_online_rate__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as document_online_rate__applies,
        -- livestream_rate (from 2016-01-01)
        'livestream_rate' as livestream_rate__indicator_id,
        '2016-01-01' as livestream_rate__definition_valid_from,
        cast(coalesce(m_hearings__held_in__count__livestreamed__status_held, 0) as double) as livestream_rate__numerator,
        cast(coalesce(m_hearings__held_in__count__status_held, 0) as double) as livestream_rate__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as livestream_rate__applies,
        -- trial_date_certainty (from 2016-01-01)
        'trial_date_certainty' as trial_date_certainty__indicator_id,
        '2016-01-01' as trial_date_certainty__definition_valid_from,
        cast(coalesce(m_hearings__scheduled_in__count__held_on_schedule__status_held, 0) as double) as trial_date_certainty__numerator,
        cast(coalesce(m_hearings__scheduled_in__count__status_held_or_postponed, 0) as double) as trial_date_certainty__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as trial_date_certainty__applies,
        -- age_pending_median_days (from 2016-01-01)
        'age_pending_median_days' as age_pending_median_days__indicator_id,
        '2016-01-01' as age_pending_median_days__definition_valid_from,
        cast(m_trial_cases__pending_at_end__median_age_days_at_end as double) as age_pending_median_days__numerator,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_days_at_end_known, 0) as double) as age_pending_median_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as age_pending_median_days__applies,
        -- time_to_disposition_180d (from 2016-01-01)
        'time_to_disposition_180d' as time_to_disposition_180d__indicator_id,
        '2016-01-01' as time_to_disposition_180d__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__elapsed_days_le_180, 0) as double) as time_to_disposition_180d__numerator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as time_to_disposition_180d__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as time_to_disposition_180d__applies,
        -- case_to_proceeding_ratio (from 2016-01-01)
        'case_to_proceeding_ratio' as case_to_proceeding_ratio__indicator_id,
        '2016-01-01' as case_to_proceeding_ratio__definition_valid_from,
        cast(
            coalesce(m_trial_cases__filed_in__count__is_first_instance, 0)
            + coalesce(m_case_reviews__filed_in__count, 0)
            + coalesce(m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_own_court_judgment, 0)
            as double
        ) as case_to_proceeding_ratio__numerator,
        cast(coalesce(m_trial_cases__filed_in__count__is_first_instance, 0) as double) as case_to_proceeding_ratio__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as case_to_proceeding_ratio__applies,
        -- derived_cases_filed (from 2016-01-01)
        'derived_cases_filed' as derived_cases_filed__indicator_id,
        '2016-01-01' as derived_cases_filed__definition_valid_from,
        cast(
            coalesce(m_case_reviews__filed_in__count, 0)
            + coalesce(m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_own_court_judgment, 0)
            as double
        ) as derived_cases_filed__numerator,
        cast(null as double) as derived_cases_filed__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as derived_cases_filed__applies,
        -- effective_judgment_reversal_rate (from 2016-01-01)
        'effective_judgment_reversal_rate' as effective_judgment_reversal_rate__indicator_id,
        '2016-01-01' as effective_judgment_reversal_rate__definition_valid_from,
        cast(
            coalesce(m_case_reviews__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__is_amen_7c76016cb2, 0)
            as double
        ) as effective_judgment_reversal_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_first_instance, 0)
            + coalesce(m_trial_cases__closed_in__count__is_second_instance, 0)
            as double
        ) as effective_judgment_reversal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as effective_judgment_reversal_rate__applies,
        -- long_pending_24m (from 2016-01-01)
        'long_pending_24m' as long_pending_24m__indicator_id,
        '2016-01-01' as long_pending_24m__definition_valid_from,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_days_at_end_gt_730, 0) as double) as long_pending_24m__numerator,
        cast(null as double) as long_pending_24m__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
        ) }} as long_pending_24m__applies,
        -- long_pending_36m_ratio (from 2016-01-01)
        'long_pending_36m_ratio' as long_pending_36m_ratio__indicator_id,
        '2016-01-01' as long_pending_36m_ratio__definition_valid_from,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_36_months_at_end, 0) as double) as long_pending_36m_ratio__numerator,
        cast(coalesce(m_trial_cases__pending_at_end__count, 0) as double) as long_pending_36m_ratio__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
        ) }} as long_pending_36m_ratio__applies,
        -- first_instance_within_limit_rate (from 2016-01-01)
        'first_instance_within_limit_rate' as first_instance_within_limit_rate__indicator_id,
        '2016-01-01' as first_instance_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_first_instance__is_within_limit, 0)
            as double
        ) as first_instance_within_limit_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__has_statutory_limit__is_first_instance, 0)
            as double
        ) as first_instance_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as first_instance_within_limit_rate__applies,
        -- pending_with_limit_events_ratio (from 2016-01-01)
        'pending_with_limit_events_ratio' as pending_with_limit_events_ratio__indicator_id,
        '2016-01-01' as pending_with_limit_events_ratio__definition_valid_from,
        cast(
            coalesce(m_trial_cases__pending_at_end__count__has_time_limit_events, 0)
            as double
        ) as pending_with_limit_events_ratio__numerator,
        cast(coalesce(m_trial_cases__pending_at_end__count, 0) as double) as pending_with_limit_events_ratio__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
        ) }} as pending_with_limit_events_ratio__applies,
        -- first_instance_simplified_procedure_rate (from 2016-01-01)
        'first_instance_simplified_procedure_rate' as first_instance_simplified_procedure_rate__indicator_id,
        '2016-01-01' as first_instance_simplified_procedure_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_first_instance__procedure_simple_or_small_claims_or_speedy, 0)
            as double
        ) as first_instance_simplified_procedure_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_first_instance, 0)
            as double
        ) as first_instance_simplified_procedure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as first_instance_simplified_procedure_rate__applies,
        -- first_instance_collegial_rate (from 2016-01-01)
        'first_instance_collegial_rate' as first_instance_collegial_rate__indicator_id,
        '2016-01-01' as first_instance_collegial_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__has_collegial_panel__is_first_instance, 0)
            as double
        ) as first_instance_collegial_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as first_instance_collegial_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as first_instance_collegial_rate__applies,
        -- median_duration_days (from 2016-01-01)
        'median_duration_days' as median_duration_days__indicator_id,
        '2016-01-01' as median_duration_days__definition_valid_from,
        cast(m_trial_cases__closed_in__median_duration_days as double) as median_duration_days__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__duration_days_known, 0) as double) as median_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
        ) }} as median_duration_days__applies,
        -- first_instance_avg_duration_days (from 2016-01-01)
        'first_instance_avg_duration_days' as first_instance_avg_duration_days__indicator_id,
        '2016-01-01' as first_instance_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_duration_days__is_first_instance, 0)
            as double
        ) as first_instance_avg_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__duration_days_known__is_first_instance, 0)
            as double
        ) as first_instance_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as first_instance_avg_duration_days__applies,
        -- pending_cases_per_judge (from 2016-01-01)
        'pending_cases_per_judge' as pending_cases_per_judge__indicator_id,
        '2016-01-01' as pending_cases_per_judge__definition_valid_from,
        cast(coalesce(m_trial_cases__pending_at_end__count, 0) as double) as pending_cases_per_judge__numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as pending_cases_per_judge__denominator,
        {{ indicator_applies(levels=['court', 'department', 'city'], valid_from='2016-01-01') }} as pending_cases_per_judge__applies,
        -- first_instance_closed_cases (from 2016-01-01)
        'first_instance_closed_cases' as first_instance_closed_cases__indicator_id,
        '2016-01-01' as first_instance_closed_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as first_instance_closed_cases__numerator,
        cast(null as double) as first_instance_closed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as first_instance_closed_cases__applies,
        -- first_instance_closure_rate (from 2016-01-01)
        'first_instance_closure_rate' as first_instance_closure_rate__indicator_id,
        '2016-01-01' as first_instance_closure_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as first_instance_closure_rate__numerator,
        cast(
            coalesce(m_trial_cases__carried_over__count__is_first_instance, 0)
            + coalesce(m_trial_cases__filed_in__count__is_first_instance, 0)
            as double
        ) as first_instance_closure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as first_instance_closure_rate__applies,
        -- litigation_closure_rate (from 2016-01-01)
        'litigation_closure_rate' as litigation_closure_rate__indicator_id,
        '2016-01-01' as litigation_closure_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_not_presuit_confirm, 0)
            as double
        ) as litigation_closure_rate__numerator,
        cast(
            coalesce(m_trial_cases__carried_over__count__case_type_code_not_presuit_confirm, 0)
            + coalesce(m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm, 0)
            as double
        ) as litigation_closure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
        ) }} as litigation_closure_rate__applies,
        -- closed_claim_amount (from 2016-01-01)
        'closed_claim_amount' as closed_claim_amount__indicator_id,
        '2016-01-01' as closed_claim_amount__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__sum_claim_amount, 0) as double) as closed_claim_amount__numerator,
        cast(null as double) as closed_claim_amount__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
        ) }} as closed_claim_amount__applies,
        -- first_instance_clearance_rate (from 2016-01-01)
        'first_instance_clearance_rate' as first_instance_clearance_rate__indicator_id,
        '2016-01-01' as first_instance_clearance_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as first_instance_clearance_rate__numerator,
        cast(coalesce(m_trial_cases__filed_in__count__is_first_instance, 0) as double) as first_instance_clearance_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as first_instance_clearance_rate__applies,
        -- first_instance_pending_cases (from 2016-01-01)
        'first_instance_pending_cases' as first_instance_pending_cases__indicator_id,
        '2016-01-01' as first_instance_pending_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__pending_at_end__count__is_first_instance, 0) as double) as first_instance_pending_cases__numerator,
        cast(null as double) as first_instance_pending_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as first_instance_pending_cases__applies,
        -- first_instance_mediation_withdrawal_rate (from 2016-01-01)
        'first_instance_mediation_withdrawal_rate' as first_instance_mediation_withdrawal_rate__indicator_id,
        '2016-01-01' as first_instance_mediation_withdrawal_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__closing_method_mediation_or_withdrawal__is_first_instance, 0)
            as double
        ) as first_instance_mediation_withdrawal_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_first_instance, 0)
            as double
        ) as first_instance_mediation_withdrawal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as first_instance_mediation_withdrawal_rate__applies,
        -- second_instance_acceptance_rate (from 2016-01-01)
        'second_instance_acceptance_rate' as second_instance_acceptance_rate__indicator_id,
        '2016-01-01' as second_instance_acceptance_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_reviewed__is_second_instance, 0)
            as double
        ) as second_instance_acceptance_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as second_instance_acceptance_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as second_instance_acceptance_rate__applies,
        -- carried_over_closure_rate (from 2016-01-01)
        'carried_over_closure_rate' as carried_over_closure_rate__indicator_id,
        '2016-01-01' as carried_over_closure_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__carried_over__count__closed_by_period_end, 0) as double) as carried_over_closure_rate__numerator,
        cast(coalesce(m_trial_cases__carried_over__count, 0) as double) as carried_over_closure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
        ) }} as carried_over_closure_rate__applies,
        -- filed_closed_same_period_rate (from 2016-01-01)
        'filed_closed_same_period_rate' as filed_closed_same_period_rate__indicator_id,
        '2016-01-01' as filed_closed_same_period_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__filed_in__count__closed_by_period_end, 0) as double) as filed_closed_same_period_rate__numerator,
        cast(coalesce(m_trial_cases__filed_in__count, 0) as double) as filed_closed_same_period_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
        ) }} as filed_closed_same_period_rate__applies,
        -- trial_enforcement_closure_rate (from 2016-01-01)
        'trial_enforcement_closure_rate' as trial_enforcement_closure_rate__indicator_id,
        '2016-01-01' as trial_enforcement_closure_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_not_presuit_confirm, 0)
            + coalesce(m_enforcement_cases__closed_in__count__case_type_code_not_v4f173f_or_vcef0b2, 0)
            as double
        ) as trial_enforcement_closure_rate__numerator,
        cast(
            coalesce(m_trial_cases__carried_over__count__case_type_code_not_presuit_confirm, 0)
            + coalesce(m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm, 0)
            + coalesce(m_enforcement_cases__carried_over__count__case_type_code_not_v4f173f_or_vcef0b2, 0)
            + coalesce(m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2, 0)
            as double
        ) as trial_enforcement_closure_rate__denominator,
        {{ indicator_applies(levels=['court', 'department', 'city'], valid_from='2016-01-01') }} as trial_enforcement_closure_rate__applies,
        -- trial_enforcement_closed_per_judge (from 2016-01-01)
        'trial_enforcement_closed_per_judge' as trial_enforcement_closed_per_judge__indicator_id,
        '2016-01-01' as trial_enforcement_closed_per_judge__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_not_presuit_confirm, 0)
            + coalesce(m_enforcement_cases__closed_in__count__case_type_code_not_v4f173f_or_vcef0b2, 0)
            as double
        ) as trial_enforcement_closed_per_judge__numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as trial_enforcement_closed_per_judge__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'city'],
            valid_from='2016-01-01',
        ) }} as trial_enforcement_closed_per_judge__applies,
        -- accepted_cases_per_judge (from 2016-01-01)
        'accepted_cases_per_judge' as accepted_cases_per_judge__indicator_id,
        '2016-01-01' as accepted_cases_per_judge__definition_valid_from,
        cast(
            coalesce(m_trial_cases__carried_over__count, 0)
            + coalesce(m_trial_cases__filed_in__count, 0)
            as double
        ) as accepted_cases_per_judge__numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as accepted_cases_per_judge__denominator,
        {{ indicator_applies(levels=['court', 'department', 'city'], valid_from='2016-01-01') }} as accepted_cases_per_judge__applies,
        -- avg_closed_claim_amount (from 2016-01-01)
        'avg_closed_claim_amount' as avg_closed_claim_amount__indicator_id,
        '2016-01-01' as avg_closed_claim_amount__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__sum_claim_amount, 0) as double) as avg_closed_claim_amount__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__claim_amount_known, 0) as double) as avg_closed_claim_amount__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
        ) }} as avg_closed_claim_amount__applies,
        -- mediation_withdrawal_closed_cases (from 2016-01-01)
        'mediation_withdrawal_closed_cases' as mediation_withdrawal_closed_cases__indicator_id,
        '2016-01-01' as mediation_withdrawal_closed_cases__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__closing_method_mediation_or_withdrawal, 0)
            as double
        ) as mediation_withdrawal_closed_cases__numerator,
        cast(null as double) as mediation_withdrawal_closed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
        ) }} as mediation_withdrawal_closed_cases__applies
    from measures

),

definition_values as (

    select
        *,
        filed_cases__numerator as filed_cases__value,
        closed_cases__numerator as closed_cases__value,
        carried_over_cases__numerator as carried_over_cases__value,
        pending_cases_end__numerator as pending_cases_end__value,
        case when closure_rate__denominator != 0 then closure_rate__numerator / closure_rate__denominator end as closure_rate__value,
        case
            when clearance_rate__denominator != 0
                then clearance_rate__numerator / clearance_rate__denominator
        end as clearance_rate__value,
        case
            when disposition_time_days__denominator != 0
                then disposition_time_days__numerator / disposition_time_days__denominator * days_in_period
        end as disposition_time_days__value,
        case
            when within_limit_closure_rate__denominator != 0
                then within_limit_closure_rate__numerator / within_limit_closure_rate__denominator
        end as within_limit_closure_rate__value,
        case
            when avg_duration_days__denominator != 0
                then avg_duration_days__numerator / avg_duration_days__denominator
        end as avg_duration_days__value,
        long_pending_12m__numerator as long_pending_12m__value,
        case
            when long_pending_ratio__denominator != 0
                then long_pending_ratio__numerator / long_pending_ratio__denominator
        end as long_pending_ratio__value,
        case
            when mediation_rate__denominator != 0
                then mediation_rate__numerator / mediation_rate__denominator
        end as mediation_rate__value,
        case
            when withdrawal_rate__denominator != 0
                then withdrawal_rate__numerator / withdrawal_rate__denominator
        end as withdrawal_rate__value,
        case
            when mediation_withdrawal_rate__denominator != 0
                then mediation_withdrawal_rate__numerator / mediation_withdrawal_rate__denominator
        end as mediation_withdrawal_rate__value,
        case when appeal_rate__denominator != 0 then appeal_rate__numerator / appeal_rate__denominator end as appeal_rate__value,
        case
            when acceptance_rate__denominator != 0
                then 1 - acceptance_rate__numerator / acceptance_rate__denominator
        end as acceptance_rate__value,
        case
            when first_instance_reversal_rate__denominator != 0
                then first_instance_reversal_rate__numerator / first_instance_reversal_rate__denominator
        end as first_instance_reversal_rate__value,
        case
            when second_instance_reversal_rate__denominator != 0
                then second_instance_reversal_rate__numerator / second_instance_reversal_rate__denominator
        end as second_instance_reversal_rate__value,
        case
            when cases_closed_per_judge__denominator != 0
                then cases_closed_per_judge__numerator / cases_closed_per_judge__denominator
        end as cases_closed_per_judge__value,
        case
            when document_online_rate__denominator != 0
                then document_online_rate__numerator / document_online_rate__denominator
        end as document_online_rate__value,
        case
            when livestream_rate__denominator != 0
                then livestream_rate__numerator / livestream_rate__denominator
        end as livestream_rate__value,
        case
            when trial_date_certainty__denominator != 0
                then trial_date_certainty__numerator / trial_date_certainty__denominator
        end as trial_date_certainty__value,
        case when age_pending_median_days__denominator > 0 then age_pending_median_days__numerator end as age_pending_median_days__value,
        case
            when time_to_disposition_180d__denominator != 0
                then time_to_disposition_180d__numerator / time_to_disposition_180d__denominator
        end as time_to_disposition_180d__value,
        case
            when case_to_proceeding_ratio__denominator != 0
                then case_to_proceeding_ratio__numerator / case_to_proceeding_ratio__denominator
        end as case_to_proceeding_ratio__value,
        derived_cases_filed__numerator as derived_cases_filed__value,
        case
            when effective_judgment_reversal_rate__denominator != 0
                then effective_judgment_reversal_rate__numerator / effective_judgment_reversal_rate__denominator
        end as effective_judgment_reversal_rate__value,
        long_pending_24m__numerator as long_pending_24m__value,
        case
            when long_pending_36m_ratio__denominator != 0
                then long_pending_36m_ratio__numerator / long_pending_36m_ratio__denominator
        end as long_pending_36m_ratio__value,
        case
            when first_instance_within_limit_rate__denominator != 0
                then first_instance_within_limit_rate__numerator / first_instance_within_limit_rate__denominator
        end as first_instance_within_limit_rate__value,
        case
            when pending_with_limit_events_ratio__denominator != 0
                then pending_with_limit_events_ratio__numerator / pending_with_limit_events_ratio__denominator
        end as pending_with_limit_events_ratio__value,
        case
            when first_instance_simplified_procedure_rate__denominator != 0
                then first_instance_simplified_procedure_rate__numerator / first_instance_simplified_procedure_rate__denominator
        end as first_instance_simplified_procedure_rate__value,
        case
            when first_instance_collegial_rate__denominator != 0
                then first_instance_collegial_rate__numerator / first_instance_collegial_rate__denominator
        end as first_instance_collegial_rate__value,
        case when median_duration_days__denominator > 0 then median_duration_days__numerator end as median_duration_days__value,
        case
            when first_instance_avg_duration_days__denominator != 0
                then first_instance_avg_duration_days__numerator / first_instance_avg_duration_days__denominator
        end as first_instance_avg_duration_days__value,
        case
            when pending_cases_per_judge__denominator != 0
                then pending_cases_per_judge__numerator / pending_cases_per_judge__denominator
        end as pending_cases_per_judge__value,
        first_instance_closed_cases__numerator as first_instance_closed_cases__value,
        case
            when first_instance_closure_rate__denominator != 0
                then first_instance_closure_rate__numerator / first_instance_closure_rate__denominator
        end as first_instance_closure_rate__value,
        case
            when litigation_closure_rate__denominator != 0
                then litigation_closure_rate__numerator / litigation_closure_rate__denominator
        end as litigation_closure_rate__value,
        closed_claim_amount__numerator as closed_claim_amount__value,
        case
            when first_instance_clearance_rate__denominator != 0
                then first_instance_clearance_rate__numerator / first_instance_clearance_rate__denominator
        end as first_instance_clearance_rate__value,
        first_instance_pending_cases__numerator as first_instance_pending_cases__value,
        case
            when first_instance_mediation_withdrawal_rate__denominator != 0
                then first_instance_mediation_withdrawal_rate__numerator / first_instance_mediation_withdrawal_rate__denominator
        end as first_instance_mediation_withdrawal_rate__value,
        case
            when second_instance_acceptance_rate__denominator != 0
                then 1 - second_instance_acceptance_rate__numerator / second_instance_acceptance_rate__denominator
        end as second_instance_acceptance_rate__value,
        case
            when carried_over_closure_rate__denominator != 0
                then carried_over_closure_rate__numerator / carried_over_closure_rate__denominator
        end as carried_over_closure_rate__value,
        case
            when filed_closed_same_period_rate__denominator != 0
                then filed_closed_same_period_rate__numerator / filed_closed_same_period_rate__denominator
        end as filed_closed_same_period_rate__value,
        case
            when trial_enforcement_closure_rate__denominator != 0
                then trial_enforcement_closure_rate__numerator / trial_enforcement_closure_rate__denominator
        end as trial_enforcement_closure_rate__value,
        case
            when trial_enforcement_closed_per_judge__denominator != 0
                then trial_enforcement_closed_per_judge__numerator / trial_enforcement_closed_per_judge__denominator
        end as trial_enforcement_closed_per_judge__value,
        case
            when accepted_cases_per_judge__denominator != 0
                then accepted_cases_per_judge__numerator / accepted_cases_per_judge__denominator
        end as accepted_cases_per_judge__value,
        case
            when avg_closed_claim_amount__denominator != 0
                then avg_closed_claim_amount__numerator / avg_closed_claim_amount__denominator
        end as avg_closed_claim_amount__value,
        mediation_withdrawal_closed_cases__numerator as mediation_withdrawal_closed_cases__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                filed_cases__indicator_id,
                filed_cases__definition_valid_from,
                filed_cases__numerator,
                filed_cases__denominator,
                filed_cases__value,
                filed_cases__applies
            ) as filed_cases,
            (
                closed_cases__indicator_id,
                closed_cases__definition_valid_from,
                closed_cases__numerator,
                closed_cases__denominator,
                closed_cases__value,
                closed_cases__applies
            ) as closed_cases,
            (
                carried_over_cases__indicator_id,
                carried_over_cases__definition_valid_from,
                carried_over_cases__numerator,
                carried_over_cases__denominator,
                carried_over_cases__value,
                carried_over_cases__applies
            ) as carried_over_cases,
            (
                pending_cases_end__indicator_id,
                pending_cases_end__definition_valid_from,
                pending_cases_end__numerator,
                pending_cases_end__denominator,
                pending_cases_end__value,
                pending_cases_end__applies
            ) as pending_cases_end,
            (
                closure_rate__indicator_id,
                closure_rate__definition_valid_from,
                closure_rate__numerator,
                closure_rate__denominator,
                closure_rate__value,
                closure_rate__applies
            ) as closure_rate,
            (
                clearance_rate__indicator_id,
                clearance_rate__definition_valid_from,
                clearance_rate__numerator,
                clearance_rate__denominator,
                clearance_rate__value,
                clearance_rate__applies
            ) as clearance_rate,
            (
                disposition_time_days__indicator_id,
                disposition_time_days__definition_valid_from,
                disposition_time_days__numerator,
                disposition_time_days__denominator,
                disposition_time_days__value,
                disposition_time_days__applies
            ) as disposition_time_days,
            (
                within_limit_closure_rate__indicator_id,
                within_limit_closure_rate__definition_valid_from,
                within_limit_closure_rate__numerator,
                within_limit_closure_rate__denominator,
                within_limit_closure_rate__value,
                within_limit_closure_rate__applies
            ) as within_limit_closure_rate,
            (
                avg_duration_days__indicator_id,
                avg_duration_days__definition_valid_from,
                avg_duration_days__numerator,
                avg_duration_days__denominator,
                avg_duration_days__value,
                avg_duration_days__applies
            ) as avg_duration_days,
            (
                long_pending_12m__indicator_id,
                long_pending_12m__definition_valid_from,
                long_pending_12m__numerator,
                long_pending_12m__denominator,
                long_pending_12m__value,
                long_pending_12m__applies
            ) as long_pending_12m,
            (
                long_pending_ratio__indicator_id,
                long_pending_ratio__definition_valid_from,
                long_pending_ratio__numerator,
                long_pending_ratio__denominator,
                long_pending_ratio__value,
                long_pending_ratio__applies
            ) as long_pending_ratio,
            (
                mediation_rate__indicator_id,
                mediation_rate__definition_valid_from,
                mediation_rate__numerator,
                mediation_rate__denominator,
                mediation_rate__value,
                mediation_rate__applies
            ) as mediation_rate,
            (
                withdrawal_rate__indicator_id,
                withdrawal_rate__definition_valid_from,
                withdrawal_rate__numerator,
                withdrawal_rate__denominator,
                withdrawal_rate__value,
                withdrawal_rate__applies
            ) as withdrawal_rate,
            (
                mediation_withdrawal_rate__indicator_id,
                mediation_withdrawal_rate__definition_valid_from,
                mediation_withdrawal_rate__numerator,
                mediation_withdrawal_rate__denominator,
                mediation_withdrawal_rate__value,
                mediation_withdrawal_rate__applies
            ) as mediation_withdrawal_rate,
            (
                appeal_rate__indicator_id,
                appeal_rate__definition_valid_from,
                appeal_rate__numerator,
                appeal_rate__denominator,
                appeal_rate__value,
                appeal_rate__applies
            ) as appeal_rate,
            (
                acceptance_rate__indicator_id,
                acceptance_rate__definition_valid_from,
                acceptance_rate__numerator,
                acceptance_rate__denominator,
                acceptance_rate__value,
                acceptance_rate__applies
            ) as acceptance_rate,
            (
                first_instance_reversal_rate__indicator_id,
                first_instance_reversal_rate__definition_valid_from,
                first_instance_reversal_rate__numerator,
                first_instance_reversal_rate__denominator,
                first_instance_reversal_rate__value,
                first_instance_reversal_rate__applies
            ) as first_instance_reversal_rate,
            (
                second_instance_reversal_rate__indicator_id,
                second_instance_reversal_rate__definition_valid_from,
                second_instance_reversal_rate__numerator,
                second_instance_reversal_rate__denominator,
                second_instance_reversal_rate__value,
                second_instance_reversal_rate__applies
            ) as second_instance_reversal_rate,
            (
                cases_closed_per_judge__indicator_id,
                cases_closed_per_judge__definition_valid_from,
                cases_closed_per_judge__numerator,
                cases_closed_per_judge__denominator,
                cases_closed_per_judge__value,
                cases_closed_per_judge__applies
            ) as cases_closed_per_judge,
            (
                document_online_rate__indicator_id,
                document_online_rate__definition_valid_from,
                document_online_rate__numerator,
                document_online_rate__denominator,
                document_online_rate__value,
                document_online_rate__applies
            ) as document_online_rate,
            (
                livestream_rate__indicator_id,
                livestream_rate__definition_valid_from,
                livestream_rate__numerator,
                livestream_rate__denominator,
                livestream_rate__value,
                livestream_rate__applies
            ) as livestream_rate,
            (
                trial_date_certainty__indicator_id,
                trial_date_certainty__definition_valid_from,
                trial_date_certainty__numerator,
                trial_date_certainty__denominator,
                trial_date_certainty__value,
                trial_date_certainty__applies
            ) as trial_date_certainty,
            (
                age_pending_median_days__indicator_id,
                age_pending_median_days__definition_valid_from,
                age_pending_median_days__numerator,
                age_pending_median_days__denominator,
                age_pending_median_days__value,
                age_pending_median_days__applies
            ) as age_pending_median_days,
            (
                time_to_disposition_180d__indicator_id,
                time_to_disposition_180d__definition_valid_from,
                time_to_disposition_180d__numerator,
                time_to_disposition_180d__denominator,
                time_to_disposition_180d__value,
                time_to_disposition_180d__applies
            ) as time_to_disposition_180d,
            (
                case_to_proceeding_ratio__indicator_id,
                case_to_proceeding_ratio__definition_valid_from,
                case_to_proceeding_ratio__numerator,
                case_to_proceeding_ratio__denominator,
                case_to_proceeding_ratio__value,
                case_to_proceeding_ratio__applies
            ) as case_to_proceeding_ratio,
            (
                derived_cases_filed__indicator_id,
                derived_cases_filed__definition_valid_from,
                derived_cases_filed__numerator,
                derived_cases_filed__denominator,
                derived_cases_filed__value,
                derived_cases_filed__applies
            ) as derived_cases_filed,
            (
                effective_judgment_reversal_rate__indicator_id,
                effective_judgment_reversal_rate__definition_valid_from,
                effective_judgment_reversal_rate__numerator,
                effective_judgment_reversal_rate__denominator,
                effective_judgment_reversal_rate__value,
                effective_judgment_reversal_rate__applies
            ) as effective_judgment_reversal_rate,
            (
                long_pending_24m__indicator_id,
                long_pending_24m__definition_valid_from,
                long_pending_24m__numerator,
                long_pending_24m__denominator,
                long_pending_24m__value,
                long_pending_24m__applies
            ) as long_pending_24m,
            (
                long_pending_36m_ratio__indicator_id,
                long_pending_36m_ratio__definition_valid_from,
                long_pending_36m_ratio__numerator,
                long_pending_36m_ratio__denominator,
                long_pending_36m_ratio__value,
                long_pending_36m_ratio__applies
            ) as long_pending_36m_ratio,
            (
                first_instance_within_limit_rate__indicator_id,
                first_instance_within_limit_rate__definition_valid_from,
                first_instance_within_limit_rate__numerator,
                first_instance_within_limit_rate__denominator,
                first_instance_within_limit_rate__value,
                first_instance_within_limit_rate__applies
            ) as first_instance_within_limit_rate,
            (
                pending_with_limit_events_ratio__indicator_id,
                pending_with_limit_events_ratio__definition_valid_from,
                pending_with_limit_events_ratio__numerator,
                pending_with_limit_events_ratio__denominator,
                pending_with_limit_events_ratio__value,
                pending_with_limit_events_ratio__applies
            ) as pending_with_limit_events_ratio,
            (
                first_instance_simplified_procedure_rate__indicator_id,
                first_instance_simplified_procedure_rate__definition_valid_from,
                first_instance_simplified_procedure_rate__numerator,
                first_instance_simplified_procedure_rate__denominator,
                first_instance_simplified_procedure_rate__value,
                first_instance_simplified_procedure_rate__applies
            ) as first_instance_simplified_procedure_rate,
            (
                first_instance_collegial_rate__indicator_id,
                first_instance_collegial_rate__definition_valid_from,
                first_instance_collegial_rate__numerator,
                first_instance_collegial_rate__denominator,
                first_instance_collegial_rate__value,
                first_instance_collegial_rate__applies
            ) as first_instance_collegial_rate,
            (
                median_duration_days__indicator_id,
                median_duration_days__definition_valid_from,
                median_duration_days__numerator,
                median_duration_days__denominator,
                median_duration_days__value,
                median_duration_days__applies
            ) as median_duration_days,
            (
                first_instance_avg_duration_days__indicator_id,
                first_instance_avg_duration_days__definition_valid_from,
                first_instance_avg_duration_days__numerator,
                first_instance_avg_duration_days__denominator,
                first_instance_avg_duration_days__value,
                first_instance_avg_duration_days__applies
            ) as first_instance_avg_duration_days,
            (
                pending_cases_per_judge__indicator_id,
                pending_cases_per_judge__definition_valid_from,
                pending_cases_per_judge__numerator,
                pending_cases_per_judge__denominator,
                pending_cases_per_judge__value,
                pending_cases_per_judge__applies
            ) as pending_cases_per_judge,
            (
                first_instance_closed_cases__indicator_id,
                first_instance_closed_cases__definition_valid_from,
                first_instance_closed_cases__numerator,
                first_instance_closed_cases__denominator,
                first_instance_closed_cases__value,
                first_instance_closed_cases__applies
            ) as first_instance_closed_cases,
            (
                first_instance_closure_rate__indicator_id,
                first_instance_closure_rate__definition_valid_from,
                first_instance_closure_rate__numerator,
                first_instance_closure_rate__denominator,
                first_instance_closure_rate__value,
                first_instance_closure_rate__applies
            ) as first_instance_closure_rate,
            (
                litigation_closure_rate__indicator_id,
                litigation_closure_rate__definition_valid_from,
                litigation_closure_rate__numerator,
                litigation_closure_rate__denominator,
                litigation_closure_rate__value,
                litigation_closure_rate__applies
            ) as litigation_closure_rate,
            (
                closed_claim_amount__indicator_id,
                closed_claim_amount__definition_valid_from,
                closed_claim_amount__numerator,
                closed_claim_amount__denominator,
                closed_claim_amount__value,
                closed_claim_amount__applies
            ) as closed_claim_amount,
            (
                first_instance_clearance_rate__indicator_id,
                first_instance_clearance_rate__definition_valid_from,
                first_instance_clearance_rate__numerator,
                first_instance_clearance_rate__denominator,
                first_instance_clearance_rate__value,
                first_instance_clearance_rate__applies
            ) as first_instance_clearance_rate,
            (
                first_instance_pending_cases__indicator_id,
                first_instance_pending_cases__definition_valid_from,
                first_instance_pending_cases__numerator,
                first_instance_pending_cases__denominator,
                first_instance_pending_cases__value,
                first_instance_pending_cases__applies
            ) as first_instance_pending_cases,
            (
                first_instance_mediation_withdrawal_rate__indicator_id,
                first_instance_mediation_withdrawal_rate__definition_valid_from,
                first_instance_mediation_withdrawal_rate__numerator,
                first_instance_mediation_withdrawal_rate__denominator,
                first_instance_mediation_withdrawal_rate__value,
                first_instance_mediation_withdrawal_rate__applies
            ) as first_instance_mediation_withdrawal_rate,
            (
                second_instance_acceptance_rate__indicator_id,
                second_instance_acceptance_rate__definition_valid_from,
                second_instance_acceptance_rate__numerator,
                second_instance_acceptance_rate__denominator,
                second_instance_acceptance_rate__value,
                second_instance_acceptance_rate__applies
            ) as second_instance_acceptance_rate,
            (
                carried_over_closure_rate__indicator_id,
                carried_over_closure_rate__definition_valid_from,
                carried_over_closure_rate__numerator,
                carried_over_closure_rate__denominator,
                carried_over_closure_rate__value,
                carried_over_closure_rate__applies
            ) as carried_over_closure_rate,
            (
                filed_closed_same_period_rate__indicator_id,
                filed_closed_same_period_rate__definition_valid_from,
                filed_closed_same_period_rate__numerator,
                filed_closed_same_period_rate__denominator,
                filed_closed_same_period_rate__value,
                filed_closed_same_period_rate__applies
            ) as filed_closed_same_period_rate,
            (
                trial_enforcement_closure_rate__indicator_id,
                trial_enforcement_closure_rate__definition_valid_from,
                trial_enforcement_closure_rate__numerator,
                trial_enforcement_closure_rate__denominator,
                trial_enforcement_closure_rate__value,
                trial_enforcement_closure_rate__applies
            ) as trial_enforcement_closure_rate,
            (
                trial_enforcement_closed_per_judge__indicator_id,
                trial_enforcement_closed_per_judge__definition_valid_from,
                trial_enforcement_closed_per_judge__numerator,
                trial_enforcement_closed_per_judge__denominator,
                trial_enforcement_closed_per_judge__value,
                trial_enforcement_closed_per_judge__applies
            ) as trial_enforcement_closed_per_judge,
            (
                accepted_cases_per_judge__indicator_id,
                accepted_cases_per_judge__definition_valid_from,
                accepted_cases_per_judge__numerator,
                accepted_cases_per_judge__denominator,
                accepted_cases_per_judge__value,
                accepted_cases_per_judge__applies
            ) as accepted_cases_per_judge,
            (
                avg_closed_claim_amount__indicator_id,
                avg_closed_claim_amount__definition_valid_from,
                avg_closed_claim_amount__numerator,
                avg_closed_claim_amount__denominator,
                avg_closed_claim_amount__value,
                avg_closed_claim_amount__applies
            ) as avg_closed_claim_amount,
            (
                mediation_withdrawal_closed_cases__indicator_id,
                mediation_withdrawal_closed_cases__definition_valid_from,
                mediation_withdrawal_closed_cases__numerator,
                mediation_withdrawal_closed_cases__denominator,
                mediation_withdrawal_closed_cases__value,
                mediation_withdrawal_closed_cases__applies
            ) as mediation_withdrawal_closed_cases
        )
    )

),

final as (

    {{ kept_period_rows('trial') }}
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
