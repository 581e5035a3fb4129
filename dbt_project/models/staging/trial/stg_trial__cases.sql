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
        {{ printed_case_number('case_number') }} as case_number,
        court_code,
        dept_id,
        case_type_code,
        procedure,
        cause_of_action,
        filing_date,
        closing_date,
        closing_method,
        claim_amount,
        handling_judge_id,
        presiding_judge_id,
        assistant_id,
        clerk_id,
        original_case_id,
        review_outcome,
        involves_enterprise,
        updated_at,
        {{ case_years() }},
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest
    where not deleted

)

select * from final
