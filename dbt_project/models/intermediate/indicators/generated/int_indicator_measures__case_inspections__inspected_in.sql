-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- case_inspections, rows inspected in P: 15 additive measures by month, rolled up
-- each row's inputs: macros/generated/measures__case_inspections__inspected_in.sql
-- their aggregation: macros/measure_passes.sql
{{ config(materialized=measure_part_materialization()) }}
{{ measure_pass(measures__case_inspections__inspected_in()) }}
