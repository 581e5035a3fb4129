{#-
    当事人画像, by masked key only (party_key: the keyed hash of the ID number, else of the name; no clear
    personal data): the trial cases a party appears in, its roles, courts and case types, its lawyers and
    petitions (petitioner_key is derived the same way), and repeat litigation (at least
    relations.repeat_litigation_min_cases cases).
-#}
with

settings as (

    select * from {{ ref('cfg_supervision_settings') }}

),

appearances as (

    select
        parties.party_key,
        parties.party_type,
        parties.party_role,
        parties.case_id,
        parties.lawyer_license_no,
        cases.court_code,
        cases.case_type_code,
        cases.filing_date
    from {{ ref('fct_case_parties') }} as parties
    inner join {{ ref('fct_trial_cases') }} as cases
        on parties.case_id = cases.case_id
    where parties.party_key is not null

),

summary as (

    select
        party_key,
        max(party_type) as party_type,
        cast(count(distinct case_id) as {{ dbt.type_bigint() }}) as case_count,
        cast(count(distinct court_code) as {{ dbt.type_bigint() }}) as court_count,
        cast(count(distinct lawyer_license_no) as {{ dbt.type_bigint() }}) as lawyer_count,
        min(filing_date) as first_filing_date,
        max(filing_date) as last_filing_date
    from appearances
    group by party_key

),

roles as (

    select distinct
        party_key,
        party_role
    from appearances

),

courts as (

    select distinct
        party_key,
        court_code
    from appearances

),

case_types as (

    select distinct
        party_key,
        case_type_code
    from appearances

),

role_lists as (

    select
        party_key, {{ dbt.listagg('party_role', "', '", 'order by party_role') }} as roles  -- noqa: RF04
    from roles
    group by party_key

),

court_lists as (

    select
        party_key, {{ dbt.listagg('court_code', "', '", 'order by court_code') }} as courts
    from courts
    group by party_key

),

case_type_lists as (

    select
        party_key, {{ dbt.listagg('case_type_code', "', '", 'order by case_type_code') }} as case_types
    from case_types
    group by party_key

),

petitions as (

    select
        petitioner_key as party_key,
        cast(count(*) as {{ dbt.type_bigint() }}) as petition_count
    from {{ ref('fct_petitions') }}
    where petitioner_key is not null
    group by petitioner_key

),

final as (

    select
        summary.party_key,
        summary.party_type,
        summary.case_count,
        role_lists.roles,
        summary.court_count,
        court_lists.courts,
        case_type_lists.case_types,
        summary.lawyer_count,
        summary.first_filing_date,
        summary.last_filing_date,
        coalesce(petitions.petition_count, 0) as petition_count,
        summary.case_count >= settings.relations_repeat_litigation_min_cases as is_repeat_litigant
    from summary
    cross join settings
    left join role_lists on summary.party_key = role_lists.party_key
    left join court_lists on summary.party_key = court_lists.party_key
    left join case_type_lists on summary.party_key = case_type_lists.party_key
    left join petitions on summary.party_key = petitions.party_key

)

select * from final
