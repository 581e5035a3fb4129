with

enforcement_actions as (

    select * from {{ ref('stg_enforcement__enforcement_actions') }}

),

enforcement_cases as (

    select * from {{ ref('int_enforcement_case_parents') }}

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
    {{ children_of_undeleted_cases('enforcement_actions', 'enforcement_cases') }}

)

select * from final
