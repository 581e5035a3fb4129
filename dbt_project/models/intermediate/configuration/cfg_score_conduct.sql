-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- conduct.yaml: signed points per verified event type and severity, per level
with

final as (

    select cast('person' as {{ dbt.type_string() }}) as level, cast('verified_complaint' as {{ dbt.type_string() }}) as event_type, cast('minor' as {{ dbt.type_string() }}) as severity, cast(-1.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('verified_complaint' as {{ dbt.type_string() }}) as event_type, cast('moderate' as {{ dbt.type_string() }}) as severity, cast(-2.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('verified_complaint' as {{ dbt.type_string() }}) as event_type, cast('severe' as {{ dbt.type_string() }}) as severity, cast(-4.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('overdue_case' as {{ dbt.type_string() }}) as event_type, cast('minor' as {{ dbt.type_string() }}) as severity, cast(-0.5 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('overdue_case' as {{ dbt.type_string() }}) as event_type, cast('moderate' as {{ dbt.type_string() }}) as severity, cast(-1.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('overdue_case' as {{ dbt.type_string() }}) as event_type, cast('severe' as {{ dbt.type_string() }}) as severity, cast(-2.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('document_error' as {{ dbt.type_string() }}) as event_type, cast('minor' as {{ dbt.type_string() }}) as severity, cast(-0.5 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('document_error' as {{ dbt.type_string() }}) as event_type, cast('moderate' as {{ dbt.type_string() }}) as severity, cast(-1.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('document_error' as {{ dbt.type_string() }}) as event_type, cast('severe' as {{ dbt.type_string() }}) as severity, cast(-2.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('hearing_absence' as {{ dbt.type_string() }}) as event_type, cast('minor' as {{ dbt.type_string() }}) as severity, cast(-1.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('hearing_absence' as {{ dbt.type_string() }}) as event_type, cast('moderate' as {{ dbt.type_string() }}) as severity, cast(-2.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('hearing_absence' as {{ dbt.type_string() }}) as event_type, cast('severe' as {{ dbt.type_string() }}) as severity, cast(-3.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('late_upload' as {{ dbt.type_string() }}) as event_type, cast('minor' as {{ dbt.type_string() }}) as severity, cast(-0.5 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('late_upload' as {{ dbt.type_string() }}) as event_type, cast('moderate' as {{ dbt.type_string() }}) as severity, cast(-1.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('late_upload' as {{ dbt.type_string() }}) as event_type, cast('severe' as {{ dbt.type_string() }}) as severity, cast(-1.5 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('disciplinary_action' as {{ dbt.type_string() }}) as event_type, cast('minor' as {{ dbt.type_string() }}) as severity, cast(-5.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('disciplinary_action' as {{ dbt.type_string() }}) as event_type, cast('moderate' as {{ dbt.type_string() }}) as severity, cast(-10.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('disciplinary_action' as {{ dbt.type_string() }}) as event_type, cast('severe' as {{ dbt.type_string() }}) as severity, cast(-20.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('wrongful_judgment' as {{ dbt.type_string() }}) as event_type, cast('minor' as {{ dbt.type_string() }}) as severity, cast(-5.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('wrongful_judgment' as {{ dbt.type_string() }}) as event_type, cast('moderate' as {{ dbt.type_string() }}) as severity, cast(-10.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('wrongful_judgment' as {{ dbt.type_string() }}) as event_type, cast('severe' as {{ dbt.type_string() }}) as severity, cast(-20.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('integrity_violation' as {{ dbt.type_string() }}) as event_type, cast('minor' as {{ dbt.type_string() }}) as severity, cast(-10.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('integrity_violation' as {{ dbt.type_string() }}) as event_type, cast('moderate' as {{ dbt.type_string() }}) as severity, cast(-20.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('integrity_violation' as {{ dbt.type_string() }}) as event_type, cast('severe' as {{ dbt.type_string() }}) as severity, cast(-40.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('commendation' as {{ dbt.type_string() }}) as event_type, cast('minor' as {{ dbt.type_string() }}) as severity, cast(1.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('commendation' as {{ dbt.type_string() }}) as event_type, cast('moderate' as {{ dbt.type_string() }}) as severity, cast(2.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('person' as {{ dbt.type_string() }}) as level, cast('commendation' as {{ dbt.type_string() }}) as event_type, cast('severe' as {{ dbt.type_string() }}) as severity, cast(3.0 as double) as points, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version

)

select * from final
