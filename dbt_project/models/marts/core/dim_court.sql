with

courts as (

    select * from {{ ref('stg_hr__courts') }}

),

final as (

    select
        courts.court_code,
        courts.court_name,
        courts.level,
        courts.parent_court_code,
        parent_courts.court_name as parent_court_name,
        courts.jurisdiction_population,
        courts.updated_at
    from courts
    left join courts as parent_courts
        on courts.parent_court_code = parent_courts.court_code

)

select * from final
