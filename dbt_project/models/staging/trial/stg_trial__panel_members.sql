with

source as (

    select * from {{ source('trial', 'panel_members') }}

),

latest as (

    {{ latest_version('source', ['case_id', 'member_seq']) }}

),

final as (

    select
        case_id,
        member_seq,
        person_id,
        panel_role,
        updated_at,
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest

)

select * from final
