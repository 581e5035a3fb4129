with

source as (

    select * from {{ source('office', 'work_items') }}

),

versions as (

    select
        *,
        row_number() over (
            partition by item_id
            order by updated_at desc, _loaded_at desc, _source_row desc
        ) as version_rank
    from source

),

latest as (

    select * from versions
    where version_rank = 1

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
