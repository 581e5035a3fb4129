with

work_items as (

    select * from {{ ref('stg_office__work_items') }}

),

departments as (

    select * from {{ ref('stg_hr__departments') }}

),

final as (

    select
        work_items.item_id,
        work_items.person_id,
        departments.court_code,
        work_items.dept_id,
        work_items.item_date,
        work_items.item_type,
        work_items.quantity,
        work_items.quality_grade,
        work_items.adopted_level,
        work_items.updated_at,
        work_items.source_batch_id
    from work_items
    left join departments
        on work_items.dept_id = departments.dept_id

)

select * from final
