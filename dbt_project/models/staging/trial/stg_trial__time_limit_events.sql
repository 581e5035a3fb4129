with

source as (

    select * from {{ source('trial', 'time_limit_events') }}

),

latest as (

    {{ latest_version('source', ['event_id']) }}

),

final as (

    select
        event_id,
        case_id,
        event_type,
        start_date,
        end_date,
        days,
        updated_at,
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest

)

select * from final
