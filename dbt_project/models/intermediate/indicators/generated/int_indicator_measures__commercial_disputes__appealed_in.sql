-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- commercial_disputes, rows whose appeal was filed in P: 2 additive measures by month, rolled up
-- each row's inputs: macros/generated/measures__commercial_disputes__appealed_in.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__commercial_disputes__appealed_in()) }}
