{#-
    廉政风险信号 (person–person pairings): the same lawyer (by licence number) or the same party (by masked
    party_key) before the same handling judge in at least relations.pairing_min_cases trial cases filed within
    relations.pairing_window_months before the as-of date, which are at least relations.pairing_min_share of the
    judge's cases in that window (relative to the caseload: a busy judge meets busy lawyers often). A signal for a
    human to look at, not a finding.
-#}
with

context as (

    select * from {{ ref('int_supervision_context') }}

),

window_cases as (

    select
        cases.case_id,
        cases.court_code,
        cases.handling_judge_id,
        cases.filing_date
    from {{ ref('fct_trial_cases') }} as cases
    cross join context
    where
        cases.handling_judge_id is not null
        and cases.filing_date <= context.as_of_date
        and cases.filing_date > {{ dbt.dateadd(
            'month', '-1 * cast(context.relations_pairing_window_months as integer)', 'context.as_of_date'
        ) }}  -- noqa: LT05

),

judge_loads as (

    select
        handling_judge_id,
        count(*) as judge_case_count
    from window_cases
    group by handling_judge_id

),

counterparts as (

    select distinct
        'lawyer' as counterpart_type,
        parties.lawyer_license_no as counterpart_key,
        parties.case_id
    from {{ ref('fct_case_parties') }} as parties
    where parties.lawyer_license_no is not null
    union all
    select distinct
        'party' as counterpart_type,
        parties.party_key,
        parties.case_id
    from {{ ref('fct_case_parties') }} as parties
    where parties.party_key is not null

),

pairings as (

    select
        counterparts.counterpart_type,
        counterparts.counterpart_key,
        window_cases.handling_judge_id as person_id,
        cast(count(distinct window_cases.case_id) as {{ dbt.type_bigint() }}) as case_count,
        min(window_cases.filing_date) as first_filing_date,
        max(window_cases.filing_date) as last_filing_date,
        max(window_cases.court_code) as court_code
    from counterparts
    inner join window_cases
        on counterparts.case_id = window_cases.case_id
    group by counterparts.counterpart_type, counterparts.counterpart_key, window_cases.handling_judge_id

),

final as (

    select
        {{ dbt.hash(dbt.concat([
            'pairings.counterpart_type', "'|'", 'pairings.counterpart_key', "'|'", 'pairings.person_id'
        ])) }} as signal_id,  -- noqa: LT05
        {{ dbt.concat(['pairings.counterpart_type', "'_judge'"]) }} as signal_type,
        pairings.person_id,
        pairings.counterpart_type,
        pairings.counterpart_key,
        pairings.court_code,
        people.current_posting_dept_id as dept_id,
        pairings.case_count,
        cast(judge_loads.judge_case_count as {{ dbt.type_bigint() }}) as judge_case_count,
        {{ round_as_decimal('cast(pairings.case_count as double) / judge_loads.judge_case_count', 4) }} as case_share,
        pairings.first_filing_date,
        pairings.last_filing_date,
        cast(context.relations_pairing_min_cases as {{ dbt.type_bigint() }}) as threshold,
        cast(context.relations_pairing_min_share as double) as share_threshold,
        context.as_of_date
    from pairings
    inner join judge_loads
        on pairings.person_id = judge_loads.handling_judge_id
    cross join context
    left join {{ ref('dim_person') }} as people
        on pairings.person_id = people.person_id
    where
        pairings.case_count >= context.relations_pairing_min_cases
        and pairings.case_count >= context.relations_pairing_min_share * judge_loads.judge_case_count

)

select * from final
