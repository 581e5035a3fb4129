-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- hearings, rows scheduled in P: 14 additive measures by month, rolled up
-- each row's inputs: macros/generated/measures__hearings__scheduled_in.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__hearings__scheduled_in()) }}
