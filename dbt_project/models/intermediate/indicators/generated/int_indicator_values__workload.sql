-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- workload: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('workload')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('workload') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- weighted_workload (from 2016-01-01)
        'weighted_workload' as weighted_workload__indicator_id,
        '2016-01-01' as weighted_workload__definition_valid_from,
        cast(
            coalesce(m_case_workload__closed_in__sum_case_weight, 0)
            + coalesce(m_workload_credits__closed_in__sum_credit, 0)
            as double
        ) as weighted_workload__numerator,
        cast(null as double) as weighted_workload__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as weighted_workload__applies,
        -- handling_weighted_workload (from 2016-01-01)
        'handling_weighted_workload' as handling_weighted_workload__indicator_id,
        '2016-01-01' as handling_weighted_workload__definition_valid_from,
        cast(coalesce(m_workload_credits__closed_in__sum_credit__case_role_handling, 0) as double) as handling_weighted_workload__numerator,
        cast(null as double) as handling_weighted_workload__denominator,
        {{ indicator_applies(
            levels=['person'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
        ) }} as handling_weighted_workload__applies,
        -- panel_member_weighted_workload (from 2016-01-01)
        'panel_member_weighted_workload' as panel_member_weighted_workload__indicator_id,
        '2016-01-01' as panel_member_weighted_workload__definition_valid_from,
        cast(
            coalesce(m_workload_credits__closed_in__sum_credit__case_role_panel_member, 0)
            as double
        ) as panel_member_weighted_workload__numerator,
        cast(null as double) as panel_member_weighted_workload__denominator,
        {{ indicator_applies(
            levels=['person'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as panel_member_weighted_workload__applies,
        -- assistant_weighted_workload (from 2016-01-01)
        'assistant_weighted_workload' as assistant_weighted_workload__indicator_id,
        '2016-01-01' as assistant_weighted_workload__definition_valid_from,
        cast(
            coalesce(m_workload_credits__closed_in__sum_credit__case_role_assistant, 0)
            as double
        ) as assistant_weighted_workload__numerator,
        cast(null as double) as assistant_weighted_workload__denominator,
        {{ indicator_applies(
            levels=['person'],
            valid_from='2016-01-01',
            roles=['judge_assistant'],
        ) }} as assistant_weighted_workload__applies,
        -- clerk_weighted_workload (from 2016-01-01)
        'clerk_weighted_workload' as clerk_weighted_workload__indicator_id,
        '2016-01-01' as clerk_weighted_workload__definition_valid_from,
        cast(coalesce(m_workload_credits__closed_in__sum_credit__case_role_clerk, 0) as double) as clerk_weighted_workload__numerator,
        cast(null as double) as clerk_weighted_workload__denominator,
        {{ indicator_applies(levels=['person'], valid_from='2016-01-01', roles=['clerk']) }} as clerk_weighted_workload__applies,
        -- panel_cases_participated (from 2016-01-01)
        'panel_cases_participated' as panel_cases_participated__indicator_id,
        '2016-01-01' as panel_cases_participated__definition_valid_from,
        cast(coalesce(m_workload_credits__closed_in__count__case_role_panel_member, 0) as double) as panel_cases_participated__numerator,
        cast(null as double) as panel_cases_participated__denominator,
        {{ indicator_applies(
            levels=['person'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as panel_cases_participated__applies,
        -- assistant_cases_participated (from 2016-01-01)
        'assistant_cases_participated' as assistant_cases_participated__indicator_id,
        '2016-01-01' as assistant_cases_participated__definition_valid_from,
        cast(coalesce(m_workload_credits__closed_in__count__case_role_assistant, 0) as double) as assistant_cases_participated__numerator,
        cast(null as double) as assistant_cases_participated__denominator,
        {{ indicator_applies(
            levels=['person'],
            valid_from='2016-01-01',
            roles=['judge_assistant'],
        ) }} as assistant_cases_participated__applies,
        -- clerk_cases_recorded (from 2016-01-01)
        'clerk_cases_recorded' as clerk_cases_recorded__indicator_id,
        '2016-01-01' as clerk_cases_recorded__definition_valid_from,
        cast(coalesce(m_workload_credits__closed_in__count__case_role_clerk, 0) as double) as clerk_cases_recorded__numerator,
        cast(null as double) as clerk_cases_recorded__denominator,
        {{ indicator_applies(levels=['person'], valid_from='2016-01-01', roles=['clerk']) }} as clerk_cases_recorded__applies,
        -- trial_weighted_workload (from 2016-01-01)
        'trial_weighted_workload' as trial_weighted_workload__indicator_id,
        '2016-01-01' as trial_weighted_workload__definition_valid_from,
        cast(
            coalesce(m_case_workload__closed_in__sum_case_weight__case_kind_trial, 0)
            + coalesce(m_workload_credits__closed_in__sum_credit__case_kind_trial, 0)
            as double
        ) as trial_weighted_workload__numerator,
        cast(null as double) as trial_weighted_workload__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'clerk'],
            business_lines=['filing', 'civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as trial_weighted_workload__applies,
        -- enforcement_weighted_workload (from 2016-01-01)
        'enforcement_weighted_workload' as enforcement_weighted_workload__indicator_id,
        '2016-01-01' as enforcement_weighted_workload__definition_valid_from,
        cast(
            coalesce(m_case_workload__closed_in__sum_case_weight__case_kind_enforcement, 0)
            + coalesce(m_workload_credits__closed_in__sum_credit__case_kind_enforcement, 0)
            as double
        ) as enforcement_weighted_workload__numerator,
        cast(null as double) as enforcement_weighted_workload__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=[
                'president',
                'vice_president',
                'division_chief',
                'deputy_division_chief',
                'judge',
                'enforcement_officer',
                'judge_assistant',
                'clerk',
            ],
            business_lines=['enforcement'],
        ) }} as enforcement_weighted_workload__applies,
        -- civil_weighted_workload (from 2016-01-01)
        'civil_weighted_workload' as civil_weighted_workload__indicator_id,
        '2016-01-01' as civil_weighted_workload__definition_valid_from,
        cast(
            coalesce(m_case_workload__closed_in__sum_case_weight__case_type_code_bankruptcy_or_civ1_or_civ_520203f81f, 0)
            + coalesce(m_workload_credits__closed_in__sum_credit__case_type_code_bankruptcy_or_civ1_or_civ2_fd3348fe2d, 0)
            as double
        ) as civil_weighted_workload__numerator,
        cast(null as double) as civil_weighted_workload__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'clerk'],
            business_lines=['civil', 'commercial', 'trial_supervision'],
        ) }} as civil_weighted_workload__applies,
        -- criminal_weighted_workload (from 2016-01-01)
        'criminal_weighted_workload' as criminal_weighted_workload__indicator_id,
        '2016-01-01' as criminal_weighted_workload__definition_valid_from,
        cast(
            coalesce(m_case_workload__closed_in__sum_case_weight__case_type_code_crim1_or_crim2_or_crim_pe_a5effa73a1, 0)
            + coalesce(m_workload_credits__closed_in__sum_credit__case_type_code_crim1_or_crim2_or_crim_peti_8ca86f62bf, 0)
            as double
        ) as criminal_weighted_workload__numerator,
        cast(null as double) as criminal_weighted_workload__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'clerk'],
            business_lines=['criminal', 'trial_supervision'],
        ) }} as criminal_weighted_workload__applies,
        -- administrative_weighted_workload (from 2016-01-01)
        'administrative_weighted_workload' as administrative_weighted_workload__indicator_id,
        '2016-01-01' as administrative_weighted_workload__definition_valid_from,
        cast(
            coalesce(m_case_workload__closed_in__sum_case_weight__case_type_code_adm1_or_adm2_or_adm_petition, 0)
            + coalesce(m_workload_credits__closed_in__sum_credit__case_type_code_adm1_or_adm2_or_adm_petition, 0)
            as double
        ) as administrative_weighted_workload__numerator,
        cast(null as double) as administrative_weighted_workload__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'clerk'],
            business_lines=['administrative', 'trial_supervision'],
        ) }} as administrative_weighted_workload__applies,
        -- appeal_weighted_workload (from 2016-01-01)
        'appeal_weighted_workload' as appeal_weighted_workload__indicator_id,
        '2016-01-01' as appeal_weighted_workload__definition_valid_from,
        cast(
            coalesce(m_case_workload__closed_in__sum_case_weight__case_type_code_adm2_or_civ2_or_crim2, 0)
            + coalesce(m_workload_credits__closed_in__sum_credit__case_type_code_adm2_or_civ2_or_crim2, 0)
            as double
        ) as appeal_weighted_workload__numerator,
        cast(null as double) as appeal_weighted_workload__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'clerk'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as appeal_weighted_workload__applies,
        -- supervision_weighted_workload (from 2016-01-01)
        'supervision_weighted_workload' as supervision_weighted_workload__indicator_id,
        '2016-01-01' as supervision_weighted_workload__definition_valid_from,
        cast(
            coalesce(m_case_workload__closed_in__sum_case_weight__case_type_code_adm_petition_or_civ_petit_c449e68d5e, 0)
            + coalesce(m_workload_credits__closed_in__sum_credit__case_type_code_adm_petition_or_civ_petitio_8dc8892482, 0)
            as double
        ) as supervision_weighted_workload__numerator,
        cast(null as double) as supervision_weighted_workload__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'clerk'],
            business_lines=['trial_supervision', 'civil', 'commercial', 'criminal', 'administrative'],
        ) }} as supervision_weighted_workload__applies,
        -- weighted_cases_filed (from 2016-01-01)
        'weighted_cases_filed' as weighted_cases_filed__indicator_id,
        '2016-01-01' as weighted_cases_filed__definition_valid_from,
        cast(coalesce(m_case_workload__filed_in__sum_case_weight, 0) as double) as weighted_cases_filed__numerator,
        cast(null as double) as weighted_cases_filed__denominator,
        {{ indicator_applies(levels=['court', 'department', 'city'], valid_from='2016-01-01') }} as weighted_cases_filed__applies,
        -- weighted_workload_per_quota_judge (from 2016-01-01)
        'weighted_workload_per_quota_judge' as weighted_workload_per_quota_judge__indicator_id,
        '2016-01-01' as weighted_workload_per_quota_judge__definition_valid_from,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight, 0) as double) as weighted_workload_per_quota_judge__numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as weighted_workload_per_quota_judge__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'city'],
            valid_from='2016-01-01',
        ) }} as weighted_workload_per_quota_judge__applies,
        -- trial_weighted_workload_per_quota_judge (from 2016-01-01)
        'trial_weighted_workload_per_quota_judge' as trial_weighted_workload_per_quota_judge__indicator_id,
        '2016-01-01' as trial_weighted_workload_per_quota_judge__definition_valid_from,
        cast(
            coalesce(m_case_workload__closed_in__sum_case_weight__case_kind_trial, 0)
            as double
        ) as trial_weighted_workload_per_quota_judge__numerator,
        cast(
            coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0)
            as double
        ) as trial_weighted_workload_per_quota_judge__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'city'],
            valid_from='2016-01-01',
            business_lines=['filing', 'civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as trial_weighted_workload_per_quota_judge__applies,
        -- enforcement_weighted_workload_per_quota_judge (from 2016-01-01)
        'enforcement_weighted_workload_per_quota_judge' as enforcement_weighted_workload_per_quota_judge__indicator_id,
        '2016-01-01' as enforcement_weighted_workload_per_quota_judge__definition_valid_from,
        cast(
            coalesce(m_case_workload__closed_in__sum_case_weight__case_kind_enforcement, 0)
            as double
        ) as enforcement_weighted_workload_per_quota_judge__numerator,
        cast(
            coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0)
            as double
        ) as enforcement_weighted_workload_per_quota_judge__denominator,
        {{ indicator_applies(
            levels=['department'],
            valid_from='2016-01-01',
            business_lines=['enforcement'],
        ) }} as enforcement_weighted_workload_per_quota_judge__applies,
        -- avg_case_weight_closed (from 2016-01-01)
        'avg_case_weight_closed' as avg_case_weight_closed__indicator_id,
        '2016-01-01' as avg_case_weight_closed__definition_valid_from,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight, 0) as double) as avg_case_weight_closed__numerator,
        cast(coalesce(m_case_workload__closed_in__count__case_weight_known, 0) as double) as avg_case_weight_closed__denominator,
        {{ indicator_applies(levels=['court', 'department', 'city'], valid_from='2016-01-01') }} as avg_case_weight_closed__applies,
        -- unconfigured_weight_case_share (from 2016-01-01)
        'unconfigured_weight_case_share' as unconfigured_weight_case_share__indicator_id,
        '2016-01-01' as unconfigured_weight_case_share__definition_valid_from,
        cast(
            coalesce(m_case_workload__closed_in__count__not_has_configured_weight, 0)
            as double
        ) as unconfigured_weight_case_share__numerator,
        cast(coalesce(m_case_workload__closed_in__count, 0) as double) as unconfigured_weight_case_share__denominator,
        {{ indicator_applies(levels=['court', 'department', 'city'], valid_from='2016-01-01') }} as unconfigured_weight_case_share__applies,
        -- hearings_presided (from 2016-01-01)
        'hearings_presided' as hearings_presided__indicator_id,
        '2016-01-01' as hearings_presided__definition_valid_from,
        cast(coalesce(m_hearings__held_in__count__status_held, 0) as double) as hearings_presided__numerator,
        cast(null as double) as hearings_presided__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as hearings_presided__applies,
        -- hearing_minutes_presided (from 2016-01-01)
        'hearing_minutes_presided' as hearing_minutes_presided__indicator_id,
        '2016-01-01' as hearing_minutes_presided__definition_valid_from,
        cast(coalesce(m_hearings__held_in__sum_duration_minutes__status_held, 0) as double) as hearing_minutes_presided__numerator,
        cast(null as double) as hearing_minutes_presided__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as hearing_minutes_presided__applies,
        -- documents_signed (from 2016-01-01)
        'documents_signed' as documents_signed__indicator_id,
        '2016-01-01' as documents_signed__definition_valid_from,
        cast(coalesce(m_documents__signed_in__count, 0) as double) as documents_signed__numerator,
        cast(null as double) as documents_signed__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as documents_signed__applies
    from measures

),

