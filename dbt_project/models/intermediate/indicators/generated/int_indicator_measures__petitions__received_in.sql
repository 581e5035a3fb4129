-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- petitions, rows received in P: 13 additive measures by month, rolled up
-- what each row adds to each measure: the model's and its columns' meta (_generated__models.yml);
-- the SQL, written once for every pass: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ monthly_measure_pass(ref('fct_petitions')) }}
