-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- case_quality: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('case_quality')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('case_quality') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- inspected_cases (from 2016-01-01)
        'inspected_cases' as inspected_cases__indicator_id,
        '2016-01-01' as inspected_cases__definition_valid_from,
        cast(coalesce(m_case_inspections__inspected_in__count, 0) as double) as inspected_cases__numerator,
        cast(null as double) as inspected_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as inspected_cases__applies,
        -- inspection_excellent_rate (from 2016-01-01)
        'inspection_excellent_rate' as inspection_excellent_rate__indicator_id,
        '2016-01-01' as inspection_excellent_rate__definition_valid_from,
        cast(coalesce(m_case_inspections__inspected_in__count__result_excellent, 0) as double) as inspection_excellent_rate__numerator,
        cast(coalesce(m_case_inspections__inspected_in__count, 0) as double) as inspection_excellent_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as inspection_excellent_rate__applies,
        -- inspection_pass_rate (from 2016-01-01)
        'inspection_pass_rate' as inspection_pass_rate__indicator_id,
        '2016-01-01' as inspection_pass_rate__definition_valid_from,
        cast(
            coalesce(m_case_inspections__inspected_in__count__result_excellent_or_qualified, 0)
            as double
        ) as inspection_pass_rate__numerator,
        cast(coalesce(m_case_inspections__inspected_in__count, 0) as double) as inspection_pass_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as inspection_pass_rate__applies,
        -- inspection_flawed_rate (from 2016-01-01)
        'inspection_flawed_rate' as inspection_flawed_rate__indicator_id,
        '2016-01-01' as inspection_flawed_rate__definition_valid_from,
        cast(coalesce(m_case_inspections__inspected_in__count__result_flawed, 0) as double) as inspection_flawed_rate__numerator,
        cast(coalesce(m_case_inspections__inspected_in__count, 0) as double) as inspection_flawed_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as inspection_flawed_rate__applies,
        -- inspection_unqualified_rate (from 2016-01-01)
        'inspection_unqualified_rate' as inspection_unqualified_rate__indicator_id,
        '2016-01-01' as inspection_unqualified_rate__definition_valid_from,
        cast(coalesce(m_case_inspections__inspected_in__count__result_unqualified, 0) as double) as inspection_unqualified_rate__numerator,
        cast(coalesce(m_case_inspections__inspected_in__count, 0) as double) as inspection_unqualified_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as inspection_unqualified_rate__applies,
        -- flawed_cases (from 2016-01-01)
        'flawed_cases' as flawed_cases__indicator_id,
        '2016-01-01' as flawed_cases__definition_valid_from,
        cast(coalesce(m_case_inspections__inspected_in__count__result_flawed, 0) as double) as flawed_cases__numerator,
        cast(null as double) as flawed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as flawed_cases__applies,
        -- unqualified_cases (from 2016-01-01)
        'unqualified_cases' as unqualified_cases__indicator_id,
        '2016-01-01' as unqualified_cases__definition_valid_from,
        cast(coalesce(m_case_inspections__inspected_in__count__result_unqualified, 0) as double) as unqualified_cases__numerator,
        cast(null as double) as unqualified_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as unqualified_cases__applies,
        -- avg_inspection_score (from 2016-01-01)
        'avg_inspection_score' as avg_inspection_score__indicator_id,
        '2016-01-01' as avg_inspection_score__definition_valid_from,
        cast(coalesce(m_case_inspections__inspected_in__sum_score, 0) as double) as avg_inspection_score__numerator,
        cast(coalesce(m_case_inspections__inspected_in__count__score_known, 0) as double) as avg_inspection_score__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as avg_inspection_score__applies,
        -- defects_found (from 2016-01-01)
        'defects_found' as defects_found__indicator_id,
        '2016-01-01' as defects_found__definition_valid_from,
        cast(coalesce(m_case_inspections__inspected_in__sum_defect_count, 0) as double) as defects_found__numerator,
        cast(null as double) as defects_found__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as defects_found__applies,
        -- defects_per_inspection (from 2016-01-01)
        'defects_per_inspection' as defects_per_inspection__indicator_id,
        '2016-01-01' as defects_per_inspection__definition_valid_from,
        cast(coalesce(m_case_inspections__inspected_in__sum_defect_count, 0) as double) as defects_per_inspection__numerator,
        cast(coalesce(m_case_inspections__inspected_in__count, 0) as double) as defects_per_inspection__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as defects_per_inspection__applies,
        -- key_inspection_share (from 2016-01-01)
        'key_inspection_share' as key_inspection_share__indicator_id,
        '2016-01-01' as key_inspection_share__definition_valid_from,
        cast(coalesce(m_case_inspections__inspected_in__count__inspection_type_key, 0) as double) as key_inspection_share__numerator,
        cast(coalesce(m_case_inspections__inspected_in__count, 0) as double) as key_inspection_share__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as key_inspection_share__applies,
        -- key_inspection_unqualified_rate (from 2016-01-01)
        'key_inspection_unqualified_rate' as key_inspection_unqualified_rate__indicator_id,
        '2016-01-01' as key_inspection_unqualified_rate__definition_valid_from,
        cast(
            coalesce(m_case_inspections__inspected_in__count__inspection_type_key__result_unqualified, 0)
            as double
        ) as key_inspection_unqualified_rate__numerator,
        cast(
            coalesce(m_case_inspections__inspected_in__count__inspection_type_key, 0)
            as double
        ) as key_inspection_unqualified_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as key_inspection_unqualified_rate__applies,
        -- routine_inspection_pass_rate (from 2016-01-01)
        'routine_inspection_pass_rate' as routine_inspection_pass_rate__indicator_id,
        '2016-01-01' as routine_inspection_pass_rate__definition_valid_from,
        cast(
            coalesce(m_case_inspections__inspected_in__count__inspection_type_routine__result_excellent_or_qualified, 0)
            as double
        ) as routine_inspection_pass_rate__numerator,
        cast(
            coalesce(m_case_inspections__inspected_in__count__inspection_type_routine, 0)
            as double
        ) as routine_inspection_pass_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as routine_inspection_pass_rate__applies,
        -- routine_inspection_avg_score (from 2016-01-01)
        'routine_inspection_avg_score' as routine_inspection_avg_score__indicator_id,
        '2016-01-01' as routine_inspection_avg_score__definition_valid_from,
        cast(
            coalesce(m_case_inspections__inspected_in__sum_score__inspection_type_routine, 0)
            as double
        ) as routine_inspection_avg_score__numerator,
        cast(
            coalesce(m_case_inspections__inspected_in__count__inspection_type_routine__score_known, 0)
            as double
        ) as routine_inspection_avg_score__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as routine_inspection_avg_score__applies,
        -- special_inspections (from 2016-01-01)
        'special_inspections' as special_inspections__indicator_id,
        '2016-01-01' as special_inspections__definition_valid_from,
        cast(coalesce(m_case_inspections__inspected_in__count__inspection_type_special, 0) as double) as special_inspections__numerator,
        cast(null as double) as special_inspections__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as special_inspections__applies,
        -- inspection_coverage_rate (from 2016-01-01)
        'inspection_coverage_rate' as inspection_coverage_rate__indicator_id,
        '2016-01-01' as inspection_coverage_rate__definition_valid_from,
        cast(coalesce(m_case_inspections__inspected_in__count, 0) as double) as inspection_coverage_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as inspection_coverage_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as inspection_coverage_rate__applies
    from measures

),

