-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- config/workload/role_shares.csv: the share of a case's weight each role earns, and the
-- preference among a person's roles on one case (1 = the largest share; ties by role name)
{{ config(materialized='ephemeral') }}
with

final as (

    {{ literal_rows() }}

)

select * from final
