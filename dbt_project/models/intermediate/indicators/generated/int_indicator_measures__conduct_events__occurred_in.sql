-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- conduct_events, rows occurred in P: 18 additive measures by month, rolled up
-- each row's inputs: macros/generated/measures__conduct_events__occurred_in.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__conduct_events__occurred_in()) }}
