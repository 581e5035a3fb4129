-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- config/workload/role_shares.csv: the share of a case's weight each role earns, and the
-- preference among a person's roles on one case (1 = the largest share; ties by role name)
{{ config(materialized='ephemeral') }}
with

final as (

    select
        cast(literal_rows.case_role as {{ dbt.type_string() }}) as case_role,
        cast(literal_rows.share as double) as share,
        cast(literal_rows.preference as integer) as preference
    from (
        values
        ('handling', 1.0, 1),
        ('assistant', 0.5, 2),
        ('clerk', 0.4, 3),
        ('panel_member', 0.3, 4)
    ) as literal_rows (case_role, share, preference)

)

select * from final
