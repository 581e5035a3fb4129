-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- grades.yaml vetoes: the highest grade position a verified event allows ('*' = any)
with

final as (

    select
        cast(literal_rows.event_type as {{ dbt.type_string() }}) as event_type,
        cast(literal_rows.severity as {{ dbt.type_string() }}) as severity,
        cast(literal_rows.cap_position as integer) as cap_position,
        cast(literal_rows.scoring_config_version as {{ dbt.type_string() }}) as scoring_config_version
    from (
        values
        ('disciplinary_action', '*', 2, '2d4400847555c16e'),
        ('integrity_violation', 'minor', 2, '2d4400847555c16e'),
        ('integrity_violation', 'moderate', 3, '2d4400847555c16e'),
        ('integrity_violation', 'severe', 3, '2d4400847555c16e'),
        ('wrongful_judgment', 'moderate', 4, '2d4400847555c16e'),
        ('wrongful_judgment', 'severe', 4, '2d4400847555c16e'),
        ('wrongful_judgment', 'minor', 2, '2d4400847555c16e')
    ) as literal_rows (event_type, severity, cap_position, scoring_config_version)

)

select * from final
