-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- appeal_and_retrial: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('appeal_and_retrial')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('appeal_and_retrial') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- second_instance_closed_cases (from 2016-01-01)
        'second_instance_closed_cases' as second_instance_closed_cases__indicator_id,
        '2016-01-01' as second_instance_closed_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as second_instance_closed_cases__numerator,
        cast(null as double) as second_instance_closed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as second_instance_closed_cases__applies,
        -- second_instance_upheld_rate (from 2016-01-01)
        'second_instance_upheld_rate' as second_instance_upheld_rate__indicator_id,
        '2016-01-01' as second_instance_upheld_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_upheld, 0)
            as double
        ) as second_instance_upheld_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as second_instance_upheld_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as second_instance_upheld_rate__applies,
        -- second_instance_amended_rate (from 2016-01-01)
        'second_instance_amended_rate' as second_instance_amended_rate__indicator_id,
        '2016-01-01' as second_instance_amended_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_amended, 0)
            as double
        ) as second_instance_amended_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as second_instance_amended_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as second_instance_amended_rate__applies,
        -- second_instance_remanded_rate (from 2016-01-01)
        'second_instance_remanded_rate' as second_instance_remanded_rate__indicator_id,
        '2016-01-01' as second_instance_remanded_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_remanded, 0)
            as double
        ) as second_instance_remanded_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as second_instance_remanded_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as second_instance_remanded_rate__applies,
        -- second_instance_mediated_rate (from 2016-01-01)
        'second_instance_mediated_rate' as second_instance_mediated_rate__indicator_id,
        '2016-01-01' as second_instance_mediated_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_mediated, 0)
            as double
        ) as second_instance_mediated_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as second_instance_mediated_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as second_instance_mediated_rate__applies,
        -- second_instance_withdrawn_rate (from 2016-01-01)
        'second_instance_withdrawn_rate' as second_instance_withdrawn_rate__indicator_id,
        '2016-01-01' as second_instance_withdrawn_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_withdrawn, 0)
            as double
        ) as second_instance_withdrawn_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as second_instance_withdrawn_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as second_instance_withdrawn_rate__applies,
        -- appellate_amend_remand_ratio (from 2024-09-01)
        'appellate_amend_remand_ratio' as appellate_amend_remand_ratio__indicator_id,
        '2024-09-01' as appellate_amend_remand_ratio__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_amended, 0)
            as double
        ) as appellate_amend_remand_ratio__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_remanded, 0)
            as double
        ) as appellate_amend_remand_ratio__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2024-09-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as appellate_amend_remand_ratio__applies,
        -- second_instance_avg_duration_days (from 2016-01-01)
        'second_instance_avg_duration_days' as second_instance_avg_duration_days__indicator_id,
        '2016-01-01' as second_instance_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_duration_days__is_second_instance, 0)
            as double
        ) as second_instance_avg_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__duration_days_known__is_second_instance, 0)
            as double
        ) as second_instance_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as second_instance_avg_duration_days__applies,
        -- first_instance_amended_rate (from 2016-01-01)
        'first_instance_amended_rate' as first_instance_amended_rate__indicator_id,
        '2016-01-01' as first_instance_amended_rate__definition_valid_from,
        cast(
            coalesce(m_case_reviews__closed_in__count__is_second_instance__review_outcome_amended, 0)
            as double
        ) as first_instance_amended_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as first_instance_amended_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as first_instance_amended_rate__applies,
        -- first_instance_remanded_rate (from 2016-01-01)
        'first_instance_remanded_rate' as first_instance_remanded_rate__indicator_id,
        '2016-01-01' as first_instance_remanded_rate__definition_valid_from,
        cast(
            coalesce(m_case_reviews__closed_in__count__is_second_instance__review_outcome_remanded, 0)
            as double
        ) as first_instance_remanded_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as first_instance_remanded_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as first_instance_remanded_rate__applies,
        -- appealed_cases (from 2016-01-01)
        'appealed_cases' as appealed_cases__indicator_id,
        '2016-01-01' as appealed_cases__definition_valid_from,
        cast(coalesce(m_case_reviews__filed_in__count__is_second_instance, 0) as double) as appealed_cases__numerator,
        cast(null as double) as appealed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as appealed_cases__applies,
        -- reversed_remanded_cases (from 2016-01-01)
        'reversed_remanded_cases' as reversed_remanded_cases__indicator_id,
        '2016-01-01' as reversed_remanded_cases__definition_valid_from,
        cast(
            coalesce(m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance, 0)
            as double
        ) as reversed_remanded_cases__numerator,
        cast(null as double) as reversed_remanded_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as reversed_remanded_cases__applies,
        -- retrial_application_rate (from 2016-01-01)
        'retrial_application_rate' as retrial_application_rate__indicator_id,
        '2016-01-01' as retrial_application_rate__definition_valid_from,
        cast(
            coalesce(m_case_reviews__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition, 0)
            as double
        ) as retrial_application_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_adm1_or_adm2_or_civ1_or_civ2_or_crim1_9c2d44bc03, 0)
            as double
        ) as retrial_application_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as retrial_application_rate__applies,
        -- retrial_review_filed_cases (from 2016-01-01)
        'retrial_review_filed_cases' as retrial_review_filed_cases__indicator_id,
        '2016-01-01' as retrial_review_filed_cases__definition_valid_from,
        cast(
            coalesce(m_trial_cases__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition, 0)
            as double
        ) as retrial_review_filed_cases__numerator,
        cast(null as double) as retrial_review_filed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['trial_supervision'],
        ) }} as retrial_review_filed_cases__applies,
        -- retrial_review_avg_duration_days (from 2016-01-01)
        'retrial_review_avg_duration_days' as retrial_review_avg_duration_days__indicator_id,
        '2016-01-01' as retrial_review_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_adm_petition_or_civ_petit_a4bdf50ce0, 0)
            as double
        ) as retrial_review_avg_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_8f4c90ba1f, 0)
            as double
        ) as retrial_review_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['trial_supervision'],
        ) }} as retrial_review_avg_duration_days__applies,
        -- retrial_closed_cases (from 2016-01-01)
        'retrial_closed_cases' as retrial_closed_cases__indicator_id,
        '2016-01-01' as retrial_closed_cases__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial, 0)
            as double
        ) as retrial_closed_cases__numerator,
        cast(null as double) as retrial_closed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['trial_supervision'],
        ) }} as retrial_closed_cases__applies,
        -- retrial_amended_rate (from 2016-01-01)
        'retrial_amended_rate' as retrial_amended_rate__indicator_id,
        '2016-01-01' as retrial_amended_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__review_o_c3e156a0a2, 0)
            as double
        ) as retrial_amended_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial, 0)
            as double
        ) as retrial_amended_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['trial_supervision'],
        ) }} as retrial_amended_rate__applies,
        -- retrial_remanded_rate (from 2016-01-01)
        'retrial_remanded_rate' as retrial_remanded_rate__indicator_id,
        '2016-01-01' as retrial_remanded_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__review_o_e086829362, 0)
            as double
        ) as retrial_remanded_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial, 0)
            as double
        ) as retrial_remanded_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['trial_supervision'],
        ) }} as retrial_remanded_rate__applies,
        -- retrial_amend_remand_ratio (from 2024-09-01)
        'retrial_amend_remand_ratio' as retrial_amend_remand_ratio__indicator_id,
        '2024-09-01' as retrial_amend_remand_ratio__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__review_o_c3e156a0a2, 0)
            as double
        ) as retrial_amend_remand_ratio__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__review_o_e086829362, 0)
            as double
        ) as retrial_amend_remand_ratio__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2024-09-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['trial_supervision'],
        ) }} as retrial_amend_remand_ratio__applies,
        -- effective_decisions_reversed_on_retrial (from 2016-01-01)
        'effective_decisions_reversed_on_retrial' as effective_decisions_reversed_on_retrial__indicator_id,
        '2016-01-01' as effective_decisions_reversed_on_retrial__definition_valid_from,
        cast(
            coalesce(m_case_reviews__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__is_amen_7c76016cb2, 0)
            as double
        ) as effective_decisions_reversed_on_retrial__numerator,
        cast(null as double) as effective_decisions_reversed_on_retrial__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as effective_decisions_reversed_on_retrial__applies
    from measures

),

