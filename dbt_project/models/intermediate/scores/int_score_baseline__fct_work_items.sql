-- The columns of fct_work_items the score models read, as their last build used them (macros/score_periods.sql)
{{ config(materialized='table') }}
{{ score_baseline('fct_work_items') }}
