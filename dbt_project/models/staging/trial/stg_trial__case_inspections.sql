with

source as (

    select * from {{ source('trial', 'case_inspections') }}

),

latest as (

    {{ latest_version('source', ['inspection_id']) }}

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
