-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- The indicator catalog's rows for indicator_catalog, one per definition (the model's meta)
{{ config(materialized='ephemeral') }}
{{ literal_rows() }}
