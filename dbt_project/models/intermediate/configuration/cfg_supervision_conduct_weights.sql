-- Generated from dbt_project/config/supervision by `courtperf catalog` (supervision/). Do not edit.
-- supervision.yaml conduct_risk.weights: weight per type and severity
with

final as (

    {{ literal_rows() }}

)

select * from final
