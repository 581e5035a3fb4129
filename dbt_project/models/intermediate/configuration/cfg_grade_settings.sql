-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- grades.yaml: one row per graded level, with service minimum and quota
with

final as (

    select
        cast(level as {{ dbt.type_string() }}) as level,
        cast(min_service_share as double) as min_service_share,
        cast(quota_share as double) as quota_share,
        cast(quota_unit as {{ dbt.type_string() }}) as quota_unit,
        cast(tie_break as {{ dbt.type_string() }}) as tie_break,
        cast(scoring_config_version as {{ dbt.type_string() }}) as scoring_config_version
    from (
        values
            ('person', 0.5, 0.2, 'court_peer_group', 'workload', '2d4400847555c16e')
    ) as literal_rows (level, min_service_share, quota_share, quota_unit, tie_break, scoring_config_version)

)

select * from final
