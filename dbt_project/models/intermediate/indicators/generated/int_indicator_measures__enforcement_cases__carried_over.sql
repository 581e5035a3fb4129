-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- enforcement_cases, rows pending on the day before P: 3 measures, evaluated once per snapshot day
-- each row's inputs: macros/generated/measures__enforcement_cases__carried_over.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__enforcement_cases__carried_over()) }}
