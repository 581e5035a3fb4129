{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    conduct_events, rows occurred in P: 18 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__conduct_events__occurred_in() -%}
    {{ return({
        'fact': 'fct_conduct_events',
        'shape': 'monthly',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_conduct_events__occurred_in__count__event_type_verified_complaint__verified': 'count',
            'm_conduct_events__occurred_in__count__event_type_overdue_case__verified': 'count',
            'm_conduct_events__occurred_in__count__event_type_document_error__verified': 'count',
            'm_conduct_events__occurred_in__count__event_type_hearing_absence__verified': 'count',
            'm_conduct_events__occurred_in__count__event_type_late_upload__verified': 'count',
            'm_conduct_events__occurred_in__count__event_type_disciplinary_action__verified': 'count',
            'm_conduct_events__occurred_in__count__event_type_wrongful_judgment__verified': 'count',
            'm_conduct_events__occurred_in__count__event_type_integrity_violation__verified': 'count',
            'm_conduct_events__occurred_in__count__event_type_commendation__verified': 'count',
            'm_conduct_events__occurred_in__count__event_type_not_commendation__verified': 'count',
            'm_conduct_events__occurred_in__count__event_type_not_commendation__severity_severe__verified': 'count',
            'm_conduct_events__occurred_in__count__event_type_disciplinary_action_or_integrity_vio_cf3c0793c5': 'count',
            'm_conduct_events__occurred_in__count__event_type_hearing_absence_or_late_upload_or_ov_d9fdd41c7f': 'count',
            'm_conduct_events__occurred_in__count__event_type_not_commendation__source_inspection__verified': 'count',
            'm_conduct_events__occurred_in__count__event_type_not_commendation__source_audit__verified': 'count',
            'm_conduct_events__occurred_in__count__event_type_not_commendation__source_system__verified': 'count',
            'm_conduct_events__occurred_in__count__source_complaint__verified': 'count',
            'm_conduct_events__occurred_in__count__source_complaint': 'count',
        },
        'rows': measure_rows__conduct_events__occurred_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__conduct_events__occurred_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
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
    from {{ relation }} as f
    where f.event_date is not null
{%- endmacro %}
