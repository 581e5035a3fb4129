with

source as (

    select * from {{ source('trial', 'documents') }}

),

latest as (

    {{ latest_version('source', ['doc_id']) }}

),

final as (

    select
        doc_id,
        case_id,
        doc_type,
        author_id,
        signed_date,
        published_online,
        published_date,
        errata_count,
        updated_at,
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest

)

select * from final
