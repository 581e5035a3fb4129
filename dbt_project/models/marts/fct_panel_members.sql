with

panel_members as (

    select * from {{ ref('stg_trial__panel_members') }}

),

final as (

    select
        case_id,
        member_seq,
        person_id,
        panel_role,
        person_id is null as is_peoples_assessor_without_staff_record,
        updated_at,
        source_batch_id
    from panel_members

)

select * from final
