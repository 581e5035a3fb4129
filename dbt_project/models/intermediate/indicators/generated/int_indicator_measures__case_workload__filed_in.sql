-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- case_workload, rows filed in P: 1 additive measures by month, rolled up
-- each row's inputs: macros/generated/measures__case_workload__filed_in.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__case_workload__filed_in()) }}
