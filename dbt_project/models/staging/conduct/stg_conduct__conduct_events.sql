with

source as (

    select * from {{ source('conduct', 'conduct_events') }}

),

versions as (

    select
        *,
        row_number() over (
            partition by event_id
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
        event_id,
        person_id,
        event_date,
        event_type,
        severity,
        case_number,
        verified,
        source,
        updated_at,
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest

)

select * from final
