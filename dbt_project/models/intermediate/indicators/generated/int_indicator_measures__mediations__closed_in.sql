-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- mediations, rows closed in P: 38 additive measures by month, rolled up
-- each row's inputs: macros/generated/measures__mediations__closed_in.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__mediations__closed_in()) }}
