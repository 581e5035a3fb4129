with

source as (

    select * from {{ source('hr', 'staff_postings') }}

),

versions as (

    select
        *,
        row_number() over (
            partition by posting_id
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
        posting_id,
        person_id,
        court_code,
        dept_id,
        role,
        valid_from,
        valid_to,
        updated_at,
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest

)

select * from final
