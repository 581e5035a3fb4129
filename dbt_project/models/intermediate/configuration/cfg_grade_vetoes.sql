-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- grades.yaml vetoes: the highest grade position a verified event allows ('*' = any)
with

final as (

    select
        cast(event_type as {{ dbt.type_string() }}) as event_type,
        cast(severity as {{ dbt.type_string() }}) as severity,
        cast(cap_position as integer) as cap_position,
        cast(scoring_config_version as {{ dbt.type_string() }}) as scoring_config_version
    from (
        values
            ('disciplinary_action', '*', 2, '152c36c575db7073'),
            ('integrity_violation', 'minor', 2, '152c36c575db7073'),
            ('integrity_violation', 'moderate', 3, '152c36c575db7073'),
            ('integrity_violation', 'severe', 3, '152c36c575db7073'),
            ('wrongful_judgment', 'moderate', 4, '152c36c575db7073'),
            ('wrongful_judgment', 'severe', 4, '152c36c575db7073'),
            ('wrongful_judgment', 'minor', 2, '152c36c575db7073')
    ) as literal_rows (event_type, severity, cap_position, scoring_config_version)

)

select * from final
