with

enforcement_cases as (

    select * from {{ ref('int_enforcement_cases_enriched') }}

),

final as (

    select
        case_id,
        case_number,
        court_code,
        dept_id,
        handling_officer_id,
        assistant_id,
        clerk_id,
        case_type_code,
        source_case_number,
        filing_date,
        closing_date,
        closing_method,
        filing_year,
        closing_year,
        is_closed,
        applied_amount,
        executed_amount,
        extension_days,
        is_first_enforcement,
        limit_days,
        duration_days,
        is_within_limit,
        action_count,
        first_action_date,
        last_action_date,
        updated_at,
        source_batch_id
    from enforcement_cases

)

select * from final
