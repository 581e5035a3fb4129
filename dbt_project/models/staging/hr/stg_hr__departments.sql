with

source as (

    select * from {{ source('hr', 'departments') }}

),

latest as (

    {{ latest_version('source', ['dept_id']) }}

),

final as (

    select
        dept_id,
        court_code,
        dept_name,
        dept_type,
        business_line,
        active,
        updated_at,
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest

)

select * from final
