with

source as (

    select * from {{ source('petition', 'petitions') }}

),

versions as (

    select
        *,
        row_number() over (
            partition by petition_id
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
        petition_id,
        court_code,
        received_date,
        channel,
        {{ pii_hash('coalesce(petitioner_id_number, petitioner_name)') }} as petitioner_key,
        {{ pii_hash('petitioner_name') }} as petitioner_name_hash,
        {{ pii_hash('petitioner_id_number') }} as petitioner_id_number_hash,
        related_case_number,
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
