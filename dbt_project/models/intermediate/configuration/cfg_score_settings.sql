-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- settings.yaml and caps of conduct.yaml (one row)
with

final as (

    select cast(0.5 as double) as min_posted_share, cast(20.0 as double) as peer_p10_points, cast(60.0 as double) as peer_median_points, cast(100.0 as double) as peer_p90_points, cast(30.0 as double) as max_deduction, cast(5.0 as double) as max_bonus, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version

)

select * from final
