-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- peer_groups.yaml match criteria, expanded ('*' = any)
with

final as (

    {{ literal_rows() }}

)

select * from final
