with

source as (

    select * from {{ source('trial', 'case_parties') }}

),

latest as (

    {{ latest_version('source', ['case_id', 'party_seq']) }}

),

final as (

    select
        case_id,
        party_seq,
        party_role,
        party_type,
        coalesce(id_number, name) as party_key,
        name as name_hash,
        id_number as id_number_hash,
        phone as phone_hash,
        lawyer_license_no,
        updated_at,
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest

)

select * from final
