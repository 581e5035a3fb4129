with

hearings as (

    select * from {{ ref('stg_trial__hearings') }}

),

cases as (

    select * from {{ ref('int_trial_case_parents') }}

),

final as (

    select
        hearings.hearing_id,
        hearings.case_id,
        cases.case_type_code,
        cases.court_code,
        cases.dept_id,
        cases.handling_judge_id,
        hearings.presiding_id,
        hearings.clerk_id,
        hearings.scheduled_date,
        hearings.held_date,
        hearings.status,
        hearings.status = 'held' and hearings.held_date = hearings.scheduled_date as is_held_as_scheduled,
        hearings.duration_minutes,
        hearings.livestreamed,
        hearings.updated_at,
        hearings.source_batch_id
    {{ children_of_undeleted_cases('hearings', 'cases') }}

)

select * from final
