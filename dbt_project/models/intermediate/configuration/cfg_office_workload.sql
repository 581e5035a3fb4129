-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- office_workload.yaml: item weights, quality and adoption factors
with

final as (

    {{ literal_rows() }}

)

select * from final
