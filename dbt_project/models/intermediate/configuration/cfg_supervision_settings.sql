-- Generated from dbt_project/config/supervision by `courtperf catalog` (supervision/). Do not edit.
-- supervision.yaml: the warning and relation thresholds (one row)
with

final as (

    select
        cast(literal_rows.time_limit_yellow_share as double) as time_limit_yellow_share,
        cast(literal_rows.time_limit_red_share as double) as time_limit_red_share,
        cast(literal_rows.conduct_risk_half_life_days as double) as conduct_risk_half_life_days,
        cast(literal_rows.conduct_risk_lookback_days as double) as conduct_risk_lookback_days,
        cast(literal_rows.conduct_risk_yellow as double) as conduct_risk_yellow,
        cast(literal_rows.conduct_risk_red as double) as conduct_risk_red,
        cast(literal_rows.indicator_anomaly_consecutive_months as double) as indicator_anomaly_consecutive_months,
        cast(literal_rows.indicator_anomaly_min_peers as double) as indicator_anomaly_min_peers,
        cast(literal_rows.petition_overdue_red_after_days as double) as petition_overdue_red_after_days,
        cast(literal_rows.relations_repeat_litigation_min_cases as double) as relations_repeat_litigation_min_cases,
        cast(literal_rows.relations_pairing_min_cases as double) as relations_pairing_min_cases,
        cast(literal_rows.relations_pairing_min_share as double) as relations_pairing_min_share,
        cast(literal_rows.relations_pairing_window_months as double) as relations_pairing_window_months,
        cast(literal_rows.relations_max_cases_per_shared_party as double) as relations_max_cases_per_shared_party,
        cast(literal_rows.supervision_config_version as {{ dbt.type_string() }}) as supervision_config_version
    from (
        values
        (0.8, 1.0, 180.0, 730.0, 4.0, 8.0, 2.0, 5.0, 30.0, 2.0, 3.0, 0.15, 24.0, 50.0, 'be4e47a52287aa2b')
    ) as literal_rows (
        time_limit_yellow_share,
        time_limit_red_share,
        conduct_risk_half_life_days,
        conduct_risk_lookback_days,
        conduct_risk_yellow,
        conduct_risk_red,
        indicator_anomaly_consecutive_months,
        indicator_anomaly_min_peers,
        petition_overdue_red_after_days,
        relations_repeat_litigation_min_cases,
        relations_pairing_min_cases,
        relations_pairing_min_share,
        relations_pairing_window_months,
        relations_max_cases_per_shared_party,
        supervision_config_version
    )

)

select * from final
