-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- hearing: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('hearing')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('hearing') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- hearings_scheduled (from 2016-01-01)
        'hearings_scheduled' as hearings_scheduled__indicator_id,
        '2016-01-01' as hearings_scheduled__definition_valid_from,
        cast(coalesce(m_hearings__scheduled_in__count, 0) as double) as hearings_scheduled__numerator,
        cast(null as double) as hearings_scheduled__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as hearings_scheduled__applies,
        -- hearing_postponement_rate (from 2016-01-01)
        'hearing_postponement_rate' as hearing_postponement_rate__indicator_id,
        '2016-01-01' as hearing_postponement_rate__definition_valid_from,
        cast(coalesce(m_hearings__scheduled_in__count__status_postponed, 0) as double) as hearing_postponement_rate__numerator,
        cast(
            coalesce(m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed, 0)
            as double
        ) as hearing_postponement_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as hearing_postponement_rate__applies,
        -- hearing_cancellation_rate (from 2016-01-01)
        'hearing_cancellation_rate' as hearing_cancellation_rate__indicator_id,
        '2016-01-01' as hearing_cancellation_rate__definition_valid_from,
        cast(coalesce(m_hearings__scheduled_in__count__status_cancelled, 0) as double) as hearing_cancellation_rate__numerator,
        cast(
            coalesce(m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed, 0)
            as double
        ) as hearing_cancellation_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as hearing_cancellation_rate__applies,
        -- postponed_hearings (from 2016-01-01)
        'postponed_hearings' as postponed_hearings__indicator_id,
        '2016-01-01' as postponed_hearings__definition_valid_from,
        cast(coalesce(m_hearings__scheduled_in__count__status_postponed, 0) as double) as postponed_hearings__numerator,
        cast(null as double) as postponed_hearings__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as postponed_hearings__applies,
        -- avg_hearing_minutes (from 2016-01-01)
        'avg_hearing_minutes' as avg_hearing_minutes__indicator_id,
        '2016-01-01' as avg_hearing_minutes__definition_valid_from,
        cast(coalesce(m_hearings__held_in__sum_duration_minutes__status_held, 0) as double) as avg_hearing_minutes__numerator,
        cast(coalesce(m_hearings__held_in__count__duration_minutes_known__status_held, 0) as double) as avg_hearing_minutes__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as avg_hearing_minutes__applies,
        -- civil_avg_hearing_minutes (from 2016-01-01)
        'civil_avg_hearing_minutes' as civil_avg_hearing_minutes__indicator_id,
        '2016-01-01' as civil_avg_hearing_minutes__definition_valid_from,
        cast(
            coalesce(m_hearings__held_in__sum_duration_minutes__case_type_code_civ1__status_held, 0)
            as double
        ) as civil_avg_hearing_minutes__numerator,
        cast(
            coalesce(m_hearings__held_in__count__case_type_code_civ1__duration_minutes_known__status_held, 0)
            as double
        ) as civil_avg_hearing_minutes__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_avg_hearing_minutes__applies,
        -- criminal_avg_hearing_minutes (from 2016-01-01)
        'criminal_avg_hearing_minutes' as criminal_avg_hearing_minutes__indicator_id,
        '2016-01-01' as criminal_avg_hearing_minutes__definition_valid_from,
        cast(
            coalesce(m_hearings__held_in__sum_duration_minutes__case_type_code_crim1__status_held, 0)
            as double
        ) as criminal_avg_hearing_minutes__numerator,
        cast(
            coalesce(m_hearings__held_in__count__case_type_code_crim1__duration_minutes_known__status_held, 0)
            as double
        ) as criminal_avg_hearing_minutes__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_avg_hearing_minutes__applies,
        -- administrative_avg_hearing_minutes (from 2016-01-01)
        'administrative_avg_hearing_minutes' as administrative_avg_hearing_minutes__indicator_id,
        '2016-01-01' as administrative_avg_hearing_minutes__definition_valid_from,
        cast(
            coalesce(m_hearings__held_in__sum_duration_minutes__case_type_code_adm1__status_held, 0)
            as double
        ) as administrative_avg_hearing_minutes__numerator,
        cast(
            coalesce(m_hearings__held_in__count__case_type_code_adm1__duration_minutes_known__status_held, 0)
            as double
        ) as administrative_avg_hearing_minutes__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as administrative_avg_hearing_minutes__applies,
        -- livestreamed_hearings (from 2016-01-01)
        'livestreamed_hearings' as livestreamed_hearings__indicator_id,
        '2016-01-01' as livestreamed_hearings__definition_valid_from,
        cast(coalesce(m_hearings__held_in__count__livestreamed__status_held, 0) as double) as livestreamed_hearings__numerator,
        cast(null as double) as livestreamed_hearings__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as livestreamed_hearings__applies,
        -- civil_livestream_rate (from 2016-01-01)
        'civil_livestream_rate' as civil_livestream_rate__indicator_id,
        '2016-01-01' as civil_livestream_rate__definition_valid_from,
        cast(
            coalesce(m_hearings__held_in__count__case_type_code_civ1_or_civ2__livestreamed__status_held, 0)
            as double
        ) as civil_livestream_rate__numerator,
        cast(
            coalesce(m_hearings__held_in__count__case_type_code_civ1_or_civ2__status_held, 0)
            as double
        ) as civil_livestream_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_livestream_rate__applies,
        -- criminal_livestream_rate (from 2016-01-01)
        'criminal_livestream_rate' as criminal_livestream_rate__indicator_id,
        '2016-01-01' as criminal_livestream_rate__definition_valid_from,
        cast(
            coalesce(m_hearings__held_in__count__case_type_code_crim1_or_crim2__livestreamed__status_held, 0)
            as double
        ) as criminal_livestream_rate__numerator,
        cast(
            coalesce(m_hearings__held_in__count__case_type_code_crim1_or_crim2__status_held, 0)
            as double
        ) as criminal_livestream_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_livestream_rate__applies,
        -- administrative_livestream_rate (from 2016-01-01)
        'administrative_livestream_rate' as administrative_livestream_rate__indicator_id,
        '2016-01-01' as administrative_livestream_rate__definition_valid_from,
        cast(
            coalesce(m_hearings__held_in__count__case_type_code_adm1_or_adm2__livestreamed__status_held, 0)
            as double
        ) as administrative_livestream_rate__numerator,
        cast(
            coalesce(m_hearings__held_in__count__case_type_code_adm1_or_adm2__status_held, 0)
            as double
        ) as administrative_livestream_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as administrative_livestream_rate__applies,
        -- civil_trial_date_certainty (from 2016-01-01)
        'civil_trial_date_certainty' as civil_trial_date_certainty__indicator_id,
        '2016-01-01' as civil_trial_date_certainty__definition_valid_from,
        cast(
            coalesce(m_hearings__scheduled_in__count__case_type_code_civ1__held_on_schedule__status_held, 0)
            as double
        ) as civil_trial_date_certainty__numerator,
        cast(
            coalesce(m_hearings__scheduled_in__count__case_type_code_civ1__status_held_or_postponed, 0)
            as double
        ) as civil_trial_date_certainty__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_trial_date_certainty__applies,
        -- criminal_trial_date_certainty (from 2016-01-01)
        'criminal_trial_date_certainty' as criminal_trial_date_certainty__indicator_id,
        '2016-01-01' as criminal_trial_date_certainty__definition_valid_from,
        cast(
            coalesce(m_hearings__scheduled_in__count__case_type_code_crim1__held_on_schedule__status_held, 0)
            as double
        ) as criminal_trial_date_certainty__numerator,
        cast(
            coalesce(m_hearings__scheduled_in__count__case_type_code_crim1__status_held_or_postponed, 0)
            as double
        ) as criminal_trial_date_certainty__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_trial_date_certainty__applies,
        -- administrative_trial_date_certainty (from 2016-01-01)
        'administrative_trial_date_certainty' as administrative_trial_date_certainty__indicator_id,
        '2016-01-01' as administrative_trial_date_certainty__definition_valid_from,
        cast(
            coalesce(m_hearings__scheduled_in__count__case_type_code_adm1__held_on_schedule__status_held, 0)
            as double
        ) as administrative_trial_date_certainty__numerator,
        cast(
            coalesce(m_hearings__scheduled_in__count__case_type_code_adm1__status_held_or_postponed, 0)
            as double
        ) as administrative_trial_date_certainty__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as administrative_trial_date_certainty__applies,
        -- appeal_trial_date_certainty (from 2016-01-01)
        'appeal_trial_date_certainty' as appeal_trial_date_certainty__indicator_id,
        '2016-01-01' as appeal_trial_date_certainty__definition_valid_from,
        cast(
            coalesce(m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__held_on_schedu_d9309aa239, 0)
            as double
        ) as appeal_trial_date_certainty__numerator,
        cast(
            coalesce(m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held_or_postponed, 0)
            as double
        ) as appeal_trial_date_certainty__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as appeal_trial_date_certainty__applies,
        -- second_instance_hearings_held (from 2016-01-01)
        'second_instance_hearings_held' as second_instance_hearings_held__indicator_id,
        '2016-01-01' as second_instance_hearings_held__definition_valid_from,
        cast(
            coalesce(m_hearings__held_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held, 0)
            as double
        ) as second_instance_hearings_held__numerator,
        cast(null as double) as second_instance_hearings_held__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as second_instance_hearings_held__applies,
        -- hearings_per_closed_case (from 2016-01-01)
        'hearings_per_closed_case' as hearings_per_closed_case__indicator_id,
        '2016-01-01' as hearings_per_closed_case__definition_valid_from,
        cast(coalesce(m_hearings__held_in__count__status_held, 0) as double) as hearings_per_closed_case__numerator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as hearings_per_closed_case__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as hearings_per_closed_case__applies,
        -- second_instance_hearing_rate (from 2016-01-01)
        'second_instance_hearing_rate' as second_instance_hearing_rate__indicator_id,
        '2016-01-01' as second_instance_hearing_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__has_held_hearing__is_second_instance, 0)
            as double
        ) as second_instance_hearing_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as second_instance_hearing_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as second_instance_hearing_rate__applies,
        -- hearings_per_quota_judge (from 2016-01-01)
        'hearings_per_quota_judge' as hearings_per_quota_judge__indicator_id,
        '2016-01-01' as hearings_per_quota_judge__definition_valid_from,
        cast(coalesce(m_hearings__held_in__count__status_held, 0) as double) as hearings_per_quota_judge__numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as hearings_per_quota_judge__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as hearings_per_quota_judge__applies
    from measures

),

