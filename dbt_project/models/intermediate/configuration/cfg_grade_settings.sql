-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- grades.yaml: one row per graded level, with service minimum and quota
with

final as (

    {{ literal_rows() }}

)

select * from final
