with

source as (

    select * from {{ source('hr', 'courts') }}

),

latest as (

    {{ latest_version('source', ['court_code']) }}

),

final as (

    select
        court_code,
        court_name,
        level,
        parent_court_code,
        jurisdiction_population,
        updated_at,
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest

)

select * from final
