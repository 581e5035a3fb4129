with

source as (

    select * from {{ source('enforcement', 'enforcement_actions') }}

),

latest as (

    {{ latest_version('source', ['action_id']) }}

),

final as (

    select
        action_id,
        case_id,
        action_type,
        action_date,
        amount,
        updated_at,
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest

)

select * from final
