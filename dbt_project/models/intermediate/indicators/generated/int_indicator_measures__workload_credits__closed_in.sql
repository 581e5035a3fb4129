-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- workload_credits, rows closed in P: 15 additive measures by month, rolled up
-- each row's inputs: macros/generated/measures__workload_credits__closed_in.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__workload_credits__closed_in()) }}
