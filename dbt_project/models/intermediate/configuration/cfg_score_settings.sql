-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- settings.yaml and caps of conduct.yaml (one row)
with

final as (

    select
        cast(literal_rows.min_posted_share as double) as min_posted_share,
        cast(literal_rows.peer_p10_points as double) as peer_p10_points,
        cast(literal_rows.peer_median_points as double) as peer_median_points,
        cast(literal_rows.peer_p90_points as double) as peer_p90_points,
        cast(literal_rows.max_deduction as double) as max_deduction,
        cast(literal_rows.max_bonus as double) as max_bonus,
        cast(literal_rows.scoring_config_version as {{ dbt.type_string() }}) as scoring_config_version
    from (
        values
        (0.5, 20.0, 60.0, 100.0, 30.0, 5.0, '2d4400847555c16e')
    ) as literal_rows (
        min_posted_share,
        peer_p10_points,
        peer_median_points,
        peer_p90_points,
        max_deduction,
        max_bonus,
        scoring_config_version
    )

)

select * from final
