-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- hearings, rows held in P: 17 additive measures by month, rolled up
-- each row's inputs: macros/generated/measures__hearings__held_in.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__hearings__held_in()) }}
