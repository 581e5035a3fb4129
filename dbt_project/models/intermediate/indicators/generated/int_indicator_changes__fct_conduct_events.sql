-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_conduct_events: the periods whose measures its rows changed since the last build (1 passes)
{{ config(materialized=measure_part_materialization()) }}
-- depends_on: {{ ref('fct_conduct_events') }}
{%- set columns = [
    'court_code',
    'dept_id',
    'event_date',
    'event_type',
    'person_id',
    'severity',
    'source',
    'verified'
] %}
{%- set baseline = none if indicator_engine_builds_everything() else indicator_baseline(ref('fct_conduct_events'), columns) %}
with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

{% if baseline is none %}
-- every period is built tonight (int_indicator_build_periods), or there is nothing to compare with

final as (

    select
        'fct_conduct_events' as relation,
        period_type,
        period
    from periods

)
{% else %}

changed_rows as (

    {{ changed_rows(ref('fct_conduct_events'), baseline, columns) }}

),

changed_conduct_events as (

    select * from changed_rows

),

c0 as (

    select
        f.net,
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
    from changed_conduct_events as f
    where f.event_date is not null

),

c0_net as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_conduct_events__occurred_in__count__event_type_verified_complaint__verified,
        i_m_conduct_events__occurred_in__count__event_type_overdue_case__verified,
        i_m_conduct_events__occurred_in__count__event_type_document_error__verified,
        i_m_conduct_events__occurred_in__count__event_type_hearing_absence__verified,
        i_m_conduct_events__occurred_in__count__event_type_late_upload__verified,
        i_m_conduct_events__occurred_in__count__event_type_disciplinary_action__verified,
        i_m_conduct_events__occurred_in__count__event_type_wrongful_judgment__verified,
        i_m_conduct_events__occurred_in__count__event_type_integrity_violation__verified,
        i_m_conduct_events__occurred_in__count__event_type_commendation__verified,
        i_m_conduct_events__occurred_in__count__event_type_not_commendation__verified,
        i_m_conduct_events__occurred_in__count__event_type_not_commendation__severity_severe__verified,
        i_m_conduct_events__occurred_in__count__event_type_disciplinary_action_or_integrity_vio_cf3c0793c5,
        i_m_conduct_events__occurred_in__count__event_type_hearing_absence_or_late_upload_or_ov_d9fdd41c7f,
        i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_inspection__verified,
        i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_audit__verified,
        i_m_conduct_events__occurred_in__count__event_type_not_commendation__source_system__verified,
        i_m_conduct_events__occurred_in__count__source_complaint__verified,
        i_m_conduct_events__occurred_in__count__source_complaint
    from c0
    group by all
    having sum(net) != 0

),

c0_periods as (

    select distinct
        p.period_type,
        p.period
    from c0_net as d
    inner join periods as p
        on d.month_start >= p.period_start and d.month_start <= p.period_end

),

final as (

    select
        'fct_conduct_events' as relation,
        period_type,
        period
    from c0_periods

)
{% endif %}

select * from final
