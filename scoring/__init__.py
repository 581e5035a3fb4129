"""Scoring (绩效评分): peer groups, points rules, weights and conduct adjustments, configured by analysts in
`dbt_project/config/scoring/` and compiled into small `cfg_score_*` dbt models that the generic scoring
models in `dbt_project/models/{intermediate,marts}/scores/` join to."""
