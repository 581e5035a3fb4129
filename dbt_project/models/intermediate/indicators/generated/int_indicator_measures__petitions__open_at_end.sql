-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- petitions, rows open at E: 2 measures, evaluated once per snapshot day
-- each row's inputs: macros/generated/measures__petitions__open_at_end.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__petitions__open_at_end()) }}
