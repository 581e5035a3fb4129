-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- administrative_trial: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('administrative_trial')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('administrative_trial') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- admin_first_closed_cases (from 2016-01-01)
        'admin_first_closed_cases' as admin_first_closed_cases__indicator_id,
        '2016-01-01' as admin_first_closed_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) as double) as admin_first_closed_cases__numerator,
        cast(null as double) as admin_first_closed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as admin_first_closed_cases__applies,
        -- admin_first_pending_cases (from 2016-01-01)
        'admin_first_pending_cases' as admin_first_pending_cases__indicator_id,
        '2016-01-01' as admin_first_pending_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__pending_at_end__count__case_type_code_adm1, 0) as double) as admin_first_pending_cases__numerator,
        cast(null as double) as admin_first_pending_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as admin_first_pending_cases__applies,
        -- admin_first_closure_rate (from 2016-01-01)
        'admin_first_closure_rate' as admin_first_closure_rate__indicator_id,
        '2016-01-01' as admin_first_closure_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) as double) as admin_first_closure_rate__numerator,
        cast(
            coalesce(m_trial_cases__carried_over__count__case_type_code_adm1, 0)
            + coalesce(m_trial_cases__filed_in__count__case_type_code_adm1, 0)
            as double
        ) as admin_first_closure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as admin_first_closure_rate__applies,
        -- admin_first_clearance_rate (from 2016-01-01)
        'admin_first_clearance_rate' as admin_first_clearance_rate__indicator_id,
        '2016-01-01' as admin_first_clearance_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) as double) as admin_first_clearance_rate__numerator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_adm1, 0) as double) as admin_first_clearance_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as admin_first_clearance_rate__applies,
        -- admin_first_within_limit_rate (from 2016-01-01)
        'admin_first_within_limit_rate' as admin_first_within_limit_rate__indicator_id,
        '2016-01-01' as admin_first_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__is_within_limit, 0)
            as double
        ) as admin_first_within_limit_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__has_statutory_limit, 0)
            as double
        ) as admin_first_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as admin_first_within_limit_rate__applies,
        -- admin_first_avg_duration_days (from 2016-01-01)
        'admin_first_avg_duration_days' as admin_first_avg_duration_days__indicator_id,
        '2016-01-01' as admin_first_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_adm1, 0)
            as double
        ) as admin_first_avg_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__duration_days_known, 0)
            as double
        ) as admin_first_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as admin_first_avg_duration_days__applies,
        -- admin_first_mediation_withdrawal_rate (from 2016-01-01)
        'admin_first_mediation_withdrawal_rate' as admin_first_mediation_withdrawal_rate__indicator_id,
        '2016-01-01' as admin_first_mediation_withdrawal_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_mediation_or_withdrawal, 0)
            as double
        ) as admin_first_mediation_withdrawal_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0)
            as double
        ) as admin_first_mediation_withdrawal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as admin_first_mediation_withdrawal_rate__applies,
        -- admin_first_dismissal_rate (from 2016-01-01)
        'admin_first_dismissal_rate' as admin_first_dismissal_rate__indicator_id,
        '2016-01-01' as admin_first_dismissal_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_dismissal, 0)
            as double
        ) as admin_first_dismissal_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) as double) as admin_first_dismissal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as admin_first_dismissal_rate__applies,
        -- admin_appeal_rate (from 2016-01-01)
        'admin_appeal_rate' as admin_appeal_rate__indicator_id,
        '2016-01-01' as admin_appeal_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_judgment_or_ruli_fe55f723e4, 0)
            as double
        ) as admin_appeal_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_judgment_or_ruling, 0)
            as double
        ) as admin_appeal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as admin_appeal_rate__applies,
        -- admin_acceptance_rate (from 2016-01-01)
        'admin_acceptance_rate' as admin_acceptance_rate__indicator_id,
        '2016-01-01' as admin_acceptance_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__is_reviewed, 0) as double) as admin_acceptance_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) as double) as admin_acceptance_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as admin_acceptance_rate__applies,
        -- admin_first_reversal_rate (from 2016-01-01)
        'admin_first_reversal_rate' as admin_first_reversal_rate__indicator_id,
        '2016-01-01' as admin_first_reversal_rate__definition_valid_from,
        cast(
            coalesce(m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_38dc35b63d, 0)
            as double
        ) as admin_first_reversal_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) as double) as admin_first_reversal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as admin_first_reversal_rate__applies,
        -- admin_second_closed_cases (from 2016-01-01)
        'admin_second_closed_cases' as admin_second_closed_cases__indicator_id,
        '2016-01-01' as admin_second_closed_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm2, 0) as double) as admin_second_closed_cases__numerator,
        cast(null as double) as admin_second_closed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as admin_second_closed_cases__applies,
        -- admin_second_within_limit_rate (from 2016-01-01)
        'admin_second_within_limit_rate' as admin_second_within_limit_rate__indicator_id,
        '2016-01-01' as admin_second_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_adm2__is_within_limit, 0)
            as double
        ) as admin_second_within_limit_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_adm2__has_statutory_limit, 0)
            as double
        ) as admin_second_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as admin_second_within_limit_rate__applies,
        -- admin_second_avg_duration_days (from 2016-01-01)
        'admin_second_avg_duration_days' as admin_second_avg_duration_days__indicator_id,
        '2016-01-01' as admin_second_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_adm2, 0)
            as double
        ) as admin_second_avg_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_adm2__duration_days_known, 0)
            as double
        ) as admin_second_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as admin_second_avg_duration_days__applies,
        -- admin_second_reversal_rate (from 2016-01-01)
        'admin_second_reversal_rate' as admin_second_reversal_rate__indicator_id,
        '2016-01-01' as admin_second_reversal_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_adm2__is_amended_or_remanded, 0)
            as double
        ) as admin_second_reversal_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm2, 0) as double) as admin_second_reversal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as admin_second_reversal_rate__applies,
        -- admin_retrial_application_rate (from 2016-01-01)
        'admin_retrial_application_rate' as admin_retrial_application_rate__indicator_id,
        '2016-01-01' as admin_retrial_application_rate__definition_valid_from,
        cast(
            coalesce(m_case_reviews__filed_in__count__case_type_code_adm_petition, 0)
            as double
        ) as admin_retrial_application_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_adm1_or_adm2__closing_method_judgment_or_ruling, 0)
            as double
        ) as admin_retrial_application_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as admin_retrial_application_rate__applies
    from measures

),