definition_values as (

    select
        *,
        inspected_cases__numerator as inspected_cases__value,
        case
            when inspection_excellent_rate__denominator != 0
                then inspection_excellent_rate__numerator / inspection_excellent_rate__denominator
        end as inspection_excellent_rate__value,
        case
            when inspection_pass_rate__denominator != 0
                then inspection_pass_rate__numerator / inspection_pass_rate__denominator
        end as inspection_pass_rate__value,
        case
            when inspection_flawed_rate__denominator != 0
                then inspection_flawed_rate__numerator / inspection_flawed_rate__denominator
        end as inspection_flawed_rate__value,
        case
            when inspection_unqualified_rate__denominator != 0
                then inspection_unqualified_rate__numerator / inspection_unqualified_rate__denominator
        end as inspection_unqualified_rate__value,
        flawed_cases__numerator as flawed_cases__value,
        unqualified_cases__numerator as unqualified_cases__value,
        case
            when avg_inspection_score__denominator != 0
                then avg_inspection_score__numerator / avg_inspection_score__denominator
        end as avg_inspection_score__value,
        defects_found__numerator as defects_found__value,
        case
            when defects_per_inspection__denominator != 0
                then defects_per_inspection__numerator / defects_per_inspection__denominator
        end as defects_per_inspection__value,
        case
            when key_inspection_share__denominator != 0
                then key_inspection_share__numerator / key_inspection_share__denominator
        end as key_inspection_share__value,
        case
            when key_inspection_unqualified_rate__denominator != 0
                then key_inspection_unqualified_rate__numerator / key_inspection_unqualified_rate__denominator
        end as key_inspection_unqualified_rate__value,
        case
            when routine_inspection_pass_rate__denominator != 0
                then routine_inspection_pass_rate__numerator / routine_inspection_pass_rate__denominator
        end as routine_inspection_pass_rate__value,
        case
            when routine_inspection_avg_score__denominator != 0
                then routine_inspection_avg_score__numerator / routine_inspection_avg_score__denominator
        end as routine_inspection_avg_score__value,
        special_inspections__numerator as special_inspections__value,
        case
            when inspection_coverage_rate__denominator != 0
                then inspection_coverage_rate__numerator / inspection_coverage_rate__denominator
        end as inspection_coverage_rate__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                inspected_cases__indicator_id,
                inspected_cases__definition_valid_from,
                inspected_cases__numerator,
                inspected_cases__denominator,
                inspected_cases__value,
                inspected_cases__applies
            ) as inspected_cases,
            (
                inspection_excellent_rate__indicator_id,
                inspection_excellent_rate__definition_valid_from,
                inspection_excellent_rate__numerator,
                inspection_excellent_rate__denominator,
                inspection_excellent_rate__value,
                inspection_excellent_rate__applies
            ) as inspection_excellent_rate,
            (
                inspection_pass_rate__indicator_id,
                inspection_pass_rate__definition_valid_from,
                inspection_pass_rate__numerator,
                inspection_pass_rate__denominator,
                inspection_pass_rate__value,
                inspection_pass_rate__applies
            ) as inspection_pass_rate,
            (
                inspection_flawed_rate__indicator_id,
                inspection_flawed_rate__definition_valid_from,
                inspection_flawed_rate__numerator,
                inspection_flawed_rate__denominator,
                inspection_flawed_rate__value,
                inspection_flawed_rate__applies
            ) as inspection_flawed_rate,
            (
                inspection_unqualified_rate__indicator_id,
                inspection_unqualified_rate__definition_valid_from,
                inspection_unqualified_rate__numerator,
                inspection_unqualified_rate__denominator,
                inspection_unqualified_rate__value,
                inspection_unqualified_rate__applies
            ) as inspection_unqualified_rate,
            (
                flawed_cases__indicator_id,
                flawed_cases__definition_valid_from,
                flawed_cases__numerator,
                flawed_cases__denominator,
                flawed_cases__value,
                flawed_cases__applies
            ) as flawed_cases,
            (
                unqualified_cases__indicator_id,
                unqualified_cases__definition_valid_from,
                unqualified_cases__numerator,
                unqualified_cases__denominator,
                unqualified_cases__value,
                unqualified_cases__applies
            ) as unqualified_cases,
            (
                avg_inspection_score__indicator_id,
                avg_inspection_score__definition_valid_from,
                avg_inspection_score__numerator,
                avg_inspection_score__denominator,
                avg_inspection_score__value,
                avg_inspection_score__applies
            ) as avg_inspection_score,
            (
                defects_found__indicator_id,
                defects_found__definition_valid_from,
                defects_found__numerator,
                defects_found__denominator,
                defects_found__value,
                defects_found__applies
            ) as defects_found,
            (
                defects_per_inspection__indicator_id,
                defects_per_inspection__definition_valid_from,
                defects_per_inspection__numerator,
                defects_per_inspection__denominator,
                defects_per_inspection__value,
                defects_per_inspection__applies
            ) as defects_per_inspection,
            (
                key_inspection_share__indicator_id,
                key_inspection_share__definition_valid_from,
                key_inspection_share__numerator,
                key_inspection_share__denominator,
                key_inspection_share__value,
                key_inspection_share__applies
            ) as key_inspection_share,
            (
                key_inspection_unqualified_rate__indicator_id,
                key_inspection_unqualified_rate__definition_valid_from,
                key_inspection_unqualified_rate__numerator,
                key_inspection_unqualified_rate__denominator,
                key_inspection_unqualified_rate__value,
                key_inspection_unqualified_rate__applies
            ) as key_inspection_unqualified_rate,
            (
                routine_inspection_pass_rate__indicator_id,
                routine_inspection_pass_rate__definition_valid_from,
                routine_inspection_pass_rate__numerator,
                routine_inspection_pass_rate__denominator,
                routine_inspection_pass_rate__value,
                routine_inspection_pass_rate__applies
            ) as routine_inspection_pass_rate,
            (
                routine_inspection_avg_score__indicator_id,
                routine_inspection_avg_score__definition_valid_from,
                routine_inspection_avg_score__numerator,
                routine_inspection_avg_score__denominator,
                routine_inspection_avg_score__value,
                routine_inspection_avg_score__applies
            ) as routine_inspection_avg_score,
            (
                special_inspections__indicator_id,
                special_inspections__definition_valid_from,
                special_inspections__numerator,
                special_inspections__denominator,
                special_inspections__value,
                special_inspections__applies
            ) as special_inspections,
            (
                inspection_coverage_rate__indicator_id,
                inspection_coverage_rate__definition_valid_from,
                inspection_coverage_rate__numerator,
                inspection_coverage_rate__denominator,
                inspection_coverage_rate__value,
                inspection_coverage_rate__applies
            ) as inspection_coverage_rate
        )
    )

),

final as (

    {{ kept_period_rows('case_quality') }}
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
