-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- litigation_source: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('litigation_source')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('litigation_source') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- prelit_mediation_success_rate (from 2016-01-01)
        'prelit_mediation_success_rate' as prelit_mediation_success_rate__indicator_id,
        '2016-01-01' as prelit_mediation_success_rate__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0)
            as double
        ) as prelit_mediation_success_rate__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__result_failed_or_success__stage_pre_litigation, 0)
            as double
        ) as prelit_mediation_success_rate__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_mediation_success_rate__applies,
        -- lawsuits_per_10k (from 2016-01-01)
        'lawsuits_per_10k' as lawsuits_per_10k__indicator_id,
        '2016-01-01' as lawsuits_per_10k__definition_valid_from,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_adm1_or_civ1, 0) as double) as lawsuits_per_10k__numerator,
        cast(population as double) as lawsuits_per_10k__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as lawsuits_per_10k__applies,
        -- judicial_confirmation_count (from 2016-01-01)
        'judicial_confirmation_count' as judicial_confirmation_count__indicator_id,
        '2016-01-01' as judicial_confirmation_count__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__judicial_confirmation__result_success, 0)
            as double
        ) as judicial_confirmation_count__numerator,
        cast(null as double) as judicial_confirmation_count__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as judicial_confirmation_count__applies,
        -- prelit_mediations_received (from 2016-01-01)
        'prelit_mediations_received' as prelit_mediations_received__indicator_id,
        '2016-01-01' as prelit_mediations_received__definition_valid_from,
        cast(coalesce(m_mediations__received_in__count__stage_pre_litigation, 0) as double) as prelit_mediations_received__numerator,
        cast(null as double) as prelit_mediations_received__denominator,
        {{ indicator_applies(
            levels=['court', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['filing', 'civil', 'commercial'],
        ) }} as prelit_mediations_received__applies,
        -- prelit_mediations_closed (from 2016-01-01)
        'prelit_mediations_closed' as prelit_mediations_closed__indicator_id,
        '2016-01-01' as prelit_mediations_closed__definition_valid_from,
        cast(coalesce(m_mediations__closed_in__count__stage_pre_litigation, 0) as double) as prelit_mediations_closed__numerator,
        cast(null as double) as prelit_mediations_closed__denominator,
        {{ indicator_applies(
            levels=['court', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['filing', 'civil', 'commercial'],
        ) }} as prelit_mediations_closed__applies,
        -- prelit_mediations_succeeded (from 2016-01-01)
        'prelit_mediations_succeeded' as prelit_mediations_succeeded__indicator_id,
        '2016-01-01' as prelit_mediations_succeeded__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0)
            as double
        ) as prelit_mediations_succeeded__numerator,
        cast(null as double) as prelit_mediations_succeeded__denominator,
        {{ indicator_applies(
            levels=['court', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['filing', 'civil', 'commercial'],
        ) }} as prelit_mediations_succeeded__applies,
        -- prelit_mediations_open_end (from 2016-01-01)
        'prelit_mediations_open_end' as prelit_mediations_open_end__indicator_id,
        '2016-01-01' as prelit_mediations_open_end__definition_valid_from,
        cast(coalesce(m_mediations__open_at_end__count__stage_pre_litigation, 0) as double) as prelit_mediations_open_end__numerator,
        cast(null as double) as prelit_mediations_open_end__denominator,
        {{ indicator_applies(
            levels=['court', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['filing', 'civil', 'commercial'],
        ) }} as prelit_mediations_open_end__applies,
        -- insuit_mediations_received (from 2016-01-01)
        'insuit_mediations_received' as insuit_mediations_received__indicator_id,
        '2016-01-01' as insuit_mediations_received__definition_valid_from,
        cast(coalesce(m_mediations__received_in__count__stage_in_litigation, 0) as double) as insuit_mediations_received__numerator,
        cast(null as double) as insuit_mediations_received__denominator,
        {{ indicator_applies(
            levels=['court', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as insuit_mediations_received__applies,
        -- insuit_mediations_succeeded (from 2016-01-01)
        'insuit_mediations_succeeded' as insuit_mediations_succeeded__indicator_id,
        '2016-01-01' as insuit_mediations_succeeded__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__result_success__stage_in_litigation, 0)
            as double
        ) as insuit_mediations_succeeded__numerator,
        cast(null as double) as insuit_mediations_succeeded__denominator,
        {{ indicator_applies(
            levels=['court', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as insuit_mediations_succeeded__applies,
        -- prelit_confirmation_within_limit_rate (from 2016-01-01)
        'prelit_confirmation_within_limit_rate' as prelit_confirmation_within_limit_rate__indicator_id,
        '2016-01-01' as prelit_confirmation_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_presuit_confirm__is_within_limit, 0)
            as double
        ) as prelit_confirmation_within_limit_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_presuit_confirm__has_statutory_limit, 0)
            as double
        ) as prelit_confirmation_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['filing', 'civil', 'commercial'],
        ) }} as prelit_confirmation_within_limit_rate__applies,
        -- people_mediation_confirmation_filed (from 2016-01-01)
        'people_mediation_confirmation_filed' as people_mediation_confirmation_filed__indicator_id,
        '2016-01-01' as people_mediation_confirmation_filed__definition_valid_from,
        cast(
            coalesce(m_trial_cases__filed_in__count__case_type_code_civ_special__cause_of_action_v05d74e, 0)
            as double
        ) as people_mediation_confirmation_filed__numerator,
        cast(null as double) as people_mediation_confirmation_filed__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as people_mediation_confirmation_filed__applies,
        -- prelit_mediation_settle_rate (from 2016-01-01)
        'prelit_mediation_settle_rate' as prelit_mediation_settle_rate__indicator_id,
        '2016-01-01' as prelit_mediation_settle_rate__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0)
            as double
        ) as prelit_mediation_settle_rate__numerator,
        cast(coalesce(m_mediations__closed_in__count__stage_pre_litigation, 0) as double) as prelit_mediation_settle_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['filing', 'civil', 'commercial'],
        ) }} as prelit_mediation_settle_rate__applies,
        -- insuit_mediation_success_rate (from 2016-01-01)
        'insuit_mediation_success_rate' as insuit_mediation_success_rate__indicator_id,
        '2016-01-01' as insuit_mediation_success_rate__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__result_success__stage_in_litigation, 0)
            as double
        ) as insuit_mediation_success_rate__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__result_failed_or_success__stage_in_litigation, 0)
            as double
        ) as insuit_mediation_success_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as insuit_mediation_success_rate__applies,
        -- prelit_judicial_confirmation_rate (from 2016-01-01)
        'prelit_judicial_confirmation_rate' as prelit_judicial_confirmation_rate__indicator_id,
        '2016-01-01' as prelit_judicial_confirmation_rate__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__judicial_confirmation__result_success__stage_pre_litigation, 0)
            as double
        ) as prelit_judicial_confirmation_rate__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0)
            as double
        ) as prelit_judicial_confirmation_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['filing', 'civil', 'commercial'],
        ) }} as prelit_judicial_confirmation_rate__applies,
        -- prelit_conversion_rate (from 2016-01-01)
        'prelit_conversion_rate' as prelit_conversion_rate__indicator_id,
        '2016-01-01' as prelit_conversion_rate__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__is_converted_to_case__stage_pre_litigation, 0)
            as double
        ) as prelit_conversion_rate__numerator,
        cast(coalesce(m_mediations__closed_in__count__stage_pre_litigation, 0) as double) as prelit_conversion_rate__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_conversion_rate__applies,
        -- prelit_withdrawal_rate (from 2016-01-01)
        'prelit_withdrawal_rate' as prelit_withdrawal_rate__indicator_id,
        '2016-01-01' as prelit_withdrawal_rate__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__result_withdrawn__stage_pre_litigation, 0)
            as double
        ) as prelit_withdrawal_rate__numerator,
        cast(coalesce(m_mediations__closed_in__count__stage_pre_litigation, 0) as double) as prelit_withdrawal_rate__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_withdrawal_rate__applies,
        -- prelit_mediation_completion_rate (from 2016-01-01)
        'prelit_mediation_completion_rate' as prelit_mediation_completion_rate__indicator_id,
        '2016-01-01' as prelit_mediation_completion_rate__definition_valid_from,
        cast(
            coalesce(m_mediations__received_in__count__closed_by_period_end__stage_pre_litigation, 0)
            as double
        ) as prelit_mediation_completion_rate__numerator,
        cast(
            coalesce(m_mediations__received_in__count__stage_pre_litigation, 0)
            as double
        ) as prelit_mediation_completion_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['filing', 'civil', 'commercial'],
        ) }} as prelit_mediation_completion_rate__applies,
        -- prelit_mediation_within_30_days_rate (from 2016-01-01)
        'prelit_mediation_within_30_days_rate' as prelit_mediation_within_30_days_rate__indicator_id,
        '2016-01-01' as prelit_mediation_within_30_days_rate__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__days_to_close_le_30__stage_pre_litigation, 0)
            as double
        ) as prelit_mediation_within_30_days_rate__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__stage_pre_litigation, 0)
            as double
        ) as prelit_mediation_within_30_days_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['filing', 'civil', 'commercial'],
        ) }} as prelit_mediation_within_30_days_rate__applies,
        -- prelit_success_share_of_disputes (from 2016-01-01)
        'prelit_success_share_of_disputes' as prelit_success_share_of_disputes__indicator_id,
        '2016-01-01' as prelit_success_share_of_disputes__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0)
            as double
        ) as prelit_success_share_of_disputes__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0)
            + coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0)
            as double
        ) as prelit_success_share_of_disputes__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_success_share_of_disputes__applies,
        -- prelit_success_to_civil_filings (from 2016-01-01)
        'prelit_success_to_civil_filings' as prelit_success_to_civil_filings__indicator_id,
        '2016-01-01' as prelit_success_to_civil_filings__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0)
            as double
        ) as prelit_success_to_civil_filings__numerator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0) as double) as prelit_success_to_civil_filings__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_success_to_civil_filings__applies,
        -- prelit_mediation_share (from 2016-01-01)
        'prelit_mediation_share' as prelit_mediation_share__indicator_id,
        '2016-01-01' as prelit_mediation_share__definition_valid_from,
        cast(coalesce(m_mediations__received_in__count__stage_pre_litigation, 0) as double) as prelit_mediation_share__numerator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0) as double) as prelit_mediation_share__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_mediation_share__applies,
        -- prelit_delegated_share (from 2016-01-01)
        'prelit_delegated_share' as prelit_delegated_share__indicator_id,
        '2016-01-01' as prelit_delegated_share__definition_valid_from,
        cast(
            coalesce(m_mediations__received_in__count__mediator_type_not_court_staff__stage_pre_litigation, 0)
            as double
        ) as prelit_delegated_share__numerator,
        cast(coalesce(m_mediations__received_in__count__stage_pre_litigation, 0) as double) as prelit_delegated_share__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_delegated_share__applies,
        -- prelit_mediation_avg_days (from 2016-01-01)
        'prelit_mediation_avg_days' as prelit_mediation_avg_days__indicator_id,
        '2016-01-01' as prelit_mediation_avg_days__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__sum_days_to_close__stage_pre_litigation, 0)
            as double
        ) as prelit_mediation_avg_days__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__days_to_close_known__stage_pre_litigation, 0)
            as double
        ) as prelit_mediation_avg_days__denominator,
        {{ indicator_applies(
            levels=['court', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['filing', 'civil', 'commercial'],
        ) }} as prelit_mediation_avg_days__applies,
        -- prelit_mediation_median_days (from 2016-01-01)
        'prelit_mediation_median_days' as prelit_mediation_median_days__indicator_id,
        '2016-01-01' as prelit_mediation_median_days__definition_valid_from,
        cast(m_mediations__closed_in__median_days_to_close__stage_pre_litigation as double) as prelit_mediation_median_days__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__days_to_close_known__stage_pre_litigation, 0)
            as double
        ) as prelit_mediation_median_days__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_mediation_median_days__applies,
        -- insuit_mediation_avg_days (from 2016-01-01)
        'insuit_mediation_avg_days' as insuit_mediation_avg_days__indicator_id,
        '2016-01-01' as insuit_mediation_avg_days__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__sum_days_to_close__stage_in_litigation, 0)
            as double
        ) as insuit_mediation_avg_days__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__days_to_close_known__stage_in_litigation, 0)
            as double
        ) as insuit_mediation_avg_days__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as insuit_mediation_avg_days__applies,
        -- prelit_mediation_amount (from 2016-01-01)
        'prelit_mediation_amount' as prelit_mediation_amount__indicator_id,
        '2016-01-01' as prelit_mediation_amount__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__sum_amount__result_success__stage_pre_litigation, 0)
            as double
        ) as prelit_mediation_amount__numerator,
        cast(null as double) as prelit_mediation_amount__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_mediation_amount__applies,
        -- prelit_mediation_avg_amount (from 2016-01-01)
        'prelit_mediation_avg_amount' as prelit_mediation_avg_amount__indicator_id,
        '2016-01-01' as prelit_mediation_avg_amount__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__sum_amount__result_success__stage_pre_litigation, 0)
            as double
        ) as prelit_mediation_avg_amount__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__amount_known__result_success__stage_pre_litigation, 0)
            as double
        ) as prelit_mediation_avg_amount__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_mediation_avg_amount__applies,
        -- civil_suits_per_10k (from 2016-01-01)
        'civil_suits_per_10k' as civil_suits_per_10k__indicator_id,
        '2016-01-01' as civil_suits_per_10k__definition_valid_from,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0) as double) as civil_suits_per_10k__numerator,
        cast(population as double) as civil_suits_per_10k__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as civil_suits_per_10k__applies,
        -- admin_suits_per_10k (from 2016-01-01)
        'admin_suits_per_10k' as admin_suits_per_10k__indicator_id,
        '2016-01-01' as admin_suits_per_10k__definition_valid_from,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_adm1, 0) as double) as admin_suits_per_10k__numerator,
        cast(population as double) as admin_suits_per_10k__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as admin_suits_per_10k__applies,
        -- first_instance_suits_per_10k (from 2016-01-01)
        'first_instance_suits_per_10k' as first_instance_suits_per_10k__indicator_id,
        '2016-01-01' as first_instance_suits_per_10k__definition_valid_from,
        cast(coalesce(m_trial_cases__filed_in__count__is_first_instance, 0) as double) as first_instance_suits_per_10k__numerator,
        cast(population as double) as first_instance_suits_per_10k__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as first_instance_suits_per_10k__applies,
        -- enterprise_suits_per_10k (from 2016-01-01)
        'enterprise_suits_per_10k' as enterprise_suits_per_10k__indicator_id,
        '2016-01-01' as enterprise_suits_per_10k__definition_valid_from,
        cast(
            coalesce(m_trial_cases__filed_in__count__case_type_code_civ1__involves_enterprise, 0)
            as double
        ) as enterprise_suits_per_10k__numerator,
        cast(population as double) as enterprise_suits_per_10k__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as enterprise_suits_per_10k__applies,
        -- prelit_success_rate_invited_mediator (from 2016-01-01)
        'prelit_success_rate_invited_mediator' as prelit_success_rate_invited_mediator__indicator_id,
        '2016-01-01' as prelit_success_rate_invited_mediator__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__mediator_type_invited_mediator__result_success__stage_8299f7463d, 0)
            as double
        ) as prelit_success_rate_invited_mediator__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__mediator_type_invited_mediator__result_failed_or_succ_db81195c6d, 0)
            as double
        ) as prelit_success_rate_invited_mediator__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_success_rate_invited_mediator__applies,
        -- prelit_success_rate_people_mediation (from 2016-01-01)
        'prelit_success_rate_people_mediation' as prelit_success_rate_people_mediation__indicator_id,
        '2016-01-01' as prelit_success_rate_people_mediation__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_succ_1bdd31eb2d, 0)
            as double
        ) as prelit_success_rate_people_mediation__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_fail_4bc030757c, 0)
            as double
        ) as prelit_success_rate_people_mediation__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_success_rate_people_mediation__applies,
        -- prelit_success_rate_industry_org (from 2016-01-01)
        'prelit_success_rate_industry_org' as prelit_success_rate_industry_org__indicator_id,
        '2016-01-01' as prelit_success_rate_industry_org__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__mediator_type_industry_organisation__result_success_063af91c04, 0)
            as double
        ) as prelit_success_rate_industry_org__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__mediator_type_industry_organisation__result_failed_or_6dd6e3cf9f, 0)
            as double
        ) as prelit_success_rate_industry_org__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_success_rate_industry_org__applies,
        -- prelit_success_rate_court_staff (from 2016-01-01)
        'prelit_success_rate_court_staff' as prelit_success_rate_court_staff__indicator_id,
        '2016-01-01' as prelit_success_rate_court_staff__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__mediator_type_court_staff__result_success__stage_pre_litigation, 0)
            as double
        ) as prelit_success_rate_court_staff__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__mediator_type_court_staff__result_failed_or_success_acf459e3a8, 0)
            as double
        ) as prelit_success_rate_court_staff__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_success_rate_court_staff__applies,
        -- prelit_success_rate_family (from 2016-01-01)
        'prelit_success_rate_family' as prelit_success_rate_family__indicator_id,
        '2016-01-01' as prelit_success_rate_family__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__dispute_type_v948447__result_success__stage_pre_litigation, 0)
            as double
        ) as prelit_success_rate_family__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__dispute_type_v948447__result_failed_or_success__stage_a798075090, 0)
            as double
        ) as prelit_success_rate_family__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_success_rate_family__applies,
        -- prelit_success_rate_private_lending (from 2016-01-01)
        'prelit_success_rate_private_lending' as prelit_success_rate_private_lending__indicator_id,
        '2016-01-01' as prelit_success_rate_private_lending__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__dispute_type_v8e1420__result_success__stage_pre_litigation, 0)
            as double
        ) as prelit_success_rate_private_lending__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__dispute_type_v8e1420__result_failed_or_success__stage_b798ccfe74, 0)
            as double
        ) as prelit_success_rate_private_lending__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_success_rate_private_lending__applies,
        -- prelit_success_rate_property_service (from 2016-01-01)
        'prelit_success_rate_property_service' as prelit_success_rate_property_service__indicator_id,
        '2016-01-01' as prelit_success_rate_property_service__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__dispute_type_ve66502__result_success__stage_pre_litigation, 0)
            as double
        ) as prelit_success_rate_property_service__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__dispute_type_ve66502__result_failed_or_success__stage_2d464f3494, 0)
            as double
        ) as prelit_success_rate_property_service__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_success_rate_property_service__applies,
        -- prelit_success_rate_sales_contract (from 2016-01-01)
        'prelit_success_rate_sales_contract' as prelit_success_rate_sales_contract__indicator_id,
        '2016-01-01' as prelit_success_rate_sales_contract__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__dispute_type_v8e475a__result_success__stage_pre_litigation, 0)
            as double
        ) as prelit_success_rate_sales_contract__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__dispute_type_v8e475a__result_failed_or_success__stage_47f292a376, 0)
            as double
        ) as prelit_success_rate_sales_contract__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_success_rate_sales_contract__applies,
        -- prelit_success_rate_labour (from 2016-01-01)
        'prelit_success_rate_labour' as prelit_success_rate_labour__indicator_id,
        '2016-01-01' as prelit_success_rate_labour__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__dispute_type_v7eeac5__result_success__stage_pre_litigation, 0)
            as double
        ) as prelit_success_rate_labour__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__dispute_type_v7eeac5__result_failed_or_success__stage_3cbdc77e0f, 0)
            as double
        ) as prelit_success_rate_labour__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_success_rate_labour__applies,
        -- prelit_success_rate_financial_loan (from 2016-01-01)
        'prelit_success_rate_financial_loan' as prelit_success_rate_financial_loan__indicator_id,
        '2016-01-01' as prelit_success_rate_financial_loan__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__dispute_type_v57f385__result_success__stage_pre_litigation, 0)
            as double
        ) as prelit_success_rate_financial_loan__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__dispute_type_v57f385__result_failed_or_success__stage_f37267e0c8, 0)
            as double
        ) as prelit_success_rate_financial_loan__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_success_rate_financial_loan__applies,
        -- prelit_success_rate_traffic_accident (from 2016-01-01)
        'prelit_success_rate_traffic_accident' as prelit_success_rate_traffic_accident__indicator_id,
        '2016-01-01' as prelit_success_rate_traffic_accident__definition_valid_from,
        cast(
            coalesce(m_mediations__closed_in__count__dispute_type_va80897__result_success__stage_pre_litigation, 0)
            as double
        ) as prelit_success_rate_traffic_accident__numerator,
        cast(
            coalesce(m_mediations__closed_in__count__dispute_type_va80897__result_failed_or_success__stage_9a5d8a7624, 0)
            as double
        ) as prelit_success_rate_traffic_accident__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_success_rate_traffic_accident__applies,
        -- prelit_confirmation_enforcement_ratio (from 2016-01-01)
        'prelit_confirmation_enforcement_ratio' as prelit_confirmation_enforcement_ratio__indicator_id,
        '2016-01-01' as prelit_confirmation_enforcement_ratio__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_prelit_confirmation, 0)
            as double
        ) as prelit_confirmation_enforcement_ratio__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_presuit_confirm, 0)
            as double
        ) as prelit_confirmation_enforcement_ratio__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as prelit_confirmation_enforcement_ratio__applies
    from measures

),

