-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- conduct: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('conduct')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('conduct') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- verified_complaints (from 2016-01-01)
        'verified_complaints' as verified_complaints__indicator_id,
        '2016-01-01' as verified_complaints__definition_valid_from,
        cast(
            coalesce(m_conduct_events__occurred_in__count__event_type_verified_complaint__verified, 0)
            as double
        ) as verified_complaints__numerator,
        cast(null as double) as verified_complaints__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as verified_complaints__applies,
        -- overdue_case_records (from 2016-01-01)
        'overdue_case_records' as overdue_case_records__indicator_id,
        '2016-01-01' as overdue_case_records__definition_valid_from,
        cast(
            coalesce(m_conduct_events__occurred_in__count__event_type_overdue_case__verified, 0)
            as double
        ) as overdue_case_records__numerator,
        cast(null as double) as overdue_case_records__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as overdue_case_records__applies,
        -- document_error_records (from 2016-01-01)
        'document_error_records' as document_error_records__indicator_id,
        '2016-01-01' as document_error_records__definition_valid_from,
        cast(
            coalesce(m_conduct_events__occurred_in__count__event_type_document_error__verified, 0)
            as double
        ) as document_error_records__numerator,
        cast(null as double) as document_error_records__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as document_error_records__applies,
        -- hearing_absence_records (from 2016-01-01)
        'hearing_absence_records' as hearing_absence_records__indicator_id,
        '2016-01-01' as hearing_absence_records__definition_valid_from,
        cast(
            coalesce(m_conduct_events__occurred_in__count__event_type_hearing_absence__verified, 0)
            as double
        ) as hearing_absence_records__numerator,
        cast(null as double) as hearing_absence_records__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as hearing_absence_records__applies,
        -- late_upload_records (from 2016-01-01)
        'late_upload_records' as late_upload_records__indicator_id,
        '2016-01-01' as late_upload_records__definition_valid_from,
        cast(
            coalesce(m_conduct_events__occurred_in__count__event_type_late_upload__verified, 0)
            as double
        ) as late_upload_records__numerator,
        cast(null as double) as late_upload_records__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as late_upload_records__applies,
        -- disciplinary_actions (from 2016-01-01)
        'disciplinary_actions' as disciplinary_actions__indicator_id,
        '2016-01-01' as disciplinary_actions__definition_valid_from,
        cast(
            coalesce(m_conduct_events__occurred_in__count__event_type_disciplinary_action__verified, 0)
            as double
        ) as disciplinary_actions__numerator,
        cast(null as double) as disciplinary_actions__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as disciplinary_actions__applies,
        -- wrongful_judgment_records (from 2016-01-01)
        'wrongful_judgment_records' as wrongful_judgment_records__indicator_id,
        '2016-01-01' as wrongful_judgment_records__definition_valid_from,
        cast(
            coalesce(m_conduct_events__occurred_in__count__event_type_wrongful_judgment__verified, 0)
            as double
        ) as wrongful_judgment_records__numerator,
        cast(null as double) as wrongful_judgment_records__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as wrongful_judgment_records__applies,
        -- integrity_violations (from 2016-01-01)
        'integrity_violations' as integrity_violations__indicator_id,
        '2016-01-01' as integrity_violations__definition_valid_from,
        cast(
            coalesce(m_conduct_events__occurred_in__count__event_type_integrity_violation__verified, 0)
            as double
        ) as integrity_violations__numerator,
        cast(null as double) as integrity_violations__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as integrity_violations__applies,
        -- commendations (from 2016-01-01)
        'commendations' as commendations__indicator_id,
        '2016-01-01' as commendations__definition_valid_from,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_commendation__verified, 0) as double) as commendations__numerator,
        cast(null as double) as commendations__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as commendations__applies,
        -- verified_negative_events (from 2016-01-01)
        'verified_negative_events' as verified_negative_events__indicator_id,
        '2016-01-01' as verified_negative_events__definition_valid_from,
        cast(
            coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__verified, 0)
            as double
        ) as verified_negative_events__numerator,
        cast(null as double) as verified_negative_events__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as verified_negative_events__applies,
        -- severe_negative_events (from 2016-01-01)
        'severe_negative_events' as severe_negative_events__indicator_id,
        '2016-01-01' as severe_negative_events__definition_valid_from,
        cast(
            coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__severity_severe__verified, 0)
            as double
        ) as severe_negative_events__numerator,
        cast(null as double) as severe_negative_events__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as severe_negative_events__applies,
        -- severe_negative_share (from 2016-01-01)
        'severe_negative_share' as severe_negative_share__indicator_id,
        '2016-01-01' as severe_negative_share__definition_valid_from,
        cast(
            coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__severity_severe__verified, 0)
            as double
        ) as severe_negative_share__numerator,
        cast(
            coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__verified, 0)
            as double
        ) as severe_negative_share__denominator,
        {{ indicator_applies(levels=['court', 'department', 'city'], valid_from='2016-01-01') }} as severe_negative_share__applies,
        -- discipline_violations (from 2016-01-01)
        'discipline_violations' as discipline_violations__indicator_id,
        '2016-01-01' as discipline_violations__definition_valid_from,
        cast(
            coalesce(m_conduct_events__occurred_in__count__event_type_disciplinary_action_or_integrity_vio_cf3c0793c5, 0)
            as double
        ) as discipline_violations__numerator,
        cast(null as double) as discipline_violations__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as discipline_violations__applies,
        -- work_style_problems (from 2016-01-01)
        'work_style_problems' as work_style_problems__indicator_id,
        '2016-01-01' as work_style_problems__definition_valid_from,
        cast(
            coalesce(m_conduct_events__occurred_in__count__event_type_hearing_absence_or_late_upload_or_ov_d9fdd41c7f, 0)
            as double
        ) as work_style_problems__numerator,
        cast(null as double) as work_style_problems__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as work_style_problems__applies,
        -- inspection_found_problems (from 2016-01-01)
        'inspection_found_problems' as inspection_found_problems__indicator_id,
        '2016-01-01' as inspection_found_problems__definition_valid_from,
        cast(
            coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__source_inspection__verified, 0)
            as double
        ) as inspection_found_problems__numerator,
        cast(null as double) as inspection_found_problems__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as inspection_found_problems__applies,
        -- audit_found_problems (from 2016-01-01)
        'audit_found_problems' as audit_found_problems__indicator_id,
        '2016-01-01' as audit_found_problems__definition_valid_from,
        cast(
            coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__source_audit__verified, 0)
            as double
        ) as audit_found_problems__numerator,
        cast(null as double) as audit_found_problems__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as audit_found_problems__applies,
        -- system_alert_problems (from 2016-01-01)
        'system_alert_problems' as system_alert_problems__indicator_id,
        '2016-01-01' as system_alert_problems__definition_valid_from,
        cast(
            coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__source_system__verified, 0)
            as double
        ) as system_alert_problems__numerator,
        cast(null as double) as system_alert_problems__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as system_alert_problems__applies,
        -- complaint_substantiation_rate (from 2016-01-01)
        'complaint_substantiation_rate' as complaint_substantiation_rate__indicator_id,
        '2016-01-01' as complaint_substantiation_rate__definition_valid_from,
        cast(
            coalesce(m_conduct_events__occurred_in__count__source_complaint__verified, 0)
            as double
        ) as complaint_substantiation_rate__numerator,
        cast(coalesce(m_conduct_events__occurred_in__count__source_complaint, 0) as double) as complaint_substantiation_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as complaint_substantiation_rate__applies,
        -- negative_events_per_quota_judge (from 2016-01-01)
        'negative_events_per_quota_judge' as negative_events_per_quota_judge__indicator_id,
        '2016-01-01' as negative_events_per_quota_judge__definition_valid_from,
        cast(
            coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__verified, 0)
            as double
        ) as negative_events_per_quota_judge__numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as negative_events_per_quota_judge__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'city'],
            valid_from='2016-01-01',
        ) }} as negative_events_per_quota_judge__applies,
        -- document_errors_per_100_documents (from 2016-01-01)
        'document_errors_per_100_documents' as document_errors_per_100_documents__indicator_id,
        '2016-01-01' as document_errors_per_100_documents__definition_valid_from,
        cast(
            coalesce(m_conduct_events__occurred_in__count__event_type_document_error__verified, 0)
            as double
        ) as document_errors_per_100_documents__numerator,
        cast(coalesce(m_documents__signed_in__count, 0) as double) as document_errors_per_100_documents__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision', 'enforcement'],
        ) }} as document_errors_per_100_documents__applies
    from measures

),

