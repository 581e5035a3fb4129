-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- grades.yaml vetoes: the highest grade position a verified event allows ('*' = any)
with

final as (

    {{ literal_rows() }}

)

select * from final
