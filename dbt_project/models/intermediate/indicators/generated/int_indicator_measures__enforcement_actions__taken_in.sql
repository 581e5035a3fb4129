-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- enforcement_actions, rows taken in P: 14 additive measures by month, rolled up
-- each row's inputs: macros/generated/measures__enforcement_actions__taken_in.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__enforcement_actions__taken_in()) }}