definition_values as (

    select
        *,
        verified_complaints__numerator as verified_complaints__value,
        overdue_case_records__numerator as overdue_case_records__value,
        document_error_records__numerator as document_error_records__value,
        hearing_absence_records__numerator as hearing_absence_records__value,
        late_upload_records__numerator as late_upload_records__value,
        disciplinary_actions__numerator as disciplinary_actions__value,
        wrongful_judgment_records__numerator as wrongful_judgment_records__value,
        integrity_violations__numerator as integrity_violations__value,
        commendations__numerator as commendations__value,
        verified_negative_events__numerator as verified_negative_events__value,
        severe_negative_events__numerator as severe_negative_events__value,
        case
            when severe_negative_share__denominator != 0
                then severe_negative_share__numerator / severe_negative_share__denominator
        end as severe_negative_share__value,
        discipline_violations__numerator as discipline_violations__value,
        work_style_problems__numerator as work_style_problems__value,
        inspection_found_problems__numerator as inspection_found_problems__value,
        audit_found_problems__numerator as audit_found_problems__value,
        system_alert_problems__numerator as system_alert_problems__value,
        case
            when complaint_substantiation_rate__denominator != 0
                then complaint_substantiation_rate__numerator / complaint_substantiation_rate__denominator
        end as complaint_substantiation_rate__value,
        case
            when negative_events_per_quota_judge__denominator != 0
                then negative_events_per_quota_judge__numerator / negative_events_per_quota_judge__denominator
        end as negative_events_per_quota_judge__value,
        case
            when document_errors_per_100_documents__denominator != 0
                then document_errors_per_100_documents__numerator / document_errors_per_100_documents__denominator * 100
        end as document_errors_per_100_documents__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                verified_complaints__indicator_id,
                verified_complaints__definition_valid_from,
                verified_complaints__numerator,
                verified_complaints__denominator,
                verified_complaints__value,
                verified_complaints__applies
            ) as verified_complaints,
            (
                overdue_case_records__indicator_id,
                overdue_case_records__definition_valid_from,
                overdue_case_records__numerator,
                overdue_case_records__denominator,
                overdue_case_records__value,
                overdue_case_records__applies
            ) as overdue_case_records,
            (
                document_error_records__indicator_id,
                document_error_records__definition_valid_from,
                document_error_records__numerator,
                document_error_records__denominator,
                document_error_records__value,
                document_error_records__applies
            ) as document_error_records,
            (
                hearing_absence_records__indicator_id,
                hearing_absence_records__definition_valid_from,
                hearing_absence_records__numerator,
                hearing_absence_records__denominator,
                hearing_absence_records__value,
                hearing_absence_records__applies
            ) as hearing_absence_records,
            (
                late_upload_records__indicator_id,
                late_upload_records__definition_valid_from,
                late_upload_records__numerator,
                late_upload_records__denominator,
                late_upload_records__value,
                late_upload_records__applies
            ) as late_upload_records,
            (
                disciplinary_actions__indicator_id,
                disciplinary_actions__definition_valid_from,
                disciplinary_actions__numerator,
                disciplinary_actions__denominator,
                disciplinary_actions__value,
                disciplinary_actions__applies
            ) as disciplinary_actions,
            (
                wrongful_judgment_records__indicator_id,
                wrongful_judgment_records__definition_valid_from,
                wrongful_judgment_records__numerator,
                wrongful_judgment_records__denominator,
                wrongful_judgment_records__value,
                wrongful_judgment_records__applies
            ) as wrongful_judgment_records,
            (
                integrity_violations__indicator_id,
                integrity_violations__definition_valid_from,
                integrity_violations__numerator,
                integrity_violations__denominator,
                integrity_violations__value,
                integrity_violations__applies
            ) as integrity_violations,
            (
                commendations__indicator_id,
                commendations__definition_valid_from,
                commendations__numerator,
                commendations__denominator,
                commendations__value,
                commendations__applies
            ) as commendations,
            (
                verified_negative_events__indicator_id,
                verified_negative_events__definition_valid_from,
                verified_negative_events__numerator,
                verified_negative_events__denominator,
                verified_negative_events__value,
                verified_negative_events__applies
            ) as verified_negative_events,
            (
                severe_negative_events__indicator_id,
                severe_negative_events__definition_valid_from,
                severe_negative_events__numerator,
                severe_negative_events__denominator,
                severe_negative_events__value,
                severe_negative_events__applies
            ) as severe_negative_events,
            (
                severe_negative_share__indicator_id,
                severe_negative_share__definition_valid_from,
                severe_negative_share__numerator,
                severe_negative_share__denominator,
                severe_negative_share__value,
                severe_negative_share__applies
            ) as severe_negative_share,
            (
                discipline_violations__indicator_id,
                discipline_violations__definition_valid_from,
                discipline_violations__numerator,
                discipline_violations__denominator,
                discipline_violations__value,
                discipline_violations__applies
            ) as discipline_violations,
            (
                work_style_problems__indicator_id,
                work_style_problems__definition_valid_from,
                work_style_problems__numerator,
                work_style_problems__denominator,
                work_style_problems__value,
                work_style_problems__applies
            ) as work_style_problems,
            (
                inspection_found_problems__indicator_id,
                inspection_found_problems__definition_valid_from,
                inspection_found_problems__numerator,
                inspection_found_problems__denominator,
                inspection_found_problems__value,
                inspection_found_problems__applies
            ) as inspection_found_problems,
            (
                audit_found_problems__indicator_id,
                audit_found_problems__definition_valid_from,
                audit_found_problems__numerator,
                audit_found_problems__denominator,
                audit_found_problems__value,
                audit_found_problems__applies
            ) as audit_found_problems,
            (
                system_alert_problems__indicator_id,
                system_alert_problems__definition_valid_from,
                system_alert_problems__numerator,
                system_alert_problems__denominator,
                system_alert_problems__value,
                system_alert_problems__applies
            ) as system_alert_problems,
            (
                complaint_substantiation_rate__indicator_id,
                complaint_substantiation_rate__definition_valid_from,
                complaint_substantiation_rate__numerator,
                complaint_substantiation_rate__denominator,
                complaint_substantiation_rate__value,
                complaint_substantiation_rate__applies
            ) as complaint_substantiation_rate,
            (
                negative_events_per_quota_judge__indicator_id,
                negative_events_per_quota_judge__definition_valid_from,
                negative_events_per_quota_judge__numerator,
                negative_events_per_quota_judge__denominator,
                negative_events_per_quota_judge__value,
                negative_events_per_quota_judge__applies
            ) as negative_events_per_quota_judge,
            (
                document_errors_per_100_documents__indicator_id,
                document_errors_per_100_documents__definition_valid_from,
                document_errors_per_100_documents__numerator,
                document_errors_per_100_documents__denominator,
                document_errors_per_100_documents__value,
                document_errors_per_100_documents__applies
            ) as document_errors_per_100_documents
        )
    )

),

final as (

    {{ kept_period_rows('conduct') }}
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
