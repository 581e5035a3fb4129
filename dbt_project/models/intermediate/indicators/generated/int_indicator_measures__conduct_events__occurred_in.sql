-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- conduct_events, rows occurred in P: 18 additive measures by month, rolled up
{{ config(materialized=measure_part_materialization()) }}
with

period_months as (

    select * from {{ ref('int_indicator_build_period_months') }}

),

fact_rows as (

    select * from {{ ref('fct_conduct_events') }}

),

row_inputs as (

    select
        cast({{ dbt.date_trunc('month', 'f.event_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.person_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when (f.event_type = 'verified_complaint') and (coalesce(f.verified, false))
                then 1
            else 0
        end as i_m_conduct_events__occurred_in__count__event_type_verified_complaint__verified,
        case
            when (f.event_type = 'overdue_case') and (coalesce(f.verified, false))
                then 1
            else 0
        end as i_m_conduct_events__occurred_in__count__event_type_overdue_case__verified,
        case
            when (f.event_type = 'document_error') and (coalesce(f.verified, false))
                then 1
            else 0
        end as i_m_conduct_events__occurred_in__count__event_type_document_error__verified,
        case
            when (f.event_type = 'hearing_absence') and (coalesce(f.verified, false))
                then 1
            else 0
        end as i_m_conduct_events__occurred_in__count__event_type_hearing_absence__verified,
        case
            when (f.event_type = 'late_upload') and (coalesce(f.verified, false))
                then 1
            else 0
        end as i_m_conduct_events__occurred_in__count__event_type_late_upload__verified,
        case
            when (f.event_type = 'disciplinary_action') and (coalesce(f.verified, false))
                then 1
            else 0
        end as i_m_conduct_events__occurred_in__count__event_type_disciplinary_action__verified,
        case
            when (f.event_type = 'wrongful_judgment') and (coalesce(f.verified, false))
                then 1
            else 0
        end as i_m_conduct_events__occurred_in__count__event_type_wrongful_judgment__verified,
        case
            when (f.event_type = 'integrity_violation') and (coalesce(f.verified, false))
                then 1
            else 0
        end as i_m_conduct_events__occurred_in__count__event_type_integrity_violation__verified,
        case
            when (f.event_type = 'commendation') and (coalesce(f.verified, false))
                then 1
            else 0
        end as i_m_conduct_events__occurred_in__count__event_type_commendation__verified,
        case
            when (f.event_type != 'commendation') and (coalesce(f.verified, false))
                then 1
            else 0
        end as i_m_conduct_events__occurred_in__count__event_type_not_commendation__verified,
        case
            when (f.event_type != 'commendation') and (coalesce(f.verified, false)) and (f.severity = 'severe')
                then 1
            else 0
        end as i_m_conduct_events__occurred_in__count__event_type_not_commendation__severity_severe__verified,
        case
            when (f.event_type in ('disciplinary_action', 'integrity_violation', 'wrongful_judgment')) and (coalesce(f.verified, false))
                then 1
            else 0
        end as i_m_conduct_events__occurred_in__count__event_type_disciplinary_action_or_integrity_vio_cf3c0793c5,
        case
            when (f.event_type in ('overdue_case', 'late_upload', 'hearing_absence')) and (coalesce(f.verified, false))
                then 1
            else 0
        end as i_m_conduct_events__occurred_in__count__event_type_hearing_absence_or_late_upload_or_ov_d9fdd41c7f,
        case
            when (f.source = 'inspection') and (f.event_type != 'commendation') and (coalesce(f.verified, false))
                then 1
            else 0
        end as i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_inspection__verified,
        case
            when (f.source = 'audit') and (f.event_type != 'commendation') and (coalesce(f.verified, false))
                then 1
            else 0
        end as i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_audit__verified,
        case
            when (f.source = 'system') and (f.event_type != 'commendation') and (coalesce(f.verified, false))
                then 1
            else 0
        end as i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_system__verified,
        case
            when (f.source = 'complaint') and (coalesce(f.verified, false))
                then 1
            else 0
        end as i_m_conduct_events__occurred_in__count__source_complaint__verified,
        case when (f.source = 'complaint') then 1 else 0 end as i_m_conduct_events__occurred_in__count__source_complaint
    from fact_rows as f
    where f.event_date is not null

),

entity_months as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        sum(i_m_conduct_events__occurred_in__count__event_type_verified_complaint__verified)
            as i_m_conduct_events__occurred_in__count__event_type_verified_complaint__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_overdue_case__verified)
            as i_m_conduct_events__occurred_in__count__event_type_overdue_case__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_document_error__verified)
            as i_m_conduct_events__occurred_in__count__event_type_document_error__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_hearing_absence__verified)
            as i_m_conduct_events__occurred_in__count__event_type_hearing_absence__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_late_upload__verified)
            as i_m_conduct_events__occurred_in__count__event_type_late_upload__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_disciplinary_action__verified)
            as i_m_conduct_events__occurred_in__count__event_type_disciplinary_action__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_wrongful_judgment__verified)
            as i_m_conduct_events__occurred_in__count__event_type_wrongful_judgment__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_integrity_violation__verified)
            as i_m_conduct_events__occurred_in__count__event_type_integrity_violation__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_commendation__verified)
            as i_m_conduct_events__occurred_in__count__event_type_commendation__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_not_commendation__verified)
            as i_m_conduct_events__occurred_in__count__event_type_not_commendation__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_not_commendation__severity_severe__verified)
            as i_m_conduct_events__occurred_in__count__event_type_not_commendation__severity_severe__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_disciplinary_action_or_integrity_vio_cf3c0793c5)
            as i_m_conduct_events__occurred_in__count__event_type_disciplinary_action_or_integrity_vio_cf3c0793c5,
        sum(i_m_conduct_events__occurred_in__count__event_type_hearing_absence_or_late_upload_or_ov_d9fdd41c7f)
            as i_m_conduct_events__occurred_in__count__event_type_hearing_absence_or_late_upload_or_ov_d9fdd41c7f,
        sum(i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_inspection__verified)
            as i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_inspection__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_audit__verified)
            as i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_audit__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_system__verified)
            as i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_system__verified,
        sum(i_m_conduct_events__occurred_in__count__source_complaint__verified)
            as i_m_conduct_events__occurred_in__count__source_complaint__verified,
        sum(i_m_conduct_events__occurred_in__count__source_complaint) as i_m_conduct_events__occurred_in__count__source_complaint
    from row_inputs
    group by month_start, court_entity, department_entity, person_entity, city_entity

),

