{#-
    Keys whose latest version in the source is flagged deleted. stg_trial__cases drops these rows;
    marts use this list to drop the child rows (parties, hearings, documents …) of deleted cases too,
    while children whose parent is merely missing are kept.
-#}
with

source as (

    select * from {{ source('trial', 'cases') }}

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

final as (

    select
        case_id,
        updated_at as deleted_updated_at,
        _batch_id as source_batch_id
    from versions
    where
        version_rank = 1
        and deleted

)

select * from final
