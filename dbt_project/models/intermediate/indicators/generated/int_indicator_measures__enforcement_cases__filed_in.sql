-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- enforcement_cases, rows filed in P: 5 additive measures by month, rolled up
-- each row's inputs: macros/generated/measures__enforcement_cases__filed_in.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__enforcement_cases__filed_in()) }}
