-- The columns of int_data_defect_marks the score models read, as their last build used them (macros/score_periods.sql)
{{ config(materialized='table') }}
{{ score_baseline('int_data_defect_marks') }}
