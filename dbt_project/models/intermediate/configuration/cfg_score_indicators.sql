-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- peer_groups.yaml indicators: weights and rule parameters
with

final as (

    {{ literal_rows() }}

)

select * from final