by_level as (

    {{ crossed_with_levels('entity_months', ['court', 'department', 'person', 'city']) }}

),

level_months as (

    select
        level,
        entity_id,
        month_start,
        sum(i_m_conduct_events__occurred_in__count__event_type_verified_complaint__verified)
            as i_m_conduct_events__occurred_in__count__event_type_verified_complaint__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_overdue_case__verified)
            as i_m_conduct_events__occurred_in__count__event_type_overdue_case__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_document_error__verified)
            as i_m_conduct_events__occurred_in__count__event_type_document_error__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_hearing_absence__verified)
            as i_m_conduct_events__occurred_in__count__event_type_hearing_absence__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_late_upload__verified)
            as i_m_conduct_events__occurred_in__count__event_type_late_upload__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_disciplinary_action__verified)
            as i_m_conduct_events__occurred_in__count__event_type_disciplinary_action__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_wrongful_judgment__verified)
            as i_m_conduct_events__occurred_in__count__event_type_wrongful_judgment__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_integrity_violation__verified)
            as i_m_conduct_events__occurred_in__count__event_type_integrity_violation__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_commendation__verified)
            as i_m_conduct_events__occurred_in__count__event_type_commendation__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_not_commendation__verified)
            as i_m_conduct_events__occurred_in__count__event_type_not_commendation__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_not_commendation__severity_severe__verified)
            as i_m_conduct_events__occurred_in__count__event_type_not_commendation__severity_severe__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_disciplinary_action_or_integrity_vio_cf3c0793c5)
            as i_m_conduct_events__occurred_in__count__event_type_disciplinary_action_or_integrity_vio_cf3c0793c5,
        sum(i_m_conduct_events__occurred_in__count__event_type_hearing_absence_or_late_upload_or_ov_d9fdd41c7f)
            as i_m_conduct_events__occurred_in__count__event_type_hearing_absence_or_late_upload_or_ov_d9fdd41c7f,
        sum(i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_inspection__verified)
            as i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_inspection__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_audit__verified)
            as i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_audit__verified,
        sum(i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_system__verified)
            as i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_system__verified,
        sum(i_m_conduct_events__occurred_in__count__source_complaint__verified)
            as i_m_conduct_events__occurred_in__count__source_complaint__verified,
        sum(i_m_conduct_events__occurred_in__count__source_complaint) as i_m_conduct_events__occurred_in__count__source_complaint
    from by_level
    where entity_id is not null
    group by level, entity_id, month_start

)

