-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- mediations, rows received in P: 3 additive measures by month, rolled up
-- each row's inputs: macros/generated/measures__mediations__received_in.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__mediations__received_in()) }}
