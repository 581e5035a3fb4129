-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- commercial_disputes, rows effective in P: 4 additive measures by month, rolled up
-- each row's inputs: macros/generated/measures__commercial_disputes__effective_in.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__commercial_disputes__effective_in()) }}
