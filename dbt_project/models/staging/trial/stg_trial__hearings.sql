with

source as (

    select * from {{ source('trial', 'hearings') }}

),

latest as (

    {{ latest_version('source', ['hearing_id']) }}

),

final as (

    select
        hearing_id,
        case_id,
        scheduled_date,
        held_date,
        status,
        presiding_id,
        clerk_id,
        duration_minutes,
        livestreamed,
        updated_at,
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest

)

select * from final
