-- Generated from dbt_project/config/supervision by `courtperf catalog` (supervision/). Do not edit.
-- supervision.yaml: the warning and relation thresholds (one row)
with

final as (

    select cast(0.8 as double) as time_limit_yellow_share, cast(1.0 as double) as time_limit_red_share, cast(180.0 as double) as conduct_risk_half_life_days, cast(730.0 as double) as conduct_risk_lookback_days, cast(4.0 as double) as conduct_risk_yellow, cast(8.0 as double) as conduct_risk_red, cast(2.0 as double) as indicator_anomaly_consecutive_months, cast(5.0 as double) as indicator_anomaly_min_peers, cast(30.0 as double) as petition_overdue_red_after_days, cast(2.0 as double) as relations_repeat_litigation_min_cases, cast(3.0 as double) as relations_pairing_min_cases, cast(24.0 as double) as relations_pairing_window_months, cast(50.0 as double) as relations_max_cases_per_shared_party, cast('209dee82565d4232' as {{ dbt.type_string() }}) as supervision_config_version

)

select * from final
