-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- enforcement_cases, rows pending at the end of P: 4 measures, evaluated once per snapshot day
-- each row's inputs: macros/generated/measures__enforcement_cases__pending_at_end.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__enforcement_cases__pending_at_end()) }}
