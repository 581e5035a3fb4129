-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- config/workload/case_weights.csv: weight per case type and procedure ('*' = any)
{{ config(materialized='ephemeral') }}
with

final as (

    {{ literal_rows() }}

)

select * from final
