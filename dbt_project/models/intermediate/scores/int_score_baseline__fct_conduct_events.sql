-- The columns of fct_conduct_events the score models read, as their last build used them (macros/score_periods.sql)
{{ config(materialized='table') }}
{{ score_baseline('fct_conduct_events') }}
