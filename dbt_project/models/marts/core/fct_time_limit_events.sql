with

time_limit_events as (

    select * from {{ ref('stg_trial__time_limit_events') }}

),

cases as (

    select * from {{ ref('int_trial_case_parents') }}

),

final as (

    select
        time_limit_events.event_id,
        time_limit_events.case_id,
        cases.court_code,
        cases.dept_id,
        cases.handling_judge_id,
        time_limit_events.event_type,
        time_limit_events.event_type in ('suspension', 'deduction') as stops_clock,
        time_limit_events.start_date,
        time_limit_events.end_date,
        time_limit_events.days,
        time_limit_events.updated_at,
        time_limit_events.source_batch_id
    {{ children_of_undeleted_cases('time_limit_events', 'cases') }}

)

select * from final