definition_values as (

    select
        *,
        second_instance_closed_cases__numerator as second_instance_closed_cases__value,
        case
            when second_instance_upheld_rate__denominator != 0
                then second_instance_upheld_rate__numerator / second_instance_upheld_rate__denominator
        end as second_instance_upheld_rate__value,
        case
            when second_instance_amended_rate__denominator != 0
                then second_instance_amended_rate__numerator / second_instance_amended_rate__denominator
        end as second_instance_amended_rate__value,
        case
            when second_instance_remanded_rate__denominator != 0
                then second_instance_remanded_rate__numerator / second_instance_remanded_rate__denominator
        end as second_instance_remanded_rate__value,
        case
            when second_instance_mediated_rate__denominator != 0
                then second_instance_mediated_rate__numerator / second_instance_mediated_rate__denominator
        end as second_instance_mediated_rate__value,
        case
            when second_instance_withdrawn_rate__denominator != 0
                then second_instance_withdrawn_rate__numerator / second_instance_withdrawn_rate__denominator
        end as second_instance_withdrawn_rate__value,
        case
            when appellate_amend_remand_ratio__denominator != 0
                then appellate_amend_remand_ratio__numerator / appellate_amend_remand_ratio__denominator
        end as appellate_amend_remand_ratio__value,
        case
            when second_instance_avg_duration_days__denominator != 0
                then second_instance_avg_duration_days__numerator / second_instance_avg_duration_days__denominator
        end as second_instance_avg_duration_days__value,
        case
            when first_instance_amended_rate__denominator != 0
                then first_instance_amended_rate__numerator / first_instance_amended_rate__denominator
        end as first_instance_amended_rate__value,
        case
            when first_instance_remanded_rate__denominator != 0
                then first_instance_remanded_rate__numerator / first_instance_remanded_rate__denominator
        end as first_instance_remanded_rate__value,
        appealed_cases__numerator as appealed_cases__value,
        reversed_remanded_cases__numerator as reversed_remanded_cases__value,
        case
            when retrial_application_rate__denominator != 0
                then retrial_application_rate__numerator / retrial_application_rate__denominator
        end as retrial_application_rate__value,
        retrial_review_filed_cases__numerator as retrial_review_filed_cases__value,
        case
            when retrial_review_avg_duration_days__denominator != 0
                then retrial_review_avg_duration_days__numerator / retrial_review_avg_duration_days__denominator
        end as retrial_review_avg_duration_days__value,
        retrial_closed_cases__numerator as retrial_closed_cases__value,
        case
            when retrial_amended_rate__denominator != 0
                then retrial_amended_rate__numerator / retrial_amended_rate__denominator
        end as retrial_amended_rate__value,
        case
            when retrial_remanded_rate__denominator != 0
                then retrial_remanded_rate__numerator / retrial_remanded_rate__denominator
        end as retrial_remanded_rate__value,
        case
            when retrial_amend_remand_ratio__denominator != 0
                then retrial_amend_remand_ratio__numerator / retrial_amend_remand_ratio__denominator
        end as retrial_amend_remand_ratio__value,
        effective_decisions_reversed_on_retrial__numerator as effective_decisions_reversed_on_retrial__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                second_instance_closed_cases__indicator_id,
                second_instance_closed_cases__definition_valid_from,
                second_instance_closed_cases__numerator,
                second_instance_closed_cases__denominator,
                second_instance_closed_cases__value,
                second_instance_closed_cases__applies
            ) as second_instance_closed_cases,
            (
                second_instance_upheld_rate__indicator_id,
                second_instance_upheld_rate__definition_valid_from,
                second_instance_upheld_rate__numerator,
                second_instance_upheld_rate__denominator,
                second_instance_upheld_rate__value,
                second_instance_upheld_rate__applies
            ) as second_instance_upheld_rate,
            (
                second_instance_amended_rate__indicator_id,
                second_instance_amended_rate__definition_valid_from,
                second_instance_amended_rate__numerator,
                second_instance_amended_rate__denominator,
                second_instance_amended_rate__value,
                second_instance_amended_rate__applies
            ) as second_instance_amended_rate,
            (
                second_instance_remanded_rate__indicator_id,
                second_instance_remanded_rate__definition_valid_from,
                second_instance_remanded_rate__numerator,
                second_instance_remanded_rate__denominator,
                second_instance_remanded_rate__value,
                second_instance_remanded_rate__applies
            ) as second_instance_remanded_rate,
            (
                second_instance_mediated_rate__indicator_id,
                second_instance_mediated_rate__definition_valid_from,
                second_instance_mediated_rate__numerator,
                second_instance_mediated_rate__denominator,
                second_instance_mediated_rate__value,
                second_instance_mediated_rate__applies
            ) as second_instance_mediated_rate,
            (
                second_instance_withdrawn_rate__indicator_id,
                second_instance_withdrawn_rate__definition_valid_from,
                second_instance_withdrawn_rate__numerator,
                second_instance_withdrawn_rate__denominator,
                second_instance_withdrawn_rate__value,
                second_instance_withdrawn_rate__applies
            ) as second_instance_withdrawn_rate,
            (
                appellate_amend_remand_ratio__indicator_id,
                appellate_amend_remand_ratio__definition_valid_from,
                appellate_amend_remand_ratio__numerator,
                appellate_amend_remand_ratio__denominator,
                appellate_amend_remand_ratio__value,
                appellate_amend_remand_ratio__applies
            ) as appellate_amend_remand_ratio,
            (
                second_instance_avg_duration_days__indicator_id,
                second_instance_avg_duration_days__definition_valid_from,
                second_instance_avg_duration_days__numerator,
                second_instance_avg_duration_days__denominator,
                second_instance_avg_duration_days__value,
                second_instance_avg_duration_days__applies
            ) as second_instance_avg_duration_days,
            (
                first_instance_amended_rate__indicator_id,
                first_instance_amended_rate__definition_valid_from,
                first_instance_amended_rate__numerator,
                first_instance_amended_rate__denominator,
                first_instance_amended_rate__value,
                first_instance_amended_rate__applies
            ) as first_instance_amended_rate,
            (
                first_instance_remanded_rate__indicator_id,
                first_instance_remanded_rate__definition_valid_from,
                first_instance_remanded_rate__numerator,
                first_instance_remanded_rate__denominator,
                first_instance_remanded_rate__value,
                first_instance_remanded_rate__applies
            ) as first_instance_remanded_rate,
            (
                appealed_cases__indicator_id,
                appealed_cases__definition_valid_from,
                appealed_cases__numerator,
                appealed_cases__denominator,
                appealed_cases__value,
                appealed_cases__applies
            ) as appealed_cases,
            (
                reversed_remanded_cases__indicator_id,
                reversed_remanded_cases__definition_valid_from,
                reversed_remanded_cases__numerator,
                reversed_remanded_cases__denominator,
                reversed_remanded_cases__value,
                reversed_remanded_cases__applies
            ) as reversed_remanded_cases,
            (
                retrial_application_rate__indicator_id,
                retrial_application_rate__definition_valid_from,
                retrial_application_rate__numerator,
                retrial_application_rate__denominator,
                retrial_application_rate__value,
                retrial_application_rate__applies
            ) as retrial_application_rate,
            (
                retrial_review_filed_cases__indicator_id,
                retrial_review_filed_cases__definition_valid_from,
                retrial_review_filed_cases__numerator,
                retrial_review_filed_cases__denominator,
                retrial_review_filed_cases__value,
                retrial_review_filed_cases__applies
            ) as retrial_review_filed_cases,
            (
                retrial_review_avg_duration_days__indicator_id,
                retrial_review_avg_duration_days__definition_valid_from,
                retrial_review_avg_duration_days__numerator,
                retrial_review_avg_duration_days__denominator,
                retrial_review_avg_duration_days__value,
                retrial_review_avg_duration_days__applies
            ) as retrial_review_avg_duration_days,
            (
                retrial_closed_cases__indicator_id,
                retrial_closed_cases__definition_valid_from,
                retrial_closed_cases__numerator,
                retrial_closed_cases__denominator,
                retrial_closed_cases__value,
                retrial_closed_cases__applies
            ) as retrial_closed_cases,
            (
                retrial_amended_rate__indicator_id,
                retrial_amended_rate__definition_valid_from,
                retrial_amended_rate__numerator,
                retrial_amended_rate__denominator,
                retrial_amended_rate__value,
                retrial_amended_rate__applies
            ) as retrial_amended_rate,
            (
                retrial_remanded_rate__indicator_id,
                retrial_remanded_rate__definition_valid_from,
                retrial_remanded_rate__numerator,
                retrial_remanded_rate__denominator,
                retrial_remanded_rate__value,
                retrial_remanded_rate__applies
            ) as retrial_remanded_rate,
            (
                retrial_amend_remand_ratio__indicator_id,
                retrial_amend_remand_ratio__definition_valid_from,
                retrial_amend_remand_ratio__numerator,
                retrial_amend_remand_ratio__denominator,
                retrial_amend_remand_ratio__value,
                retrial_amend_remand_ratio__applies
            ) as retrial_amend_remand_ratio,
            (
                effective_decisions_reversed_on_retrial__indicator_id,
                effective_decisions_reversed_on_retrial__definition_valid_from,
                effective_decisions_reversed_on_retrial__numerator,
                effective_decisions_reversed_on_retrial__denominator,
                effective_decisions_reversed_on_retrial__value,
                effective_decisions_reversed_on_retrial__applies
            ) as effective_decisions_reversed_on_retrial
        )
    )

),

final as (

    {{ kept_period_rows('appeal_and_retrial') }}
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
