-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- petitions, rows received in P: 13 additive measures by month, rolled up
-- each row's inputs: macros/generated/measures__petitions__received_in.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__petitions__received_in()) }}
