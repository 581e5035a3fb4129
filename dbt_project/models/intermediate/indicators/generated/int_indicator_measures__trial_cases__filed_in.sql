-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- trial_cases, rows filed in P: 20 additive measures by month, rolled up
-- each row's inputs: macros/generated/measures__trial_cases__filed_in.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__trial_cases__filed_in()) }}