definition_values as (

    select
        *,
        weighted_workload__numerator as weighted_workload__value,
        handling_weighted_workload__numerator as handling_weighted_workload__value,
        panel_member_weighted_workload__numerator as panel_member_weighted_workload__value,
        assistant_weighted_workload__numerator as assistant_weighted_workload__value,
        clerk_weighted_workload__numerator as clerk_weighted_workload__value,
        panel_cases_participated__numerator as panel_cases_participated__value,
        assistant_cases_participated__numerator as assistant_cases_participated__value,
        clerk_cases_recorded__numerator as clerk_cases_recorded__value,
        trial_weighted_workload__numerator as trial_weighted_workload__value,
        enforcement_weighted_workload__numerator as enforcement_weighted_workload__value,
        civil_weighted_workload__numerator as civil_weighted_workload__value,
        criminal_weighted_workload__numerator as criminal_weighted_workload__value,
        administrative_weighted_workload__numerator as administrative_weighted_workload__value,
        appeal_weighted_workload__numerator as appeal_weighted_workload__value,
        supervision_weighted_workload__numerator as supervision_weighted_workload__value,
        weighted_cases_filed__numerator as weighted_cases_filed__value,
        case
            when weighted_workload_per_quota_judge__denominator != 0
                then weighted_workload_per_quota_judge__numerator / weighted_workload_per_quota_judge__denominator
        end as weighted_workload_per_quota_judge__value,
        case
            when trial_weighted_workload_per_quota_judge__denominator != 0
                then trial_weighted_workload_per_quota_judge__numerator / trial_weighted_workload_per_quota_judge__denominator
        end as trial_weighted_workload_per_quota_judge__value,
        case
            when enforcement_weighted_workload_per_quota_judge__denominator != 0
                then enforcement_weighted_workload_per_quota_judge__numerator / enforcement_weighted_workload_per_quota_judge__denominator
        end as enforcement_weighted_workload_per_quota_judge__value,
        case
            when avg_case_weight_closed__denominator != 0
                then avg_case_weight_closed__numerator / avg_case_weight_closed__denominator
        end as avg_case_weight_closed__value,
        case
            when unconfigured_weight_case_share__denominator != 0
                then unconfigured_weight_case_share__numerator / unconfigured_weight_case_share__denominator
        end as unconfigured_weight_case_share__value,
        hearings_presided__numerator as hearings_presided__value,
        hearing_minutes_presided__numerator as hearing_minutes_presided__value,
        documents_signed__numerator as documents_signed__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                weighted_workload__indicator_id,
                weighted_workload__definition_valid_from,
                weighted_workload__numerator,
                weighted_workload__denominator,
                weighted_workload__value,
                weighted_workload__applies
            ) as weighted_workload,
            (
                handling_weighted_workload__indicator_id,
                handling_weighted_workload__definition_valid_from,
                handling_weighted_workload__numerator,
                handling_weighted_workload__denominator,
                handling_weighted_workload__value,
                handling_weighted_workload__applies
            ) as handling_weighted_workload,
            (
                panel_member_weighted_workload__indicator_id,
                panel_member_weighted_workload__definition_valid_from,
                panel_member_weighted_workload__numerator,
                panel_member_weighted_workload__denominator,
                panel_member_weighted_workload__value,
                panel_member_weighted_workload__applies
            ) as panel_member_weighted_workload,
            (
                assistant_weighted_workload__indicator_id,
                assistant_weighted_workload__definition_valid_from,
                assistant_weighted_workload__numerator,
                assistant_weighted_workload__denominator,
                assistant_weighted_workload__value,
                assistant_weighted_workload__applies
            ) as assistant_weighted_workload,
            (
                clerk_weighted_workload__indicator_id,
                clerk_weighted_workload__definition_valid_from,
                clerk_weighted_workload__numerator,
                clerk_weighted_workload__denominator,
                clerk_weighted_workload__value,
                clerk_weighted_workload__applies
            ) as clerk_weighted_workload,
            (
                panel_cases_participated__indicator_id,
                panel_cases_participated__definition_valid_from,
                panel_cases_participated__numerator,
                panel_cases_participated__denominator,
                panel_cases_participated__value,
                panel_cases_participated__applies
            ) as panel_cases_participated,
            (
                assistant_cases_participated__indicator_id,
                assistant_cases_participated__definition_valid_from,
                assistant_cases_participated__numerator,
                assistant_cases_participated__denominator,
                assistant_cases_participated__value,
                assistant_cases_participated__applies
            ) as assistant_cases_participated,
            (
                clerk_cases_recorded__indicator_id,
                clerk_cases_recorded__definition_valid_from,
                clerk_cases_recorded__numerator,
                clerk_cases_recorded__denominator,
                clerk_cases_recorded__value,
                clerk_cases_recorded__applies
            ) as clerk_cases_recorded,
            (
                trial_weighted_workload__indicator_id,
                trial_weighted_workload__definition_valid_from,
                trial_weighted_workload__numerator,
                trial_weighted_workload__denominator,
                trial_weighted_workload__value,
                trial_weighted_workload__applies
            ) as trial_weighted_workload,
            (
                enforcement_weighted_workload__indicator_id,
                enforcement_weighted_workload__definition_valid_from,
                enforcement_weighted_workload__numerator,
                enforcement_weighted_workload__denominator,
                enforcement_weighted_workload__value,
                enforcement_weighted_workload__applies
            ) as enforcement_weighted_workload,
            (
                civil_weighted_workload__indicator_id,
                civil_weighted_workload__definition_valid_from,
                civil_weighted_workload__numerator,
                civil_weighted_workload__denominator,
                civil_weighted_workload__value,
                civil_weighted_workload__applies
            ) as civil_weighted_workload,
            (
                criminal_weighted_workload__indicator_id,
                criminal_weighted_workload__definition_valid_from,
                criminal_weighted_workload__numerator,
                criminal_weighted_workload__denominator,
                criminal_weighted_workload__value,
                criminal_weighted_workload__applies
            ) as criminal_weighted_workload,
            (
                administrative_weighted_workload__indicator_id,
                administrative_weighted_workload__definition_valid_from,
                administrative_weighted_workload__numerator,
                administrative_weighted_workload__denominator,
                administrative_weighted_workload__value,
                administrative_weighted_workload__applies
            ) as administrative_weighted_workload,
            (
                appeal_weighted_workload__indicator_id,
                appeal_weighted_workload__definition_valid_from,
                appeal_weighted_workload__numerator,
                appeal_weighted_workload__denominator,
                appeal_weighted_workload__value,
                appeal_weighted_workload__applies
            ) as appeal_weighted_workload,
            (
                supervision_weighted_workload__indicator_id,
                supervision_weighted_workload__definition_valid_from,
                supervision_weighted_workload__numerator,
                supervision_weighted_workload__denominator,
                supervision_weighted_workload__value,
                supervision_weighted_workload__applies
            ) as supervision_weighted_workload,
            (
                weighted_cases_filed__indicator_id,
                weighted_cases_filed__definition_valid_from,
                weighted_cases_filed__numerator,
                weighted_cases_filed__denominator,
                weighted_cases_filed__value,
                weighted_cases_filed__applies
            ) as weighted_cases_filed,
            (
                weighted_workload_per_quota_judge__indicator_id,
                weighted_workload_per_quota_judge__definition_valid_from,
                weighted_workload_per_quota_judge__numerator,
                weighted_workload_per_quota_judge__denominator,
                weighted_workload_per_quota_judge__value,
                weighted_workload_per_quota_judge__applies
            ) as weighted_workload_per_quota_judge,
            (
                trial_weighted_workload_per_quota_judge__indicator_id,
                trial_weighted_workload_per_quota_judge__definition_valid_from,
                trial_weighted_workload_per_quota_judge__numerator,
                trial_weighted_workload_per_quota_judge__denominator,
                trial_weighted_workload_per_quota_judge__value,
                trial_weighted_workload_per_quota_judge__applies
            ) as trial_weighted_workload_per_quota_judge,
            (
                enforcement_weighted_workload_per_quota_judge__indicator_id,
                enforcement_weighted_workload_per_quota_judge__definition_valid_from,
                enforcement_weighted_workload_per_quota_judge__numerator,
                enforcement_weighted_workload_per_quota_judge__denominator,
                enforcement_weighted_workload_per_quota_judge__value,
                enforcement_weighted_workload_per_quota_judge__applies
            ) as enforcement_weighted_workload_per_quota_judge,
            (
                avg_case_weight_closed__indicator_id,
                avg_case_weight_closed__definition_valid_from,
                avg_case_weight_closed__numerator,
                avg_case_weight_closed__denominator,
                avg_case_weight_closed__value,
                avg_case_weight_closed__applies
            ) as avg_case_weight_closed,
            (
                unconfigured_weight_case_share__indicator_id,
                unconfigured_weight_case_share__definition_valid_from,
                unconfigured_weight_case_share__numerator,
                unconfigured_weight_case_share__denominator,
                unconfigured_weight_case_share__value,
                unconfigured_weight_case_share__applies
            ) as unconfigured_weight_case_share,
            (
                hearings_presided__indicator_id,
                hearings_presided__definition_valid_from,
                hearings_presided__numerator,
                hearings_presided__denominator,
                hearings_presided__value,
                hearings_presided__applies
            ) as hearings_presided,
            (
                hearing_minutes_presided__indicator_id,
                hearing_minutes_presided__definition_valid_from,
                hearing_minutes_presided__numerator,
                hearing_minutes_presided__denominator,
                hearing_minutes_presided__value,
                hearing_minutes_presided__applies
            ) as hearing_minutes_presided,
            (
                documents_signed__indicator_id,
                documents_signed__definition_valid_from,
                documents_signed__numerator,
                documents_signed__denominator,
                documents_signed__value,
                documents_signed__applies
            ) as documents_signed
        )
    )

),

final as (

    {{ kept_period_rows('workload') }}
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
