-- Generated from dbt_project/config/supervision by `courtperf catalog` (supervision/). Do not edit.
-- supervision.yaml: the warning and relation thresholds (one row)
with

final as (

    {{ literal_rows() }}

)

select * from final
