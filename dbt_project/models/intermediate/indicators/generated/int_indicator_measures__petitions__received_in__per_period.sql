-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- petitions, rows received in P: 3 measures, rows joined to each period
-- each row's inputs: macros/generated/measures__petitions__received_in__per_period.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__petitions__received_in__per_period()) }}