definition_values as (

    select
        *,
        case
            when prelit_mediation_success_rate__denominator != 0
                then prelit_mediation_success_rate__numerator / prelit_mediation_success_rate__denominator
        end as prelit_mediation_success_rate__value,
        case
            when lawsuits_per_10k__denominator > 0
                then lawsuits_per_10k__numerator / lawsuits_per_10k__denominator * 10000
        end as lawsuits_per_10k__value,
        judicial_confirmation_count__numerator as judicial_confirmation_count__value,
        prelit_mediations_received__numerator as prelit_mediations_received__value,
        prelit_mediations_closed__numerator as prelit_mediations_closed__value,
        prelit_mediations_succeeded__numerator as prelit_mediations_succeeded__value,
        prelit_mediations_open_end__numerator as prelit_mediations_open_end__value,
        insuit_mediations_received__numerator as insuit_mediations_received__value,
        insuit_mediations_succeeded__numerator as insuit_mediations_succeeded__value,
        case
            when prelit_confirmation_within_limit_rate__denominator != 0
                then prelit_confirmation_within_limit_rate__numerator / prelit_confirmation_within_limit_rate__denominator
        end as prelit_confirmation_within_limit_rate__value,
        people_mediation_confirmation_filed__numerator as people_mediation_confirmation_filed__value,
        case
            when prelit_mediation_settle_rate__denominator != 0
                then prelit_mediation_settle_rate__numerator / prelit_mediation_settle_rate__denominator
        end as prelit_mediation_settle_rate__value,
        case
            when insuit_mediation_success_rate__denominator != 0
                then insuit_mediation_success_rate__numerator / insuit_mediation_success_rate__denominator
        end as insuit_mediation_success_rate__value,
        case
            when prelit_judicial_confirmation_rate__denominator != 0
                then prelit_judicial_confirmation_rate__numerator / prelit_judicial_confirmation_rate__denominator
        end as prelit_judicial_confirmation_rate__value,
        case
            when prelit_conversion_rate__denominator != 0
                then prelit_conversion_rate__numerator / prelit_conversion_rate__denominator
        end as prelit_conversion_rate__value,
        case
            when prelit_withdrawal_rate__denominator != 0
                then prelit_withdrawal_rate__numerator / prelit_withdrawal_rate__denominator
        end as prelit_withdrawal_rate__value,
        case
            when prelit_mediation_completion_rate__denominator != 0
                then prelit_mediation_completion_rate__numerator / prelit_mediation_completion_rate__denominator
        end as prelit_mediation_completion_rate__value,
        case
            when prelit_mediation_within_30_days_rate__denominator != 0
                then prelit_mediation_within_30_days_rate__numerator / prelit_mediation_within_30_days_rate__denominator
        end as prelit_mediation_within_30_days_rate__value,
        case
            when prelit_success_share_of_disputes__denominator != 0
                then prelit_success_share_of_disputes__numerator / prelit_success_share_of_disputes__denominator
        end as prelit_success_share_of_disputes__value,
        case
            when prelit_success_to_civil_filings__denominator != 0
                then prelit_success_to_civil_filings__numerator / prelit_success_to_civil_filings__denominator
        end as prelit_success_to_civil_filings__value,
        case
            when prelit_mediation_share__denominator != 0
                then prelit_mediation_share__numerator / prelit_mediation_share__denominator
        end as prelit_mediation_share__value,
        case
            when prelit_delegated_share__denominator != 0
                then prelit_delegated_share__numerator / prelit_delegated_share__denominator
        end as prelit_delegated_share__value,
        case
            when prelit_mediation_avg_days__denominator != 0
                then prelit_mediation_avg_days__numerator / prelit_mediation_avg_days__denominator
        end as prelit_mediation_avg_days__value,
        case
            when prelit_mediation_median_days__denominator > 0
                then prelit_mediation_median_days__numerator
        end as prelit_mediation_median_days__value,
        case
            when insuit_mediation_avg_days__denominator != 0
                then insuit_mediation_avg_days__numerator / insuit_mediation_avg_days__denominator
        end as insuit_mediation_avg_days__value,
        prelit_mediation_amount__numerator as prelit_mediation_amount__value,
        case
            when prelit_mediation_avg_amount__denominator != 0
                then prelit_mediation_avg_amount__numerator / prelit_mediation_avg_amount__denominator
        end as prelit_mediation_avg_amount__value,
        case
            when civil_suits_per_10k__denominator > 0
                then civil_suits_per_10k__numerator / civil_suits_per_10k__denominator * 10000
        end as civil_suits_per_10k__value,
        case
            when admin_suits_per_10k__denominator > 0
                then admin_suits_per_10k__numerator / admin_suits_per_10k__denominator * 10000
        end as admin_suits_per_10k__value,
        case
            when first_instance_suits_per_10k__denominator > 0
                then first_instance_suits_per_10k__numerator / first_instance_suits_per_10k__denominator * 10000
        end as first_instance_suits_per_10k__value,
        case
            when enterprise_suits_per_10k__denominator > 0
                then enterprise_suits_per_10k__numerator / enterprise_suits_per_10k__denominator * 10000
        end as enterprise_suits_per_10k__value,
        case
            when prelit_success_rate_invited_mediator__denominator != 0
                then prelit_success_rate_invited_mediator__numerator / prelit_success_rate_invited_mediator__denominator
        end as prelit_success_rate_invited_mediator__value,
        case
            when prelit_success_rate_people_mediation__denominator != 0
                then prelit_success_rate_people_mediation__numerator / prelit_success_rate_people_mediation__denominator
        end as prelit_success_rate_people_mediation__value,
        case
            when prelit_success_rate_industry_org__denominator != 0
                then prelit_success_rate_industry_org__numerator / prelit_success_rate_industry_org__denominator
        end as prelit_success_rate_industry_org__value,
        case
            when prelit_success_rate_court_staff__denominator != 0
                then prelit_success_rate_court_staff__numerator / prelit_success_rate_court_staff__denominator
        end as prelit_success_rate_court_staff__value,
        case
            when prelit_success_rate_family__denominator != 0
                then prelit_success_rate_family__numerator / prelit_success_rate_family__denominator
        end as prelit_success_rate_family__value,
        case
            when prelit_success_rate_private_lending__denominator != 0
                then prelit_success_rate_private_lending__numerator / prelit_success_rate_private_lending__denominator
        end as prelit_success_rate_private_lending__value,
        case
            when prelit_success_rate_property_service__denominator != 0
                then prelit_success_rate_property_service__numerator / prelit_success_rate_property_service__denominator
        end as prelit_success_rate_property_service__value,
        case
            when prelit_success_rate_sales_contract__denominator != 0
                then prelit_success_rate_sales_contract__numerator / prelit_success_rate_sales_contract__denominator
        end as prelit_success_rate_sales_contract__value,
        case
            when prelit_success_rate_labour__denominator != 0
                then prelit_success_rate_labour__numerator / prelit_success_rate_labour__denominator
        end as prelit_success_rate_labour__value,
        case
            when prelit_success_rate_financial_loan__denominator != 0
                then prelit_success_rate_financial_loan__numerator / prelit_success_rate_financial_loan__denominator
        end as prelit_success_rate_financial_loan__value,
        case
            when prelit_success_rate_traffic_accident__denominator != 0
                then prelit_success_rate_traffic_accident__numerator / prelit_success_rate_traffic_accident__denominator
        end as prelit_success_rate_traffic_accident__value,
        case
            when prelit_confirmation_enforcement_ratio__denominator != 0
                then prelit_confirmation_enforcement_ratio__numerator / prelit_confirmation_enforcement_ratio__denominator
        end as prelit_confirmation_enforcement_ratio__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                prelit_mediation_success_rate__indicator_id,
                prelit_mediation_success_rate__definition_valid_from,
                prelit_mediation_success_rate__numerator,
                prelit_mediation_success_rate__denominator,
                prelit_mediation_success_rate__value,
                prelit_mediation_success_rate__applies
            ) as prelit_mediation_success_rate,
            (
                lawsuits_per_10k__indicator_id,
                lawsuits_per_10k__definition_valid_from,
                lawsuits_per_10k__numerator,
                lawsuits_per_10k__denominator,
                lawsuits_per_10k__value,
                lawsuits_per_10k__applies
            ) as lawsuits_per_10k,
            (
                judicial_confirmation_count__indicator_id,
                judicial_confirmation_count__definition_valid_from,
                judicial_confirmation_count__numerator,
                judicial_confirmation_count__denominator,
                judicial_confirmation_count__value,
                judicial_confirmation_count__applies
            ) as judicial_confirmation_count,
            (
                prelit_mediations_received__indicator_id,
                prelit_mediations_received__definition_valid_from,
                prelit_mediations_received__numerator,
                prelit_mediations_received__denominator,
                prelit_mediations_received__value,
                prelit_mediations_received__applies
            ) as prelit_mediations_received,
            (
                prelit_mediations_closed__indicator_id,
                prelit_mediations_closed__definition_valid_from,
                prelit_mediations_closed__numerator,
                prelit_mediations_closed__denominator,
                prelit_mediations_closed__value,
                prelit_mediations_closed__applies
            ) as prelit_mediations_closed,
            (
                prelit_mediations_succeeded__indicator_id,
                prelit_mediations_succeeded__definition_valid_from,
                prelit_mediations_succeeded__numerator,
                prelit_mediations_succeeded__denominator,
                prelit_mediations_succeeded__value,
                prelit_mediations_succeeded__applies
            ) as prelit_mediations_succeeded,
            (
                prelit_mediations_open_end__indicator_id,
                prelit_mediations_open_end__definition_valid_from,
                prelit_mediations_open_end__numerator,
                prelit_mediations_open_end__denominator,
                prelit_mediations_open_end__value,
                prelit_mediations_open_end__applies
            ) as prelit_mediations_open_end,
            (
                insuit_mediations_received__indicator_id,
                insuit_mediations_received__definition_valid_from,
                insuit_mediations_received__numerator,
                insuit_mediations_received__denominator,
                insuit_mediations_received__value,
                insuit_mediations_received__applies
            ) as insuit_mediations_received,
            (
                insuit_mediations_succeeded__indicator_id,
                insuit_mediations_succeeded__definition_valid_from,
                insuit_mediations_succeeded__numerator,
                insuit_mediations_succeeded__denominator,
                insuit_mediations_succeeded__value,
                insuit_mediations_succeeded__applies
            ) as insuit_mediations_succeeded,
            (
                prelit_confirmation_within_limit_rate__indicator_id,
                prelit_confirmation_within_limit_rate__definition_valid_from,
                prelit_confirmation_within_limit_rate__numerator,
                prelit_confirmation_within_limit_rate__denominator,
                prelit_confirmation_within_limit_rate__value,
                prelit_confirmation_within_limit_rate__applies
            ) as prelit_confirmation_within_limit_rate,
            (
                people_mediation_confirmation_filed__indicator_id,
                people_mediation_confirmation_filed__definition_valid_from,
                people_mediation_confirmation_filed__numerator,
                people_mediation_confirmation_filed__denominator,
                people_mediation_confirmation_filed__value,
                people_mediation_confirmation_filed__applies
            ) as people_mediation_confirmation_filed,
            (
                prelit_mediation_settle_rate__indicator_id,
                prelit_mediation_settle_rate__definition_valid_from,
                prelit_mediation_settle_rate__numerator,
                prelit_mediation_settle_rate__denominator,
                prelit_mediation_settle_rate__value,
                prelit_mediation_settle_rate__applies
            ) as prelit_mediation_settle_rate,
            (
                insuit_mediation_success_rate__indicator_id,
                insuit_mediation_success_rate__definition_valid_from,
                insuit_mediation_success_rate__numerator,
                insuit_mediation_success_rate__denominator,
                insuit_mediation_success_rate__value,
                insuit_mediation_success_rate__applies
            ) as insuit_mediation_success_rate,
            (
                prelit_judicial_confirmation_rate__indicator_id,
                prelit_judicial_confirmation_rate__definition_valid_from,
                prelit_judicial_confirmation_rate__numerator,
                prelit_judicial_confirmation_rate__denominator,
                prelit_judicial_confirmation_rate__value,
                prelit_judicial_confirmation_rate__applies
            ) as prelit_judicial_confirmation_rate,
            (
                prelit_conversion_rate__indicator_id,
                prelit_conversion_rate__definition_valid_from,
                prelit_conversion_rate__numerator,
                prelit_conversion_rate__denominator,
                prelit_conversion_rate__value,
                prelit_conversion_rate__applies
            ) as prelit_conversion_rate,
            (
                prelit_withdrawal_rate__indicator_id,
                prelit_withdrawal_rate__definition_valid_from,
                prelit_withdrawal_rate__numerator,
                prelit_withdrawal_rate__denominator,
                prelit_withdrawal_rate__value,
                prelit_withdrawal_rate__applies
            ) as prelit_withdrawal_rate,
            (
                prelit_mediation_completion_rate__indicator_id,
                prelit_mediation_completion_rate__definition_valid_from,
                prelit_mediation_completion_rate__numerator,
                prelit_mediation_completion_rate__denominator,
                prelit_mediation_completion_rate__value,
                prelit_mediation_completion_rate__applies
            ) as prelit_mediation_completion_rate,
            (
                prelit_mediation_within_30_days_rate__indicator_id,
                prelit_mediation_within_30_days_rate__definition_valid_from,
                prelit_mediation_within_30_days_rate__numerator,
                prelit_mediation_within_30_days_rate__denominator,
                prelit_mediation_within_30_days_rate__value,
                prelit_mediation_within_30_days_rate__applies
            ) as prelit_mediation_within_30_days_rate,
            (
                prelit_success_share_of_disputes__indicator_id,
                prelit_success_share_of_disputes__definition_valid_from,
                prelit_success_share_of_disputes__numerator,
                prelit_success_share_of_disputes__denominator,
                prelit_success_share_of_disputes__value,
                prelit_success_share_of_disputes__applies
            ) as prelit_success_share_of_disputes,
            (
                prelit_success_to_civil_filings__indicator_id,
                prelit_success_to_civil_filings__definition_valid_from,
                prelit_success_to_civil_filings__numerator,
                prelit_success_to_civil_filings__denominator,
                prelit_success_to_civil_filings__value,
                prelit_success_to_civil_filings__applies
            ) as prelit_success_to_civil_filings,
            (
                prelit_mediation_share__indicator_id,
                prelit_mediation_share__definition_valid_from,
                prelit_mediation_share__numerator,
                prelit_mediation_share__denominator,
                prelit_mediation_share__value,
                prelit_mediation_share__applies
            ) as prelit_mediation_share,
            (
                prelit_delegated_share__indicator_id,
                prelit_delegated_share__definition_valid_from,
                prelit_delegated_share__numerator,
                prelit_delegated_share__denominator,
                prelit_delegated_share__value,
                prelit_delegated_share__applies
            ) as prelit_delegated_share,
            (
                prelit_mediation_avg_days__indicator_id,
                prelit_mediation_avg_days__definition_valid_from,
                prelit_mediation_avg_days__numerator,
                prelit_mediation_avg_days__denominator,
                prelit_mediation_avg_days__value,
                prelit_mediation_avg_days__applies
            ) as prelit_mediation_avg_days,
            (
                prelit_mediation_median_days__indicator_id,
                prelit_mediation_median_days__definition_valid_from,
                prelit_mediation_median_days__numerator,
                prelit_mediation_median_days__denominator,
                prelit_mediation_median_days__value,
                prelit_mediation_median_days__applies
            ) as prelit_mediation_median_days,
            (
                insuit_mediation_avg_days__indicator_id,
                insuit_mediation_avg_days__definition_valid_from,
                insuit_mediation_avg_days__numerator,
                insuit_mediation_avg_days__denominator,
                insuit_mediation_avg_days__value,
                insuit_mediation_avg_days__applies
            ) as insuit_mediation_avg_days,
            (
                prelit_mediation_amount__indicator_id,
                prelit_mediation_amount__definition_valid_from,
                prelit_mediation_amount__numerator,
                prelit_mediation_amount__denominator,
                prelit_mediation_amount__value,
                prelit_mediation_amount__applies
            ) as prelit_mediation_amount,
            (
                prelit_mediation_avg_amount__indicator_id,
                prelit_mediation_avg_amount__definition_valid_from,
                prelit_mediation_avg_amount__numerator,
                prelit_mediation_avg_amount__denominator,
                prelit_mediation_avg_amount__value,
                prelit_mediation_avg_amount__applies
            ) as prelit_mediation_avg_amount,
            (
                civil_suits_per_10k__indicator_id,
                civil_suits_per_10k__definition_valid_from,
                civil_suits_per_10k__numerator,
                civil_suits_per_10k__denominator,
                civil_suits_per_10k__value,
                civil_suits_per_10k__applies
            ) as civil_suits_per_10k,
            (
                admin_suits_per_10k__indicator_id,
                admin_suits_per_10k__definition_valid_from,
                admin_suits_per_10k__numerator,
                admin_suits_per_10k__denominator,
                admin_suits_per_10k__value,
                admin_suits_per_10k__applies
            ) as admin_suits_per_10k,
            (
                first_instance_suits_per_10k__indicator_id,
                first_instance_suits_per_10k__definition_valid_from,
                first_instance_suits_per_10k__numerator,
                first_instance_suits_per_10k__denominator,
                first_instance_suits_per_10k__value,
                first_instance_suits_per_10k__applies
            ) as first_instance_suits_per_10k,
            (
                enterprise_suits_per_10k__indicator_id,
                enterprise_suits_per_10k__definition_valid_from,
                enterprise_suits_per_10k__numerator,
                enterprise_suits_per_10k__denominator,
                enterprise_suits_per_10k__value,
                enterprise_suits_per_10k__applies
            ) as enterprise_suits_per_10k,
            (
                prelit_success_rate_invited_mediator__indicator_id,
                prelit_success_rate_invited_mediator__definition_valid_from,
                prelit_success_rate_invited_mediator__numerator,
                prelit_success_rate_invited_mediator__denominator,
                prelit_success_rate_invited_mediator__value,
                prelit_success_rate_invited_mediator__applies
            ) as prelit_success_rate_invited_mediator,
            (
                prelit_success_rate_people_mediation__indicator_id,
                prelit_success_rate_people_mediation__definition_valid_from,
                prelit_success_rate_people_mediation__numerator,
                prelit_success_rate_people_mediation__denominator,
                prelit_success_rate_people_mediation__value,
                prelit_success_rate_people_mediation__applies
            ) as prelit_success_rate_people_mediation,
            (
                prelit_success_rate_industry_org__indicator_id,
                prelit_success_rate_industry_org__definition_valid_from,
                prelit_success_rate_industry_org__numerator,
                prelit_success_rate_industry_org__denominator,
                prelit_success_rate_industry_org__value,
                prelit_success_rate_industry_org__applies
            ) as prelit_success_rate_industry_org,
            (
                prelit_success_rate_court_staff__indicator_id,
                prelit_success_rate_court_staff__definition_valid_from,
                prelit_success_rate_court_staff__numerator,
                prelit_success_rate_court_staff__denominator,
                prelit_success_rate_court_staff__value,
                prelit_success_rate_court_staff__applies
            ) as prelit_success_rate_court_staff,
            (
                prelit_success_rate_family__indicator_id,
                prelit_success_rate_family__definition_valid_from,
                prelit_success_rate_family__numerator,
                prelit_success_rate_family__denominator,
                prelit_success_rate_family__value,
                prelit_success_rate_family__applies
            ) as prelit_success_rate_family,
            (
                prelit_success_rate_private_lending__indicator_id,
                prelit_success_rate_private_lending__definition_valid_from,
                prelit_success_rate_private_lending__numerator,
                prelit_success_rate_private_lending__denominator,
                prelit_success_rate_private_lending__value,
                prelit_success_rate_private_lending__applies
            ) as prelit_success_rate_private_lending,
            (
                prelit_success_rate_property_service__indicator_id,
                prelit_success_rate_property_service__definition_valid_from,
                prelit_success_rate_property_service__numerator,
                prelit_success_rate_property_service__denominator,
                prelit_success_rate_property_service__value,
                prelit_success_rate_property_service__applies
            ) as prelit_success_rate_property_service,
            (
                prelit_success_rate_sales_contract__indicator_id,
                prelit_success_rate_sales_contract__definition_valid_from,
                prelit_success_rate_sales_contract__numerator,
                prelit_success_rate_sales_contract__denominator,
                prelit_success_rate_sales_contract__value,
                prelit_success_rate_sales_contract__applies
            ) as prelit_success_rate_sales_contract,
            (
                prelit_success_rate_labour__indicator_id,
                prelit_success_rate_labour__definition_valid_from,
                prelit_success_rate_labour__numerator,
                prelit_success_rate_labour__denominator,
                prelit_success_rate_labour__value,
                prelit_success_rate_labour__applies
            ) as prelit_success_rate_labour,
            (
                prelit_success_rate_financial_loan__indicator_id,
                prelit_success_rate_financial_loan__definition_valid_from,
                prelit_success_rate_financial_loan__numerator,
                prelit_success_rate_financial_loan__denominator,
                prelit_success_rate_financial_loan__value,
                prelit_success_rate_financial_loan__applies
            ) as prelit_success_rate_financial_loan,
            (
                prelit_success_rate_traffic_accident__indicator_id,
                prelit_success_rate_traffic_accident__definition_valid_from,
                prelit_success_rate_traffic_accident__numerator,
                prelit_success_rate_traffic_accident__denominator,
                prelit_success_rate_traffic_accident__value,
                prelit_success_rate_traffic_accident__applies
            ) as prelit_success_rate_traffic_accident,
            (
                prelit_confirmation_enforcement_ratio__indicator_id,
                prelit_confirmation_enforcement_ratio__definition_valid_from,
                prelit_confirmation_enforcement_ratio__numerator,
                prelit_confirmation_enforcement_ratio__denominator,
                prelit_confirmation_enforcement_ratio__value,
                prelit_confirmation_enforcement_ratio__applies
            ) as prelit_confirmation_enforcement_ratio
        )
    )

),

final as (

    {{ kept_period_rows('litigation_source') }}
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
