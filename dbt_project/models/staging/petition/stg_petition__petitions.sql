with

source as (

    select * from {{ source('petition', 'petitions') }}

),

latest as (

    {{ latest_version('source', ['petition_id']) }}

),

final as (

    select
        petition_id,
        court_code,
        received_date,
        channel,
        coalesce(petitioner_id_number, petitioner_name) as petitioner_key,
        petitioner_name as petitioner_name_hash,
        petitioner_id_number as petitioner_id_number_hash,
        {{ printed_case_number('related_case_number') }} as related_case_number,
        category,
        is_repeat,
        is_collective,
        escalated_to,
        handler_id,
        due_date,
        resolved_date,
        resolution,
        satisfaction,
        updated_at,
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest

)

select * from final
