-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- config/workload/role_shares.csv: the share of a case's weight each role earns, and the
-- preference among a person's roles on one case (1 = the largest share; ties by role name)
{{ config(materialized='ephemeral') }}
with

final as (

    select 'handling' as case_role, cast(1.0 as double) as share, 1 as preference
    union all
    select 'assistant' as case_role, cast(0.5 as double) as share, 2 as preference
    union all
    select 'clerk' as case_role, cast(0.4 as double) as share, 3 as preference
    union all
    select 'panel_member' as case_role, cast(0.3 as double) as share, 4 as preference

)

select * from final
