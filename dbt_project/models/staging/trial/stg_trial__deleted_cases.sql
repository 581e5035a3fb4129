{#-
    Keys whose latest version in the source is flagged deleted. stg_trial__cases drops these rows;
    marts use this list to drop the child rows (parties, hearings, documents …) of deleted cases too,
    while children whose parent is merely missing are kept.
-#}
with

source as (

    select * from {{ source('trial', 'cases') }}

),

latest as (

    {{ latest_version('source', ['case_id']) }}

),

final as (

    select
        case_id,
        updated_at as deleted_updated_at,
        _batch_id as source_batch_id
    from latest
    where deleted

)

select * from final
