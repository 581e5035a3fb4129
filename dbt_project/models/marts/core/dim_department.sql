with

departments as (

    select * from {{ ref('stg_hr__departments') }}

),

courts as (

    select * from {{ ref('stg_hr__courts') }}

),

final as (

    select
        departments.dept_id,
        departments.court_code,
        courts.court_name,
        departments.dept_name,
        departments.dept_type,
        departments.business_line,
        departments.active as is_active,
        departments.updated_at
    from departments
    left join courts
        on departments.court_code = courts.court_code

)

select * from final
