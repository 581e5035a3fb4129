-- Generated from dbt_project/config/supervision by `courtperf catalog` (supervision/). Do not edit.
-- supervision.yaml conduct_risk.weights: weight per type and severity
with

final as (

    select cast('verified_complaint' as {{ dbt.type_string() }}) as event_type, cast('minor' as {{ dbt.type_string() }}) as severity, cast(2.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('verified_complaint' as {{ dbt.type_string() }}) as event_type, cast('moderate' as {{ dbt.type_string() }}) as severity, cast(4.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('verified_complaint' as {{ dbt.type_string() }}) as event_type, cast('severe' as {{ dbt.type_string() }}) as severity, cast(8.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('overdue_case' as {{ dbt.type_string() }}) as event_type, cast('minor' as {{ dbt.type_string() }}) as severity, cast(1.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('overdue_case' as {{ dbt.type_string() }}) as event_type, cast('moderate' as {{ dbt.type_string() }}) as severity, cast(2.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('overdue_case' as {{ dbt.type_string() }}) as event_type, cast('severe' as {{ dbt.type_string() }}) as severity, cast(4.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('document_error' as {{ dbt.type_string() }}) as event_type, cast('minor' as {{ dbt.type_string() }}) as severity, cast(1.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('document_error' as {{ dbt.type_string() }}) as event_type, cast('moderate' as {{ dbt.type_string() }}) as severity, cast(2.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('document_error' as {{ dbt.type_string() }}) as event_type, cast('severe' as {{ dbt.type_string() }}) as severity, cast(4.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('hearing_absence' as {{ dbt.type_string() }}) as event_type, cast('minor' as {{ dbt.type_string() }}) as severity, cast(1.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('hearing_absence' as {{ dbt.type_string() }}) as event_type, cast('moderate' as {{ dbt.type_string() }}) as severity, cast(2.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('hearing_absence' as {{ dbt.type_string() }}) as event_type, cast('severe' as {{ dbt.type_string() }}) as severity, cast(4.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('late_upload' as {{ dbt.type_string() }}) as event_type, cast('minor' as {{ dbt.type_string() }}) as severity, cast(0.5 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('late_upload' as {{ dbt.type_string() }}) as event_type, cast('moderate' as {{ dbt.type_string() }}) as severity, cast(1.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('late_upload' as {{ dbt.type_string() }}) as event_type, cast('severe' as {{ dbt.type_string() }}) as severity, cast(2.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('disciplinary_action' as {{ dbt.type_string() }}) as event_type, cast('minor' as {{ dbt.type_string() }}) as severity, cast(4.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('disciplinary_action' as {{ dbt.type_string() }}) as event_type, cast('moderate' as {{ dbt.type_string() }}) as severity, cast(8.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('disciplinary_action' as {{ dbt.type_string() }}) as event_type, cast('severe' as {{ dbt.type_string() }}) as severity, cast(12.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('wrongful_judgment' as {{ dbt.type_string() }}) as event_type, cast('minor' as {{ dbt.type_string() }}) as severity, cast(4.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('wrongful_judgment' as {{ dbt.type_string() }}) as event_type, cast('moderate' as {{ dbt.type_string() }}) as severity, cast(8.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('wrongful_judgment' as {{ dbt.type_string() }}) as event_type, cast('severe' as {{ dbt.type_string() }}) as severity, cast(12.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('integrity_violation' as {{ dbt.type_string() }}) as event_type, cast('minor' as {{ dbt.type_string() }}) as severity, cast(8.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('integrity_violation' as {{ dbt.type_string() }}) as event_type, cast('moderate' as {{ dbt.type_string() }}) as severity, cast(12.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version
    union all
    select cast('integrity_violation' as {{ dbt.type_string() }}) as event_type, cast('severe' as {{ dbt.type_string() }}) as severity, cast(16.0 as double) as weight, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version

)

select * from final
