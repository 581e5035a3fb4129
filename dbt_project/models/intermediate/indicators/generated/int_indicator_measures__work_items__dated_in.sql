-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- work_items, rows dated in P: 24 additive measures by month, rolled up
-- each row's inputs: macros/generated/measures__work_items__dated_in.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__work_items__dated_in()) }}
