with

panel_members as (

    select * from {{ ref('stg_trial__panel_members') }}

),

cases as (

    select * from {{ ref('int_trial_case_parents') }}

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
    {{ children_of_undeleted_cases('panel_members', 'cases') }}

)

select * from final
