with

source as (

    select * from {{ source('office', 'work_items') }}

),

latest as (

    {{ latest_version('source', ['item_id']) }}

),

final as (

    select
        item_id,
        person_id,
        dept_id,
        item_date,
        item_type,
        quantity,
        quality_grade,
        adopted_level,
        updated_at,
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest

)

select * from final
