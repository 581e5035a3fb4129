-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- criminal_trial: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('criminal_trial')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('criminal_trial') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- criminal_first_closed_cases (from 2016-01-01)
        'criminal_first_closed_cases' as criminal_first_closed_cases__indicator_id,
        '2016-01-01' as criminal_first_closed_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) as criminal_first_closed_cases__numerator,
        cast(null as double) as criminal_first_closed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_first_closed_cases__applies,
        -- criminal_first_pending_cases (from 2016-01-01)
        'criminal_first_pending_cases' as criminal_first_pending_cases__indicator_id,
        '2016-01-01' as criminal_first_pending_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__pending_at_end__count__case_type_code_crim1, 0) as double) as criminal_first_pending_cases__numerator,
        cast(null as double) as criminal_first_pending_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_first_pending_cases__applies,
        -- criminal_first_closure_rate (from 2016-01-01)
        'criminal_first_closure_rate' as criminal_first_closure_rate__indicator_id,
        '2016-01-01' as criminal_first_closure_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) as criminal_first_closure_rate__numerator,
        cast(
            coalesce(m_trial_cases__carried_over__count__case_type_code_crim1, 0)
            + coalesce(m_trial_cases__filed_in__count__case_type_code_crim1, 0)
            as double
        ) as criminal_first_closure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_first_closure_rate__applies,
        -- criminal_first_clearance_rate (from 2016-01-01)
        'criminal_first_clearance_rate' as criminal_first_clearance_rate__indicator_id,
        '2016-01-01' as criminal_first_clearance_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) as criminal_first_clearance_rate__numerator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_crim1, 0) as double) as criminal_first_clearance_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_first_clearance_rate__applies,
        -- criminal_first_within_limit_rate (from 2016-01-01)
        'criminal_first_within_limit_rate' as criminal_first_within_limit_rate__indicator_id,
        '2016-01-01' as criminal_first_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__is_within_limit, 0)
            as double
        ) as criminal_first_within_limit_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__has_statutory_limit, 0)
            as double
        ) as criminal_first_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_first_within_limit_rate__applies,
        -- criminal_first_overdue_pending_cases (from 2016-01-01)
        'criminal_first_overdue_pending_cases' as criminal_first_overdue_pending_cases__indicator_id,
        '2016-01-01' as criminal_first_overdue_pending_cases__definition_valid_from,
        cast(
            coalesce(m_trial_cases__pending_at_end__count__case_type_code_crim1__is_over_limit_at_end, 0)
            as double
        ) as criminal_first_overdue_pending_cases__numerator,
        cast(null as double) as criminal_first_overdue_pending_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_first_overdue_pending_cases__applies,
        -- criminal_first_extension_rate (from 2016-01-01)
        'criminal_first_extension_rate' as criminal_first_extension_rate__indicator_id,
        '2016-01-01' as criminal_first_extension_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__has_extension, 0)
            as double
        ) as criminal_first_extension_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) as criminal_first_extension_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_first_extension_rate__applies,
        -- criminal_first_avg_duration_days (from 2016-01-01)
        'criminal_first_avg_duration_days' as criminal_first_avg_duration_days__indicator_id,
        '2016-01-01' as criminal_first_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1, 0)
            as double
        ) as criminal_first_avg_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known, 0)
            as double
        ) as criminal_first_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_first_avg_duration_days__applies,
        -- criminal_first_median_duration_days (from 2016-01-01)
        'criminal_first_median_duration_days' as criminal_first_median_duration_days__indicator_id,
        '2016-01-01' as criminal_first_median_duration_days__definition_valid_from,
        cast(
            m_trial_cases__closed_in__median_duration_days__case_type_code_crim1
            as double
        ) as criminal_first_median_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known, 0)
            as double
        ) as criminal_first_median_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_first_median_duration_days__applies,
        -- criminal_simple_procedure_rate (from 2016-01-01)
        'criminal_simple_procedure_rate' as criminal_simple_procedure_rate__indicator_id,
        '2016-01-01' as criminal_simple_procedure_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__procedure_simple, 0)
            as double
        ) as criminal_simple_procedure_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) as criminal_simple_procedure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_simple_procedure_rate__applies,
        -- criminal_speedy_procedure_rate (from 2016-01-01)
        'criminal_speedy_procedure_rate' as criminal_speedy_procedure_rate__indicator_id,
        '2016-01-01' as criminal_speedy_procedure_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__procedure_speedy, 0)
            as double
        ) as criminal_speedy_procedure_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) as criminal_speedy_procedure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_speedy_procedure_rate__applies,
        -- criminal_speedy_avg_duration_days (from 2016-01-01)
        'criminal_speedy_avg_duration_days' as criminal_speedy_avg_duration_days__indicator_id,
        '2016-01-01' as criminal_speedy_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1__procedure_speedy, 0)
            as double
        ) as criminal_speedy_avg_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_speedy, 0)
            as double
        ) as criminal_speedy_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_speedy_avg_duration_days__applies,
        -- criminal_simple_avg_duration_days (from 2016-01-01)
        'criminal_simple_avg_duration_days' as criminal_simple_avg_duration_days__indicator_id,
        '2016-01-01' as criminal_simple_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1__procedure_simple, 0)
            as double
        ) as criminal_simple_avg_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_simple, 0)
            as double
        ) as criminal_simple_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_simple_avg_duration_days__applies,
        -- criminal_ordinary_avg_duration_days (from 2016-01-01)
        'criminal_ordinary_avg_duration_days' as criminal_ordinary_avg_duration_days__indicator_id,
        '2016-01-01' as criminal_ordinary_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1__procedure_ordinary, 0)
            as double
        ) as criminal_ordinary_avg_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_ordinary, 0)
            as double
        ) as criminal_ordinary_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_ordinary_avg_duration_days__applies,
        -- criminal_appeal_rate (from 2016-01-01)
        'criminal_appeal_rate' as criminal_appeal_rate__indicator_id,
        '2016-01-01' as criminal_appeal_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__closing_method_judgment_or_rul_294c385007, 0)
            as double
        ) as criminal_appeal_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__closing_method_judgment_or_ruling, 0)
            as double
        ) as criminal_appeal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_appeal_rate__applies,
        -- criminal_acceptance_rate (from 2016-01-01)
        'criminal_acceptance_rate' as criminal_acceptance_rate__indicator_id,
        '2016-01-01' as criminal_acceptance_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__is_reviewed, 0)
            as double
        ) as criminal_acceptance_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) as criminal_acceptance_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_acceptance_rate__applies,
        -- criminal_first_reversal_rate (from 2016-01-01)
        'criminal_first_reversal_rate' as criminal_first_reversal_rate__indicator_id,
        '2016-01-01' as criminal_first_reversal_rate__definition_valid_from,
        cast(
            coalesce(m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_2d70d6ee26, 0)
            as double
        ) as criminal_first_reversal_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) as criminal_first_reversal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_first_reversal_rate__applies,
        -- criminal_first_remanded_rate (from 2016-01-01)
        'criminal_first_remanded_rate' as criminal_first_remanded_rate__indicator_id,
        '2016-01-01' as criminal_first_remanded_rate__definition_valid_from,
        cast(
            coalesce(m_case_reviews__closed_in__count__is_second_instance__original_case_type_code_crim1_b76f601e6f, 0)
            as double
        ) as criminal_first_remanded_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) as criminal_first_remanded_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_first_remanded_rate__applies,
        -- criminal_second_closed_cases (from 2016-01-01)
        'criminal_second_closed_cases' as criminal_second_closed_cases__indicator_id,
        '2016-01-01' as criminal_second_closed_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim2, 0) as double) as criminal_second_closed_cases__numerator,
        cast(null as double) as criminal_second_closed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_second_closed_cases__applies,
        -- criminal_second_closure_rate (from 2016-01-01)
        'criminal_second_closure_rate' as criminal_second_closure_rate__indicator_id,
        '2016-01-01' as criminal_second_closure_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim2, 0) as double) as criminal_second_closure_rate__numerator,
        cast(
            coalesce(m_trial_cases__carried_over__count__case_type_code_crim2, 0)
            + coalesce(m_trial_cases__filed_in__count__case_type_code_crim2, 0)
            as double
        ) as criminal_second_closure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_second_closure_rate__applies,
        -- criminal_second_within_limit_rate (from 2016-01-01)
        'criminal_second_within_limit_rate' as criminal_second_within_limit_rate__indicator_id,
        '2016-01-01' as criminal_second_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_crim2__is_within_limit, 0)
            as double
        ) as criminal_second_within_limit_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_crim2__has_statutory_limit, 0)
            as double
        ) as criminal_second_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_second_within_limit_rate__applies,
        -- criminal_second_avg_duration_days (from 2016-01-01)
        'criminal_second_avg_duration_days' as criminal_second_avg_duration_days__indicator_id,
        '2016-01-01' as criminal_second_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_crim2, 0)
            as double
        ) as criminal_second_avg_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_crim2__duration_days_known, 0)
            as double
        ) as criminal_second_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_second_avg_duration_days__applies,
        -- criminal_second_reversal_rate (from 2016-01-01)
        'criminal_second_reversal_rate' as criminal_second_reversal_rate__indicator_id,
        '2016-01-01' as criminal_second_reversal_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_crim2__is_amended_or_remanded, 0)
            as double
        ) as criminal_second_reversal_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim2, 0) as double) as criminal_second_reversal_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_second_reversal_rate__applies,
        -- criminal_petition_rate (from 2016-01-01)
        'criminal_petition_rate' as criminal_petition_rate__indicator_id,
        '2016-01-01' as criminal_petition_rate__definition_valid_from,
        cast(coalesce(m_case_reviews__filed_in__count__case_type_code_crim_petition, 0) as double) as criminal_petition_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_crim1_or_crim2__closing_method_judgme_dd26a4c45e, 0)
            as double
        ) as criminal_petition_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_petition_rate__applies
    from measures

),

