-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- conduct: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('conduct')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('conduct') }}

),

final as (

    {{ kept_period_rows('conduct') }}
    select
        'verified_complaints' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_verified_complaint__verified, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_verified_complaint__verified, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'overdue_case_records' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_overdue_case__verified, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_overdue_case__verified, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'document_error_records' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_document_error__verified, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_document_error__verified, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'hearing_absence_records' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_hearing_absence__verified, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_hearing_absence__verified, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'late_upload_records' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_late_upload__verified, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_late_upload__verified, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'disciplinary_actions' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_disciplinary_action__verified, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_disciplinary_action__verified, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'wrongful_judgment_records' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_wrongful_judgment__verified, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_wrongful_judgment__verified, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'integrity_violations' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_integrity_violation__verified, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_integrity_violation__verified, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'commendations' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_commendation__verified, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_commendation__verified, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'verified_negative_events' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__verified, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__verified, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'severe_negative_events' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__severity_severe__verified, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__severity_severe__verified, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'severe_negative_share' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__severity_severe__verified, 0) as double) as numerator,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__verified, 0) as double) as denominator,
        cast(case when coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__verified, 0) != 0 then cast(coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__severity_severe__verified, 0) as double) / (coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__verified, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'discipline_violations' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_disciplinary_action_or_integrity_vio_cf3c0793c5, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_disciplinary_action_or_integrity_vio_cf3c0793c5, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'work_style_problems' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_hearing_absence_or_late_upload_or_ov_d9fdd41c7f, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_hearing_absence_or_late_upload_or_ov_d9fdd41c7f, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'inspection_found_problems' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__source_inspection__verified, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__source_inspection__verified, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'audit_found_problems' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__source_audit__verified, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__source_audit__verified, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'system_alert_problems' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__source_system__verified, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__source_system__verified, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'complaint_substantiation_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__source_complaint__verified, 0) as double) as numerator,
        cast(coalesce(m_conduct_events__occurred_in__count__source_complaint, 0) as double) as denominator,
        cast(case when coalesce(m_conduct_events__occurred_in__count__source_complaint, 0) != 0 then cast(coalesce(m_conduct_events__occurred_in__count__source_complaint__verified, 0) as double) / (coalesce(m_conduct_events__occurred_in__count__source_complaint, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'negative_events_per_quota_judge' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__verified, 0) as double) as numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as denominator,
        cast(case when coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) != 0 then cast(coalesce(m_conduct_events__occurred_in__count__event_type_not_commendation__verified, 0) as double) / (coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'document_errors_per_100_documents' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_conduct_events__occurred_in__count__event_type_document_error__verified, 0) as double) as numerator,
        cast(coalesce(m_documents__signed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_documents__signed_in__count, 0) != 0 then cast(coalesce(m_conduct_events__occurred_in__count__event_type_document_error__verified, 0) as double) / (coalesce(m_documents__signed_in__count, 0)) * 100 end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision', 'enforcement'))

)

select * from final
