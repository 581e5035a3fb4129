with

source as (

    select * from {{ source('conduct', 'conduct_events') }}

),

latest as (

    {{ latest_version('source', ['event_id']) }}

),

final as (

    select
        event_id,
        person_id,
        event_date,
        event_type,
        severity,
        {{ printed_case_number('case_number') }} as case_number,
        verified,
        source,
        updated_at,
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest

)

select * from final
