-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- trial_cases, rows pending at the end of P: 20 measures, evaluated once per snapshot day
-- what each row adds to each measure: the model's and its columns' meta (_generated__models.yml);
-- the SQL, written once for every pass: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ snapshot_measure_pass(ref('fct_trial_cases')) }}
