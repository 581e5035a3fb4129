with

panel_members as (

    select * from {{ ref('stg_trial__panel_members') }}

),

deleted_cases as (

    select * from {{ ref('stg_trial__deleted_cases') }}

),

final as (

    select
        panel_members.case_id,
        panel_members.member_seq,
        panel_members.person_id,
        panel_members.panel_role,
        panel_members.person_id is null as is_peoples_assessor_without_staff_record,
        panel_members.updated_at,
        panel_members.source_batch_id
    from panel_members
    left join deleted_cases
        on panel_members.case_id = deleted_cases.case_id
    where deleted_cases.case_id is null

)

select * from final