select
    level_months.level,
    level_months.entity_id,
    period_months.period_type,
    period_months.period,
    cast(
        sum(level_months.i_m_conduct_events__occurred_in__count__event_type_verified_complaint__verified)
        as {{ dbt.type_bigint() }}
    ) as m_conduct_events__occurred_in__count__event_type_verified_complaint__verified,
    cast(
        sum(level_months.i_m_conduct_events__occurred_in__count__event_type_overdue_case__verified)
        as {{ dbt.type_bigint() }}
    ) as m_conduct_events__occurred_in__count__event_type_overdue_case__verified,
    cast(
        sum(level_months.i_m_conduct_events__occurred_in__count__event_type_document_error__verified)
        as {{ dbt.type_bigint() }}
    ) as m_conduct_events__occurred_in__count__event_type_document_error__verified,
    cast(
        sum(level_months.i_m_conduct_events__occurred_in__count__event_type_hearing_absence__verified)
        as {{ dbt.type_bigint() }}
    ) as m_conduct_events__occurred_in__count__event_type_hearing_absence__verified,
    cast(
        sum(level_months.i_m_conduct_events__occurred_in__count__event_type_late_upload__verified)
        as {{ dbt.type_bigint() }}
    ) as m_conduct_events__occurred_in__count__event_type_late_upload__verified,
    cast(
        sum(level_months.i_m_conduct_events__occurred_in__count__event_type_disciplinary_action__verified)
        as {{ dbt.type_bigint() }}
    ) as m_conduct_events__occurred_in__count__event_type_disciplinary_action__verified,
    cast(
        sum(level_months.i_m_conduct_events__occurred_in__count__event_type_wrongful_judgment__verified)
        as {{ dbt.type_bigint() }}
    ) as m_conduct_events__occurred_in__count__event_type_wrongful_judgment__verified,
    cast(
        sum(level_months.i_m_conduct_events__occurred_in__count__event_type_integrity_violation__verified)
        as {{ dbt.type_bigint() }}
    ) as m_conduct_events__occurred_in__count__event_type_integrity_violation__verified,
    cast(
        sum(level_months.i_m_conduct_events__occurred_in__count__event_type_commendation__verified)
        as {{ dbt.type_bigint() }}
    ) as m_conduct_events__occurred_in__count__event_type_commendation__verified,
    cast(
        sum(level_months.i_m_conduct_events__occurred_in__count__event_type_not_commendation__verified)
        as {{ dbt.type_bigint() }}
    ) as m_conduct_events__occurred_in__count__event_type_not_commendation__verified,
    cast(
        sum(level_months.i_m_conduct_events__occurred_in__count__event_type_not_commendation__severity_severe__verified)
        as {{ dbt.type_bigint() }}
    ) as m_conduct_events__occurred_in__count__event_type_not_commendation__severity_severe__verified,
    cast(
        sum(level_months.i_m_conduct_events__occurred_in__count__event_type_disciplinary_action_or_integrity_vio_cf3c0793c5)
        as {{ dbt.type_bigint() }}
    ) as m_conduct_events__occurred_in__count__event_type_disciplinary_action_or_integrity_vio_cf3c0793c5,
    cast(
        sum(level_months.i_m_conduct_events__occurred_in__count__event_type_hearing_absence_or_late_upload_or_ov_d9fdd41c7f)
        as {{ dbt.type_bigint() }}
    ) as m_conduct_events__occurred_in__count__event_type_hearing_absence_or_late_upload_or_ov_d9fdd41c7f,
    cast(
        sum(level_months.i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_inspection__verified)
        as {{ dbt.type_bigint() }}
    ) as m_conduct_events__occurred_in__count__event_type_not_commendation__source_inspection__verified,
    cast(
        sum(level_months.i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_audit__verified)
        as {{ dbt.type_bigint() }}
    ) as m_conduct_events__occurred_in__count__event_type_not_commendation__source_audit__verified,
    cast(
        sum(level_months.i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_system__verified)
        as {{ dbt.type_bigint() }}
    ) as m_conduct_events__occurred_in__count__event_type_not_commendation__source_system__verified,
    cast(
        sum(level_months.i_m_conduct_events__occurred_in__count__source_complaint__verified)
        as {{ dbt.type_bigint() }}
    ) as m_conduct_events__occurred_in__count__source_complaint__verified,
    cast(
        sum(level_months.i_m_conduct_events__occurred_in__count__source_complaint)
        as {{ dbt.type_bigint() }}
    ) as m_conduct_events__occurred_in__count__source_complaint
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
