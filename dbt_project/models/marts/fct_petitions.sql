with

petitions as (

    select * from {{ ref('stg_petition__petitions') }}

),

person_postings as (

    select * from {{ ref('int_person_postings') }}

),

handler_postings as (

    -- the handler's posting that covers received_date (the latest-starting one should two touch)
    select
        petitions.petition_id,
        person_postings.posting_id,
        person_postings.court_code,
        person_postings.dept_id,
        row_number() over (
            partition by petitions.petition_id
            order by person_postings.valid_from desc, person_postings.posting_id desc
        ) as posting_rank
    from petitions
    inner join person_postings
        on
            petitions.handler_id = person_postings.person_id
            and petitions.received_date >= person_postings.valid_from
            and petitions.received_date <= person_postings.valid_to_filled

),

covering_postings as (

    select * from handler_postings
    where posting_rank = 1

),

final as (

    select
        petitions.petition_id,
        petitions.court_code,
        covering_postings.dept_id as handler_dept_id,
        covering_postings.posting_id as handler_posting_id,
        petitions.handler_id,
        petitions.petitioner_key,
        petitions.petitioner_name_hash,
        petitions.petitioner_id_number_hash,
        petitions.received_date,
        petitions.channel,
        petitions.related_case_number,
        petitions.category,
        petitions.is_repeat,
        petitions.is_collective,
        petitions.escalated_to,
        petitions.due_date,
        petitions.resolved_date,
        petitions.resolution,
        petitions.satisfaction,
        coalesce(petitions.resolved_date <= petitions.due_date, false) as is_resolved_on_time,
        petitions.updated_at,
        petitions.source_batch_id
    from petitions
    left join covering_postings
        on petitions.petition_id = covering_postings.petition_id

)

select * from final
