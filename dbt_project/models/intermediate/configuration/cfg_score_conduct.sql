-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- conduct.yaml: signed points per verified event type and severity, per level
with

final as (

    select
        cast(literal_rows.level as {{ dbt.type_string() }}) as level,
        cast(literal_rows.event_type as {{ dbt.type_string() }}) as event_type,
        cast(literal_rows.severity as {{ dbt.type_string() }}) as severity,
        cast(literal_rows.points as double) as points,
        cast(literal_rows.scoring_config_version as {{ dbt.type_string() }}) as scoring_config_version
    from (
        values
        ('person', 'verified_complaint', 'minor', -1.0, '2d4400847555c16e'),
        ('person', 'verified_complaint', 'moderate', -2.0, '2d4400847555c16e'),
        ('person', 'verified_complaint', 'severe', -4.0, '2d4400847555c16e'),
        ('person', 'overdue_case', 'minor', -0.5, '2d4400847555c16e'),
        ('person', 'overdue_case', 'moderate', -1.0, '2d4400847555c16e'),
        ('person', 'overdue_case', 'severe', -2.0, '2d4400847555c16e'),
        ('person', 'document_error', 'minor', -0.5, '2d4400847555c16e'),
        ('person', 'document_error', 'moderate', -1.0, '2d4400847555c16e'),
        ('person', 'document_error', 'severe', -2.0, '2d4400847555c16e'),
        ('person', 'hearing_absence', 'minor', -1.0, '2d4400847555c16e'),
        ('person', 'hearing_absence', 'moderate', -2.0, '2d4400847555c16e'),
        ('person', 'hearing_absence', 'severe', -3.0, '2d4400847555c16e'),
        ('person', 'late_upload', 'minor', -0.5, '2d4400847555c16e'),
        ('person', 'late_upload', 'moderate', -1.0, '2d4400847555c16e'),
        ('person', 'late_upload', 'severe', -1.5, '2d4400847555c16e'),
        ('person', 'disciplinary_action', 'minor', -5.0, '2d4400847555c16e'),
        ('person', 'disciplinary_action', 'moderate', -10.0, '2d4400847555c16e'),
        ('person', 'disciplinary_action', 'severe', -20.0, '2d4400847555c16e'),
        ('person', 'wrongful_judgment', 'minor', -5.0, '2d4400847555c16e'),
        ('person', 'wrongful_judgment', 'moderate', -10.0, '2d4400847555c16e'),
        ('person', 'wrongful_judgment', 'severe', -20.0, '2d4400847555c16e'),
        ('person', 'integrity_violation', 'minor', -10.0, '2d4400847555c16e'),
        ('person', 'integrity_violation', 'moderate', -20.0, '2d4400847555c16e'),
        ('person', 'integrity_violation', 'severe', -40.0, '2d4400847555c16e'),
        ('person', 'commendation', 'minor', 1.0, '2d4400847555c16e'),
        ('person', 'commendation', 'moderate', 2.0, '2d4400847555c16e'),
        ('person', 'commendation', 'severe', 3.0, '2d4400847555c16e')
    ) as literal_rows (level, event_type, severity, points, scoring_config_version)

)

select * from final