definition_values as (

    select
        *,
        criminal_first_closed_cases__numerator as criminal_first_closed_cases__value,
        criminal_first_pending_cases__numerator as criminal_first_pending_cases__value,
        case
            when criminal_first_closure_rate__denominator != 0
                then criminal_first_closure_rate__numerator / criminal_first_closure_rate__denominator
        end as criminal_first_closure_rate__value,
        case
            when criminal_first_clearance_rate__denominator != 0
                then criminal_first_clearance_rate__numerator / criminal_first_clearance_rate__denominator
        end as criminal_first_clearance_rate__value,
        case
            when criminal_first_within_limit_rate__denominator != 0
                then criminal_first_within_limit_rate__numerator / criminal_first_within_limit_rate__denominator
        end as criminal_first_within_limit_rate__value,
        criminal_first_overdue_pending_cases__numerator as criminal_first_overdue_pending_cases__value,
        case
            when criminal_first_extension_rate__denominator != 0
                then criminal_first_extension_rate__numerator / criminal_first_extension_rate__denominator
        end as criminal_first_extension_rate__value,
        case
            when criminal_first_avg_duration_days__denominator != 0
                then criminal_first_avg_duration_days__numerator / criminal_first_avg_duration_days__denominator
        end as criminal_first_avg_duration_days__value,
        case
            when criminal_first_median_duration_days__denominator > 0
                then criminal_first_median_duration_days__numerator
        end as criminal_first_median_duration_days__value,
        case
            when criminal_simple_procedure_rate__denominator != 0
                then criminal_simple_procedure_rate__numerator / criminal_simple_procedure_rate__denominator
        end as criminal_simple_procedure_rate__value,
        case
            when criminal_speedy_procedure_rate__denominator != 0
                then criminal_speedy_procedure_rate__numerator / criminal_speedy_procedure_rate__denominator
        end as criminal_speedy_procedure_rate__value,
        case
            when criminal_speedy_avg_duration_days__denominator != 0
                then criminal_speedy_avg_duration_days__numerator / criminal_speedy_avg_duration_days__denominator
        end as criminal_speedy_avg_duration_days__value,
        case
            when criminal_simple_avg_duration_days__denominator != 0
                then criminal_simple_avg_duration_days__numerator / criminal_simple_avg_duration_days__denominator
        end as criminal_simple_avg_duration_days__value,
        case
            when criminal_ordinary_avg_duration_days__denominator != 0
                then criminal_ordinary_avg_duration_days__numerator / criminal_ordinary_avg_duration_days__denominator
        end as criminal_ordinary_avg_duration_days__value,
        case
            when criminal_appeal_rate__denominator != 0
                then criminal_appeal_rate__numerator / criminal_appeal_rate__denominator
        end as criminal_appeal_rate__value,
        case
            when criminal_acceptance_rate__denominator != 0
                then 1 - criminal_acceptance_rate__numerator / criminal_acceptance_rate__denominator
        end as criminal_acceptance_rate__value,
        case
            when criminal_first_reversal_rate__denominator != 0
                then criminal_first_reversal_rate__numerator / criminal_first_reversal_rate__denominator
        end as criminal_first_reversal_rate__value,
        case
            when criminal_first_remanded_rate__denominator != 0
                then criminal_first_remanded_rate__numerator / criminal_first_remanded_rate__denominator
        end as criminal_first_remanded_rate__value,
        criminal_second_closed_cases__numerator as criminal_second_closed_cases__value,
        case
            when criminal_second_closure_rate__denominator != 0
                then criminal_second_closure_rate__numerator / criminal_second_closure_rate__denominator
        end as criminal_second_closure_rate__value,
        case
            when criminal_second_within_limit_rate__denominator != 0
                then criminal_second_within_limit_rate__numerator / criminal_second_within_limit_rate__denominator
        end as criminal_second_within_limit_rate__value,
        case
            when criminal_second_avg_duration_days__denominator != 0
                then criminal_second_avg_duration_days__numerator / criminal_second_avg_duration_days__denominator
        end as criminal_second_avg_duration_days__value,
        case
            when criminal_second_reversal_rate__denominator != 0
                then criminal_second_reversal_rate__numerator / criminal_second_reversal_rate__denominator
        end as criminal_second_reversal_rate__value,
        case
            when criminal_petition_rate__denominator != 0
                then criminal_petition_rate__numerator / criminal_petition_rate__denominator
        end as criminal_petition_rate__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                criminal_first_closed_cases__indicator_id,
                criminal_first_closed_cases__definition_valid_from,
                criminal_first_closed_cases__numerator,
                criminal_first_closed_cases__denominator,
                criminal_first_closed_cases__value,
                criminal_first_closed_cases__applies
            ) as criminal_first_closed_cases,
            (
                criminal_first_pending_cases__indicator_id,
                criminal_first_pending_cases__definition_valid_from,
                criminal_first_pending_cases__numerator,
                criminal_first_pending_cases__denominator,
                criminal_first_pending_cases__value,
                criminal_first_pending_cases__applies
            ) as criminal_first_pending_cases,
            (
                criminal_first_closure_rate__indicator_id,
                criminal_first_closure_rate__definition_valid_from,
                criminal_first_closure_rate__numerator,
                criminal_first_closure_rate__denominator,
                criminal_first_closure_rate__value,
                criminal_first_closure_rate__applies
            ) as criminal_first_closure_rate,
            (
                criminal_first_clearance_rate__indicator_id,
                criminal_first_clearance_rate__definition_valid_from,
                criminal_first_clearance_rate__numerator,
                criminal_first_clearance_rate__denominator,
                criminal_first_clearance_rate__value,
                criminal_first_clearance_rate__applies
            ) as criminal_first_clearance_rate,
            (
                criminal_first_within_limit_rate__indicator_id,
                criminal_first_within_limit_rate__definition_valid_from,
                criminal_first_within_limit_rate__numerator,
                criminal_first_within_limit_rate__denominator,
                criminal_first_within_limit_rate__value,
                criminal_first_within_limit_rate__applies
            ) as criminal_first_within_limit_rate,
            (
                criminal_first_overdue_pending_cases__indicator_id,
                criminal_first_overdue_pending_cases__definition_valid_from,
                criminal_first_overdue_pending_cases__numerator,
                criminal_first_overdue_pending_cases__denominator,
                criminal_first_overdue_pending_cases__value,
                criminal_first_overdue_pending_cases__applies
            ) as criminal_first_overdue_pending_cases,
            (
                criminal_first_extension_rate__indicator_id,
                criminal_first_extension_rate__definition_valid_from,
                criminal_first_extension_rate__numerator,
                criminal_first_extension_rate__denominator,
                criminal_first_extension_rate__value,
                criminal_first_extension_rate__applies
            ) as criminal_first_extension_rate,
            (
                criminal_first_avg_duration_days__indicator_id,
                criminal_first_avg_duration_days__definition_valid_from,
                criminal_first_avg_duration_days__numerator,
                criminal_first_avg_duration_days__denominator,
                criminal_first_avg_duration_days__value,
                criminal_first_avg_duration_days__applies
            ) as criminal_first_avg_duration_days,
            (
                criminal_first_median_duration_days__indicator_id,
                criminal_first_median_duration_days__definition_valid_from,
                criminal_first_median_duration_days__numerator,
                criminal_first_median_duration_days__denominator,
                criminal_first_median_duration_days__value,
                criminal_first_median_duration_days__applies
            ) as criminal_first_median_duration_days,
            (
                criminal_simple_procedure_rate__indicator_id,
                criminal_simple_procedure_rate__definition_valid_from,
                criminal_simple_procedure_rate__numerator,
                criminal_simple_procedure_rate__denominator,
                criminal_simple_procedure_rate__value,
                criminal_simple_procedure_rate__applies
            ) as criminal_simple_procedure_rate,
            (
                criminal_speedy_procedure_rate__indicator_id,
                criminal_speedy_procedure_rate__definition_valid_from,
                criminal_speedy_procedure_rate__numerator,
                criminal_speedy_procedure_rate__denominator,
                criminal_speedy_procedure_rate__value,
                criminal_speedy_procedure_rate__applies
            ) as criminal_speedy_procedure_rate,
            (
                criminal_speedy_avg_duration_days__indicator_id,
                criminal_speedy_avg_duration_days__definition_valid_from,
                criminal_speedy_avg_duration_days__numerator,
                criminal_speedy_avg_duration_days__denominator,
                criminal_speedy_avg_duration_days__value,
                criminal_speedy_avg_duration_days__applies
            ) as criminal_speedy_avg_duration_days,
            (
                criminal_simple_avg_duration_days__indicator_id,
                criminal_simple_avg_duration_days__definition_valid_from,
                criminal_simple_avg_duration_days__numerator,
                criminal_simple_avg_duration_days__denominator,
                criminal_simple_avg_duration_days__value,
                criminal_simple_avg_duration_days__applies
            ) as criminal_simple_avg_duration_days,
            (
                criminal_ordinary_avg_duration_days__indicator_id,
                criminal_ordinary_avg_duration_days__definition_valid_from,
                criminal_ordinary_avg_duration_days__numerator,
                criminal_ordinary_avg_duration_days__denominator,
                criminal_ordinary_avg_duration_days__value,
                criminal_ordinary_avg_duration_days__applies
            ) as criminal_ordinary_avg_duration_days,
            (
                criminal_appeal_rate__indicator_id,
                criminal_appeal_rate__definition_valid_from,
                criminal_appeal_rate__numerator,
                criminal_appeal_rate__denominator,
                criminal_appeal_rate__value,
                criminal_appeal_rate__applies
            ) as criminal_appeal_rate,
            (
                criminal_acceptance_rate__indicator_id,
                criminal_acceptance_rate__definition_valid_from,
                criminal_acceptance_rate__numerator,
                criminal_acceptance_rate__denominator,
                criminal_acceptance_rate__value,
                criminal_acceptance_rate__applies
            ) as criminal_acceptance_rate,
            (
                criminal_first_reversal_rate__indicator_id,
                criminal_first_reversal_rate__definition_valid_from,
                criminal_first_reversal_rate__numerator,
                criminal_first_reversal_rate__denominator,
                criminal_first_reversal_rate__value,
                criminal_first_reversal_rate__applies
            ) as criminal_first_reversal_rate,
            (
                criminal_first_remanded_rate__indicator_id,
                criminal_first_remanded_rate__definition_valid_from,
                criminal_first_remanded_rate__numerator,
                criminal_first_remanded_rate__denominator,
                criminal_first_remanded_rate__value,
                criminal_first_remanded_rate__applies
            ) as criminal_first_remanded_rate,
            (
                criminal_second_closed_cases__indicator_id,
                criminal_second_closed_cases__definition_valid_from,
                criminal_second_closed_cases__numerator,
                criminal_second_closed_cases__denominator,
                criminal_second_closed_cases__value,
                criminal_second_closed_cases__applies
            ) as criminal_second_closed_cases,
            (
                criminal_second_closure_rate__indicator_id,
                criminal_second_closure_rate__definition_valid_from,
                criminal_second_closure_rate__numerator,
                criminal_second_closure_rate__denominator,
                criminal_second_closure_rate__value,
                criminal_second_closure_rate__applies
            ) as criminal_second_closure_rate,
            (
                criminal_second_within_limit_rate__indicator_id,
                criminal_second_within_limit_rate__definition_valid_from,
                criminal_second_within_limit_rate__numerator,
                criminal_second_within_limit_rate__denominator,
                criminal_second_within_limit_rate__value,
                criminal_second_within_limit_rate__applies
            ) as criminal_second_within_limit_rate,
            (
                criminal_second_avg_duration_days__indicator_id,
                criminal_second_avg_duration_days__definition_valid_from,
                criminal_second_avg_duration_days__numerator,
                criminal_second_avg_duration_days__denominator,
                criminal_second_avg_duration_days__value,
                criminal_second_avg_duration_days__applies
            ) as criminal_second_avg_duration_days,
            (
                criminal_second_reversal_rate__indicator_id,
                criminal_second_reversal_rate__definition_valid_from,
                criminal_second_reversal_rate__numerator,
                criminal_second_reversal_rate__denominator,
                criminal_second_reversal_rate__value,
                criminal_second_reversal_rate__applies
            ) as criminal_second_reversal_rate,
            (
                criminal_petition_rate__indicator_id,
                criminal_petition_rate__definition_valid_from,
                criminal_petition_rate__numerator,
                criminal_petition_rate__denominator,
                criminal_petition_rate__value,
                criminal_petition_rate__applies
            ) as criminal_petition_rate
        )
    )

),

final as (

    {{ kept_period_rows('criminal_trial') }}
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
