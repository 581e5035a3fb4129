with

enforcement_actions as (

    select * from {{ ref('stg_enforcement__enforcement_actions') }}

),

enforcement_cases as (

    select * from {{ ref('stg_enforcement__enforcement_cases') }}

),

deleted_enforcement_cases as (

    select * from {{ ref('stg_enforcement__deleted_enforcement_cases') }}

),

final as (

    select
        enforcement_actions.action_id,
        enforcement_actions.case_id,
        enforcement_cases.court_code,
        enforcement_cases.dept_id,
        enforcement_cases.handling_officer_id,
        enforcement_actions.action_type,
        enforcement_actions.action_date,
        enforcement_actions.amount,
        enforcement_actions.updated_at,
        enforcement_actions.source_batch_id
    from enforcement_actions
    left join enforcement_cases
        on enforcement_actions.case_id = enforcement_cases.case_id
    left join deleted_enforcement_cases
        on enforcement_actions.case_id = deleted_enforcement_cases.case_id
    where deleted_enforcement_cases.case_id is null

)

select * from final
