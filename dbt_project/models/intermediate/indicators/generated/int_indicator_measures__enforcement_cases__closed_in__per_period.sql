-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- enforcement_cases, rows closed in P: 1 measures, rows joined to each period
-- each row's inputs: macros/generated/measures__enforcement_cases__closed_in__per_period.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__enforcement_cases__closed_in__per_period()) }}
