-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- conduct.yaml: signed points per verified event type and severity, per level
with

final as (

    {{ literal_rows() }}

)

select * from final