definition_values as (

    select
        *,
        hearings_scheduled__numerator as hearings_scheduled__value,
        case
            when hearing_postponement_rate__denominator != 0
                then hearing_postponement_rate__numerator / hearing_postponement_rate__denominator
        end as hearing_postponement_rate__value,
        case
            when hearing_cancellation_rate__denominator != 0
                then hearing_cancellation_rate__numerator / hearing_cancellation_rate__denominator
        end as hearing_cancellation_rate__value,
        postponed_hearings__numerator as postponed_hearings__value,
        case
            when avg_hearing_minutes__denominator != 0
                then avg_hearing_minutes__numerator / avg_hearing_minutes__denominator
        end as avg_hearing_minutes__value,
        case
            when civil_avg_hearing_minutes__denominator != 0
                then civil_avg_hearing_minutes__numerator / civil_avg_hearing_minutes__denominator
        end as civil_avg_hearing_minutes__value,
        case
            when criminal_avg_hearing_minutes__denominator != 0
                then criminal_avg_hearing_minutes__numerator / criminal_avg_hearing_minutes__denominator
        end as criminal_avg_hearing_minutes__value,
        case
            when administrative_avg_hearing_minutes__denominator != 0
                then administrative_avg_hearing_minutes__numerator / administrative_avg_hearing_minutes__denominator
        end as administrative_avg_hearing_minutes__value,
        livestreamed_hearings__numerator as livestreamed_hearings__value,
        case
            when civil_livestream_rate__denominator != 0
                then civil_livestream_rate__numerator / civil_livestream_rate__denominator
        end as civil_livestream_rate__value,
        case
            when criminal_livestream_rate__denominator != 0
                then criminal_livestream_rate__numerator / criminal_livestream_rate__denominator
        end as criminal_livestream_rate__value,
        case
            when administrative_livestream_rate__denominator != 0
                then administrative_livestream_rate__numerator / administrative_livestream_rate__denominator
        end as administrative_livestream_rate__value,
        case
            when civil_trial_date_certainty__denominator != 0
                then civil_trial_date_certainty__numerator / civil_trial_date_certainty__denominator
        end as civil_trial_date_certainty__value,
        case
            when criminal_trial_date_certainty__denominator != 0
                then criminal_trial_date_certainty__numerator / criminal_trial_date_certainty__denominator
        end as criminal_trial_date_certainty__value,
        case
            when administrative_trial_date_certainty__denominator != 0
                then administrative_trial_date_certainty__numerator / administrative_trial_date_certainty__denominator
        end as administrative_trial_date_certainty__value,
        case
            when appeal_trial_date_certainty__denominator != 0
                then appeal_trial_date_certainty__numerator / appeal_trial_date_certainty__denominator
        end as appeal_trial_date_certainty__value,
        second_instance_hearings_held__numerator as second_instance_hearings_held__value,
        case
            when hearings_per_closed_case__denominator != 0
                then hearings_per_closed_case__numerator / hearings_per_closed_case__denominator
        end as hearings_per_closed_case__value,
        case
            when second_instance_hearing_rate__denominator != 0
                then second_instance_hearing_rate__numerator / second_instance_hearing_rate__denominator
        end as second_instance_hearing_rate__value,
        case
            when hearings_per_quota_judge__denominator != 0
                then hearings_per_quota_judge__numerator / hearings_per_quota_judge__denominator
        end as hearings_per_quota_judge__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                hearings_scheduled__indicator_id,
                hearings_scheduled__definition_valid_from,
                hearings_scheduled__numerator,
                hearings_scheduled__denominator,
                hearings_scheduled__value,
                hearings_scheduled__applies
            ) as hearings_scheduled,
            (
                hearing_postponement_rate__indicator_id,
                hearing_postponement_rate__definition_valid_from,
                hearing_postponement_rate__numerator,
                hearing_postponement_rate__denominator,
                hearing_postponement_rate__value,
                hearing_postponement_rate__applies
            ) as hearing_postponement_rate,
            (
                hearing_cancellation_rate__indicator_id,
                hearing_cancellation_rate__definition_valid_from,
                hearing_cancellation_rate__numerator,
                hearing_cancellation_rate__denominator,
                hearing_cancellation_rate__value,
                hearing_cancellation_rate__applies
            ) as hearing_cancellation_rate,
            (
                postponed_hearings__indicator_id,
                postponed_hearings__definition_valid_from,
                postponed_hearings__numerator,
                postponed_hearings__denominator,
                postponed_hearings__value,
                postponed_hearings__applies
            ) as postponed_hearings,
            (
                avg_hearing_minutes__indicator_id,
                avg_hearing_minutes__definition_valid_from,
                avg_hearing_minutes__numerator,
                avg_hearing_minutes__denominator,
                avg_hearing_minutes__value,
                avg_hearing_minutes__applies
            ) as avg_hearing_minutes,
            (
                civil_avg_hearing_minutes__indicator_id,
                civil_avg_hearing_minutes__definition_valid_from,
                civil_avg_hearing_minutes__numerator,
                civil_avg_hearing_minutes__denominator,
                civil_avg_hearing_minutes__value,
                civil_avg_hearing_minutes__applies
            ) as civil_avg_hearing_minutes,
            (
                criminal_avg_hearing_minutes__indicator_id,
                criminal_avg_hearing_minutes__definition_valid_from,
                criminal_avg_hearing_minutes__numerator,
                criminal_avg_hearing_minutes__denominator,
                criminal_avg_hearing_minutes__value,
                criminal_avg_hearing_minutes__applies
            ) as criminal_avg_hearing_minutes,
            (
                administrative_avg_hearing_minutes__indicator_id,
                administrative_avg_hearing_minutes__definition_valid_from,
                administrative_avg_hearing_minutes__numerator,
                administrative_avg_hearing_minutes__denominator,
                administrative_avg_hearing_minutes__value,
                administrative_avg_hearing_minutes__applies
            ) as administrative_avg_hearing_minutes,
            (
                livestreamed_hearings__indicator_id,
                livestreamed_hearings__definition_valid_from,
                livestreamed_hearings__numerator,
                livestreamed_hearings__denominator,
                livestreamed_hearings__value,
                livestreamed_hearings__applies
            ) as livestreamed_hearings,
            (
                civil_livestream_rate__indicator_id,
                civil_livestream_rate__definition_valid_from,
                civil_livestream_rate__numerator,
                civil_livestream_rate__denominator,
                civil_livestream_rate__value,
                civil_livestream_rate__applies
            ) as civil_livestream_rate,
            (
                criminal_livestream_rate__indicator_id,
                criminal_livestream_rate__definition_valid_from,
                criminal_livestream_rate__numerator,
                criminal_livestream_rate__denominator,
                criminal_livestream_rate__value,
                criminal_livestream_rate__applies
            ) as criminal_livestream_rate,
            (
                administrative_livestream_rate__indicator_id,
                administrative_livestream_rate__definition_valid_from,
                administrative_livestream_rate__numerator,
                administrative_livestream_rate__denominator,
                administrative_livestream_rate__value,
                administrative_livestream_rate__applies
            ) as administrative_livestream_rate,
            (
                civil_trial_date_certainty__indicator_id,
                civil_trial_date_certainty__definition_valid_from,
                civil_trial_date_certainty__numerator,
                civil_trial_date_certainty__denominator,
                civil_trial_date_certainty__value,
                civil_trial_date_certainty__applies
            ) as civil_trial_date_certainty,
            (
                criminal_trial_date_certainty__indicator_id,
                criminal_trial_date_certainty__definition_valid_from,
                criminal_trial_date_certainty__numerator,
                criminal_trial_date_certainty__denominator,
                criminal_trial_date_certainty__value,
                criminal_trial_date_certainty__applies
            ) as criminal_trial_date_certainty,
            (
                administrative_trial_date_certainty__indicator_id,
                administrative_trial_date_certainty__definition_valid_from,
                administrative_trial_date_certainty__numerator,
                administrative_trial_date_certainty__denominator,
                administrative_trial_date_certainty__value,
                administrative_trial_date_certainty__applies
            ) as administrative_trial_date_certainty,
            (
                appeal_trial_date_certainty__indicator_id,
                appeal_trial_date_certainty__definition_valid_from,
                appeal_trial_date_certainty__numerator,
                appeal_trial_date_certainty__denominator,
                appeal_trial_date_certainty__value,
                appeal_trial_date_certainty__applies
            ) as appeal_trial_date_certainty,
            (
                second_instance_hearings_held__indicator_id,
                second_instance_hearings_held__definition_valid_from,
                second_instance_hearings_held__numerator,
                second_instance_hearings_held__denominator,
                second_instance_hearings_held__value,
                second_instance_hearings_held__applies
            ) as second_instance_hearings_held,
            (
                hearings_per_closed_case__indicator_id,
                hearings_per_closed_case__definition_valid_from,
                hearings_per_closed_case__numerator,
                hearings_per_closed_case__denominator,
                hearings_per_closed_case__value,
                hearings_per_closed_case__applies
            ) as hearings_per_closed_case,
            (
                second_instance_hearing_rate__indicator_id,
                second_instance_hearing_rate__definition_valid_from,
                second_instance_hearing_rate__numerator,
                second_instance_hearing_rate__denominator,
                second_instance_hearing_rate__value,
                second_instance_hearing_rate__applies
            ) as second_instance_hearing_rate,
            (
                hearings_per_quota_judge__indicator_id,
                hearings_per_quota_judge__definition_valid_from,
                hearings_per_quota_judge__numerator,
                hearings_per_quota_judge__denominator,
                hearings_per_quota_judge__value,
                hearings_per_quota_judge__applies
            ) as hearings_per_quota_judge
        )
    )

),

final as (

    {{ kept_period_rows('hearing') }}
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
