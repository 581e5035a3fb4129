with

source as (

    select * from {{ source('quality', 'quarantined_rows') }}

),

final as (

    select
        batch_id,
        loaded_at,
        system,
        table_name,
        source,
        source_row,
        reason_kind,
        reason,
        coalesce(row_key, '(file)') as row_key,
        case_system,
        case_ref,
        {{ printed_case_number('case_number_ref') }} as case_number_ref,
        person_ref,
        dept_ref,
        court_ref,
        first_date,
        last_date
    from source

)

select * from final
