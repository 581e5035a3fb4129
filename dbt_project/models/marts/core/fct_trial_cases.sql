with

cases as (

    select * from {{ ref('int_trial_cases_enriched') }}

),

bankruptcy_details as (

    select * from {{ ref('stg_trial__bankruptcy_details') }}

),

hearings as (

    select * from {{ ref('stg_trial__hearings') }}

),

held_hearings as (

    -- hearings actually held (开庭审理), for 二审开庭率: postponed, cancelled or still scheduled ones do not count
    select
        case_id,
        cast(count(*) as {{ dbt.type_bigint() }}) as held_hearing_count
    from hearings
    where status = 'held'
    group by case_id

),

final as (

    select
        cases.case_id,
        cases.case_number,
        cases.court_code,
        cases.dept_id,
        cases.handling_judge_id,
        cases.presiding_judge_id,
        cases.assistant_id,
        cases.clerk_id,
        cases.case_type_code,
        cases.procedure,
        cases.cause_of_action,
        cases.filing_date,
        cases.closing_date,
        cases.closing_method,
        cases.filing_year,
        cases.closing_year,
        cases.is_closed,
        cases.claim_amount,
        cases.involves_enterprise,
        cases.is_first_instance,
        cases.is_second_instance,
        cases.original_case_id,
        cases.review_outcome,
        cases.is_amended_or_remanded,
        cases.suspended_days,
        cases.extension_days,
        cases.time_limit_event_count,
        coalesce(held_hearings.held_hearing_count, 0) as held_hearing_count,
        cases.elapsed_days,
        cases.duration_days,
        cases.has_statutory_limit,
        cases.base_limit_days,
        cases.statutory_limit_days,
        cases.is_within_limit,
        cases.is_reviewed,
        cases.reviewing_case_count,
        cases.is_reviewed_by_second_instance,
        cases.second_instance_case_id,
        cases.second_instance_outcome,
        cases.second_instance_closing_date,
        cases.original_case_number,
        cases.original_case_type_code,
        cases.original_court_code,
        cases.original_dept_id,
        cases.original_handling_judge_id,
        cases.original_closing_date,
        cases.original_closing_method,
        bankruptcy_details.debtor_type as bankruptcy_debtor_type,
        bankruptcy_details.reorganization as bankruptcy_reorganization,
        bankruptcy_details.creditor_count as bankruptcy_creditor_count,
        bankruptcy_details.total_claims as bankruptcy_total_claims,
        bankruptcy_details.recovered_amount as bankruptcy_recovered_amount,
        cases.updated_at,
        cases.source_batch_id
    from cases
    left join bankruptcy_details
        on cases.case_id = bankruptcy_details.case_id
    left join held_hearings
        on cases.case_id = held_hearings.case_id

)

select * from final
