with

source as (

    select * from {{ source('trial', 'case_inspections') }}

),

versions as (

    select
        *,
        row_number() over (
            partition by inspection_id
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
        inspection_id,
        case_id,
        inspection_type,
        inspection_date,
        result,
        score,
        defect_count,
        responsible_person_id,
        updated_at,
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest

)

select * from final
