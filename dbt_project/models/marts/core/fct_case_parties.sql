{#- Parties of trial cases with masked keys only: the clear name, ID and phone numbers never reach a mart. -#}
with

case_parties as (

    select * from {{ ref('stg_trial__case_parties') }}

),

cases as (

    select * from {{ ref('int_trial_case_parents') }}

),

final as (

    select
        case_parties.case_id,
        case_parties.party_seq,
        cases.court_code,
        cases.case_type_code,
        case_parties.party_role,
        case_parties.party_type,
        case_parties.party_key,
        case_parties.name_hash,
        case_parties.id_number_hash,
        case_parties.phone_hash,
        case_parties.lawyer_license_no,
        case_parties.updated_at,
        case_parties.source_batch_id
    {{ children_of_undeleted_cases('case_parties', 'cases') }}

)

select * from final
