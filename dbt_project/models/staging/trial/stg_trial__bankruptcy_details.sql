with

source as (

    select * from {{ source('trial', 'bankruptcy_details') }}

),

latest as (

    {{ latest_version('source', ['case_id']) }}

),

final as (

    select
        case_id,
        debtor_type,
        reorganization,
        creditor_count,
        total_claims,
        recovered_amount,
        updated_at,
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest

)

select * from final
