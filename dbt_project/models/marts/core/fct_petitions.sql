with

petitions as (

    select * from {{ ref('stg_petition__petitions') }}

),

covering_postings as (

    {{ covering_posting('petitions', 'petition_id', 'handler_id', 'received_date') }}

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
        on petitions.petition_id = covering_postings.event_key

)

select * from final
