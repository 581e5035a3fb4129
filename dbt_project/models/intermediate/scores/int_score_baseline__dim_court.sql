-- The columns of dim_court the score models read, as their last build used them (macros/score_periods.sql)
{{ config(materialized='table') }}
{{ score_baseline('dim_court') }}
