{#-
    案件关联 (case–case): pairs of trial cases that share a party (by masked party_key), one row per unordered
    pair (case_id < related_case_id), with how many parties they share and whether one reviews the other.
    Parties in more than relations.max_cases_per_shared_party cases (banks, agencies) do not link cases here
    (their litigation shows in party_profile), so the table stays linear in the number of cases.
-#}
with

settings as (

    select * from {{ ref('cfg_supervision_settings') }}

),

parties as (

    select distinct
        case_id,
        party_key
    from {{ ref('fct_case_parties') }}
    where party_key is not null

),

party_sizes as (

    select
        party_key,
        count(*) as case_count
    from parties
    group by party_key

),

linking_parties as (

    select parties.*
    from parties
    inner join party_sizes
        on parties.party_key = party_sizes.party_key
    cross join settings
    where
        party_sizes.case_count between 2 and settings.relations_max_cases_per_shared_party

),

pairs as (

    select
        left_side.case_id,
        right_side.case_id as related_case_id,
        cast(count(*) as {{ dbt.type_bigint() }}) as shared_party_count
    from linking_parties as left_side
    inner join linking_parties as right_side
        on
            left_side.party_key = right_side.party_key
            and left_side.case_id < right_side.case_id
    group by left_side.case_id, right_side.case_id

),

cases as (

    select * from {{ ref('fct_trial_cases') }}

),

final as (

    select
        pairs.case_id,
        pairs.related_case_id,
        pairs.shared_party_count,
        cases.case_number,
        related.case_number as related_case_number,
        cases.court_code,
        related.court_code as related_court_code,
        cases.filing_date,
        related.filing_date as related_filing_date,
        coalesce(
            cases.original_case_id = related.case_id or related.original_case_id = cases.case_id, false
        ) as is_review_link
    from pairs
    inner join cases
        on pairs.case_id = cases.case_id
    inner join cases as related
        on pairs.related_case_id = related.case_id

)

select * from final
