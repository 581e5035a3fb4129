with

conduct_events as (

    select * from {{ ref('stg_conduct__conduct_events') }}

),

covering_postings as (

    {{ covering_posting('conduct_events', 'event_id', 'person_id', 'event_date') }}

),

final as (

    select
        conduct_events.event_id,
        conduct_events.person_id,
        covering_postings.court_code,
        covering_postings.dept_id,
        covering_postings.role,
        conduct_events.event_date,
        conduct_events.event_type,
        conduct_events.event_type = 'commendation' as is_commendation,
        conduct_events.severity,
        conduct_events.case_number,
        conduct_events.verified,
        conduct_events.source,
        conduct_events.updated_at,
        conduct_events.source_batch_id
    from conduct_events
    left join covering_postings
        on conduct_events.event_id = covering_postings.event_key

)

select * from final
