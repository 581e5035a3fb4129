-- Generated from dbt_project/config/supervision by `courtperf catalog` (supervision/). Do not edit.
-- supervision.yaml conduct_risk.weights: weight per type and severity
with

final as (

    select
        cast(literal_rows.event_type as {{ dbt.type_string() }}) as event_type,
        cast(literal_rows.severity as {{ dbt.type_string() }}) as severity,
        cast(literal_rows.weight as double) as weight,
        cast(literal_rows.supervision_config_version as {{ dbt.type_string() }}) as supervision_config_version
    from (
        values
        ('verified_complaint', 'minor', 2.0, 'be4e47a52287aa2b'),
        ('verified_complaint', 'moderate', 4.0, 'be4e47a52287aa2b'),
        ('verified_complaint', 'severe', 8.0, 'be4e47a52287aa2b'),
        ('overdue_case', 'minor', 1.0, 'be4e47a52287aa2b'),
        ('overdue_case', 'moderate', 2.0, 'be4e47a52287aa2b'),
        ('overdue_case', 'severe', 4.0, 'be4e47a52287aa2b'),
        ('document_error', 'minor', 1.0, 'be4e47a52287aa2b'),
        ('document_error', 'moderate', 2.0, 'be4e47a52287aa2b'),
        ('document_error', 'severe', 4.0, 'be4e47a52287aa2b'),
        ('hearing_absence', 'minor', 1.0, 'be4e47a52287aa2b'),
        ('hearing_absence', 'moderate', 2.0, 'be4e47a52287aa2b'),
        ('hearing_absence', 'severe', 4.0, 'be4e47a52287aa2b'),
        ('late_upload', 'minor', 0.5, 'be4e47a52287aa2b'),
        ('late_upload', 'moderate', 1.0, 'be4e47a52287aa2b'),
        ('late_upload', 'severe', 2.0, 'be4e47a52287aa2b'),
        ('disciplinary_action', 'minor', 4.0, 'be4e47a52287aa2b'),
        ('disciplinary_action', 'moderate', 8.0, 'be4e47a52287aa2b'),
        ('disciplinary_action', 'severe', 12.0, 'be4e47a52287aa2b'),
        ('wrongful_judgment', 'minor', 4.0, 'be4e47a52287aa2b'),
        ('wrongful_judgment', 'moderate', 8.0, 'be4e47a52287aa2b'),
        ('wrongful_judgment', 'severe', 12.0, 'be4e47a52287aa2b'),
        ('integrity_violation', 'minor', 8.0, 'be4e47a52287aa2b'),
        ('integrity_violation', 'moderate', 12.0, 'be4e47a52287aa2b'),
        ('integrity_violation', 'severe', 16.0, 'be4e47a52287aa2b')
    ) as literal_rows (event_type, severity, weight, supervision_config_version)

)

select * from final
