with

source as (

    select * from {{ source('enforcement', 'enforcement_cases') }}

),

latest as (

    {{ latest_version('source', ['case_id']) }}

),

final as (

    select
        case_id,
        {{ printed_case_number('case_number') }} as case_number,
        court_code,
        dept_id,
        case_type_code,
        {{ printed_case_number('source_case_number') }} as source_case_number,
        filing_date,
        closing_date,
        closing_method,
        applied_amount,
        executed_amount,
        extension_days,
        handling_officer_id,
        assistant_id,
        clerk_id,
        updated_at,
        {{ case_years() }},
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest
    where not deleted

)

select * from final
