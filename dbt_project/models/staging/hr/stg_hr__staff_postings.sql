with

source as (

    select * from {{ source('hr', 'staff_postings') }}

),

latest as (

    {{ latest_version('source', ['posting_id']) }}

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
