-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- petitions, rows open on the day before P (信访积案 carried into the period): 1 measures, rows joined to each period
-- each row's inputs: macros/generated/measures__petitions__open_at_start__per_period.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__petitions__open_at_start__per_period()) }}
