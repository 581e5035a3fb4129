-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- grades.yaml: one row per graded level, with service minimum and quota
with

final as (

    select
        cast(literal_rows.level as {{ dbt.type_string() }}) as level,
        cast(literal_rows.min_service_share as double) as min_service_share,
        cast(literal_rows.quota_share as double) as quota_share,
        cast(literal_rows.quota_unit as {{ dbt.type_string() }}) as quota_unit,
        cast(literal_rows.tie_break as {{ dbt.type_string() }}) as tie_break,
        cast(literal_rows.scoring_config_version as {{ dbt.type_string() }}) as scoring_config_version
    from (
        values
        ('person', 0.5, 0.2, 'court_peer_group', 'workload', '2d4400847555c16e')
    ) as literal_rows (level, min_service_share, quota_share, quota_unit, tie_break, scoring_config_version)

)

select * from final
