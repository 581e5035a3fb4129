-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- evaluations, rows evaluations whose period is P itself: 16 measures, rows joined to each period
-- each row's inputs: macros/generated/measures__evaluations__for_period__per_period.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__evaluations__for_period__per_period()) }}
