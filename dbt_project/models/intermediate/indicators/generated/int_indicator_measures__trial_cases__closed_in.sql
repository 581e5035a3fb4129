-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- trial_cases, rows closed in P: 183 additive measures by month, rolled up
-- each row's inputs: macros/generated/measures__trial_cases__closed_in.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__trial_cases__closed_in()) }}
