-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- peer_groups.yaml: one row per peer group, in matching order
with

final as (

    {{ literal_rows() }}

)

select * from final
