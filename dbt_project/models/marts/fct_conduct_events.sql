with

conduct_events as (

    select * from {{ ref('stg_conduct__conduct_events') }}

),

person_postings as (

    select * from {{ ref('int_person_postings') }}

),

event_postings as (

    -- the person's posting that covers the event date
    select
        conduct_events.event_id,
        person_postings.court_code,
        person_postings.dept_id,
        person_postings.role,
        row_number() over (
            partition by conduct_events.event_id
            order by person_postings.valid_from desc, person_postings.posting_id desc
        ) as posting_rank
    from conduct_events
    inner join person_postings
        on
            conduct_events.person_id = person_postings.person_id
            and conduct_events.event_date >= person_postings.valid_from
            and conduct_events.event_date <= person_postings.valid_to_filled

),

covering_postings as (

    select * from event_postings
    where posting_rank = 1

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
        on conduct_events.event_id = covering_postings.event_id

)

select * from final
