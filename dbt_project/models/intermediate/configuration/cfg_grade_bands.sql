-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- grades.yaml scales: one row per grade, from the top (position 1) down
with

final as (

    {{ literal_rows() }}

)

select * from final
