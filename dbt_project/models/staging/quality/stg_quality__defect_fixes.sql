with

source as (

    select * from {{ source('quality', 'defect_fixes') }}

),

final as (

    select
        batch_id,
        loaded_at,
        system,
        table_name,
        row_key
    from source

)

select * from final
