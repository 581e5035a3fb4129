with

source as (

    select * from {{ source('extract', 'settings') }}

),

final as (

    select statistics_start
    from source

)

select * from final
