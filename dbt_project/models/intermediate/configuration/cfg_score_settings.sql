-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- settings.yaml and caps of conduct.yaml (one row)
with

final as (

    {{ literal_rows() }}

)

select * from final