definition_values as (

    select
        *,
        admin_first_closed_cases__numerator as admin_first_closed_cases__value,
        admin_first_pending_cases__numerator as admin_first_pending_cases__value,
        case
            when admin_first_closure_rate__denominator != 0
                then admin_first_closure_rate__numerator / admin_first_closure_rate__denominator
        end as admin_first_closure_rate__value,
        case
            when admin_first_clearance_rate__denominator != 0
                then admin_first_clearance_rate__numerator / admin_first_clearance_rate__denominator
        end as admin_first_clearance_rate__value,
        case
            when admin_first_within_limit_rate__denominator != 0
                then admin_first_within_limit_rate__numerator / admin_first_within_limit_rate__denominator
        end as admin_first_within_limit_rate__value,
        case
            when admin_first_avg_duration_days__denominator != 0
                then admin_first_avg_duration_days__numerator / admin_first_avg_duration_days__denominator
        end as admin_first_avg_duration_days__value,
        case
            when admin_first_mediation_withdrawal_rate__denominator != 0
                then admin_first_mediation_withdrawal_rate__numerator / admin_first_mediation_withdrawal_rate__denominator
        end as admin_first_mediation_withdrawal_rate__value,
        case
            when admin_first_dismissal_rate__denominator != 0
                then admin_first_dismissal_rate__numerator / admin_first_dismissal_rate__denominator
        end as admin_first_dismissal_rate__value,
        case
            when admin_appeal_rate__denominator != 0
                then admin_appeal_rate__numerator / admin_appeal_rate__denominator
        end as admin_appeal_rate__value,
        case
            when admin_acceptance_rate__denominator != 0
                then 1 - admin_acceptance_rate__numerator / admin_acceptance_rate__denominator
        end as admin_acceptance_rate__value,
        case
            when admin_first_reversal_rate__denominator != 0
                then admin_first_reversal_rate__numerator / admin_first_reversal_rate__denominator
        end as admin_first_reversal_rate__value,
        admin_second_closed_cases__numerator as admin_second_closed_cases__value,
        case
            when admin_second_within_limit_rate__denominator != 0
                then admin_second_within_limit_rate__numerator / admin_second_within_limit_rate__denominator
        end as admin_second_within_limit_rate__value,
        case
            when admin_second_avg_duration_days__denominator != 0
                then admin_second_avg_duration_days__numerator / admin_second_avg_duration_days__denominator
        end as admin_second_avg_duration_days__value,
        case
            when admin_second_reversal_rate__denominator != 0
                then admin_second_reversal_rate__numerator / admin_second_reversal_rate__denominator
        end as admin_second_reversal_rate__value,
        case
            when admin_retrial_application_rate__denominator != 0
                then admin_retrial_application_rate__numerator / admin_retrial_application_rate__denominator
        end as admin_retrial_application_rate__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                admin_first_closed_cases__indicator_id,
                admin_first_closed_cases__definition_valid_from,
                admin_first_closed_cases__numerator,
                admin_first_closed_cases__denominator,
                admin_first_closed_cases__value,
                admin_first_closed_cases__applies
            ) as admin_first_closed_cases,
            (
                admin_first_pending_cases__indicator_id,
                admin_first_pending_cases__definition_valid_from,
                admin_first_pending_cases__numerator,
                admin_first_pending_cases__denominator,
                admin_first_pending_cases__value,
                admin_first_pending_cases__applies
            ) as admin_first_pending_cases,
            (
                admin_first_closure_rate__indicator_id,
                admin_first_closure_rate__definition_valid_from,
                admin_first_closure_rate__numerator,
                admin_first_closure_rate__denominator,
                admin_first_closure_rate__value,
                admin_first_closure_rate__applies
            ) as admin_first_closure_rate,
            (
                admin_first_clearance_rate__indicator_id,
                admin_first_clearance_rate__definition_valid_from,
                admin_first_clearance_rate__numerator,
                admin_first_clearance_rate__denominator,
                admin_first_clearance_rate__value,
                admin_first_clearance_rate__applies
            ) as admin_first_clearance_rate,
            (
                admin_first_within_limit_rate__indicator_id,
                admin_first_within_limit_rate__definition_valid_from,
                admin_first_within_limit_rate__numerator,
                admin_first_within_limit_rate__denominator,
                admin_first_within_limit_rate__value,
                admin_first_within_limit_rate__applies
            ) as admin_first_within_limit_rate,
            (
                admin_first_avg_duration_days__indicator_id,
                admin_first_avg_duration_days__definition_valid_from,
                admin_first_avg_duration_days__numerator,
                admin_first_avg_duration_days__denominator,
                admin_first_avg_duration_days__value,
                admin_first_avg_duration_days__applies
            ) as admin_first_avg_duration_days,
            (
                admin_first_mediation_withdrawal_rate__indicator_id,
                admin_first_mediation_withdrawal_rate__definition_valid_from,
                admin_first_mediation_withdrawal_rate__numerator,
                admin_first_mediation_withdrawal_rate__denominator,
                admin_first_mediation_withdrawal_rate__value,
                admin_first_mediation_withdrawal_rate__applies
            ) as admin_first_mediation_withdrawal_rate,
            (
                admin_first_dismissal_rate__indicator_id,
                admin_first_dismissal_rate__definition_valid_from,
                admin_first_dismissal_rate__numerator,
                admin_first_dismissal_rate__denominator,
                admin_first_dismissal_rate__value,
                admin_first_dismissal_rate__applies
            ) as admin_first_dismissal_rate,
            (
                admin_appeal_rate__indicator_id,
                admin_appeal_rate__definition_valid_from,
                admin_appeal_rate__numerator,
                admin_appeal_rate__denominator,
                admin_appeal_rate__value,
                admin_appeal_rate__applies
            ) as admin_appeal_rate,
            (
                admin_acceptance_rate__indicator_id,
                admin_acceptance_rate__definition_valid_from,
                admin_acceptance_rate__numerator,
                admin_acceptance_rate__denominator,
                admin_acceptance_rate__value,
                admin_acceptance_rate__applies
            ) as admin_acceptance_rate,
            (
                admin_first_reversal_rate__indicator_id,
                admin_first_reversal_rate__definition_valid_from,
                admin_first_reversal_rate__numerator,
                admin_first_reversal_rate__denominator,
                admin_first_reversal_rate__value,
                admin_first_reversal_rate__applies
            ) as admin_first_reversal_rate,
            (
                admin_second_closed_cases__indicator_id,
                admin_second_closed_cases__definition_valid_from,
                admin_second_closed_cases__numerator,
                admin_second_closed_cases__denominator,
                admin_second_closed_cases__value,
                admin_second_closed_cases__applies
            ) as admin_second_closed_cases,
            (
                admin_second_within_limit_rate__indicator_id,
                admin_second_within_limit_rate__definition_valid_from,
                admin_second_within_limit_rate__numerator,
                admin_second_within_limit_rate__denominator,
                admin_second_within_limit_rate__value,
                admin_second_within_limit_rate__applies
            ) as admin_second_within_limit_rate,
            (
                admin_second_avg_duration_days__indicator_id,
                admin_second_avg_duration_days__definition_valid_from,
                admin_second_avg_duration_days__numerator,
                admin_second_avg_duration_days__denominator,
                admin_second_avg_duration_days__value,
                admin_second_avg_duration_days__applies
            ) as admin_second_avg_duration_days,
            (
                admin_second_reversal_rate__indicator_id,
                admin_second_reversal_rate__definition_valid_from,
                admin_second_reversal_rate__numerator,
                admin_second_reversal_rate__denominator,
                admin_second_reversal_rate__value,
                admin_second_reversal_rate__applies
            ) as admin_second_reversal_rate,
            (
                admin_retrial_application_rate__indicator_id,
                admin_retrial_application_rate__definition_valid_from,
                admin_retrial_application_rate__numerator,
                admin_retrial_application_rate__denominator,
                admin_retrial_application_rate__value,
                admin_retrial_application_rate__applies
            ) as admin_retrial_application_rate
        )
    )

),

final as (

    {{ kept_period_rows('administrative_trial') }}
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
