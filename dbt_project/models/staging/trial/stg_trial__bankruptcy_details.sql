with

source as (

    select * from {{ source('trial', 'bankruptcy_details') }}

),

versions as (

    select
        *,
        row_number() over (
            partition by case_id
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
