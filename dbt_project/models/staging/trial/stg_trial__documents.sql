with

source as (

    select * from {{ source('trial', 'documents') }}

),

versions as (

    select
        *,
        row_number() over (
            partition by doc_id
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
