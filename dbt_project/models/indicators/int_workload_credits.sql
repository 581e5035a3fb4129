{#-
    Workload credits (折算工作量) per person and case: the case's weight w times the share of the role the
    person had on it (config/workload/role_shares.csv). Trial cases: the handling judge, panel members
    presiding or sitting, the assistant and the clerk; enforcement cases: the handling officer, the
    assistant and the clerk. A person with several roles on one case gets only the largest credit.

    A view: the measures compute the credits inside their own query instead of waiting
    for 0.7 M credit rows to be written first; the credits stay queryable, case by case, for tracing a
    person's workload (see docs/architecture.md).
-#}
{{ config(materialized='view') }}

with

trial_cases as (

    select * from {{ ref('fct_trial_cases') }}

),

panel_members as (

    select * from {{ ref('fct_panel_members') }}

),

enforcement_cases as (

    select * from {{ ref('fct_enforcement_cases') }}

),

case_weights as (

    select * from {{ ref('int_case_weights') }}

),

shares as (

    select * from {{ ref('cfg_role_shares') }}

),

roles as (

    select
        'trial' as case_kind,
        case_id,
        handling_judge_id as person_id,
        'handling' as case_role
    from trial_cases
    union all
    select
        'trial' as case_kind,
        case_id,
        person_id,
        'panel_member' as case_role
    from panel_members
    where panel_role in ('presiding', 'member') and person_id is not null
    union all
    select
        'trial' as case_kind,
        case_id,
        assistant_id as person_id,
        'assistant' as case_role
    from trial_cases
    union all
    select
        'trial' as case_kind,
        case_id,
        clerk_id as person_id,
        'clerk' as case_role
    from trial_cases
    union all
    select
        'enforcement' as case_kind,
        case_id,
        handling_officer_id as person_id,
        'handling' as case_role
    from enforcement_cases
    union all
    select
        'enforcement' as case_kind,
        case_id,
        assistant_id as person_id,
        'assistant' as case_role
    from enforcement_cases
    union all
    select
        'enforcement' as case_kind,
        case_id,
        clerk_id as person_id,
        'clerk' as case_role
    from enforcement_cases

),

credited as (

    select
        roles.case_kind,
        roles.case_id,
        roles.person_id,
        roles.case_role,
        case_weights.case_type_code,
        case_weights.court_code,
        case_weights.dept_id,
        case_weights.filing_date,
        case_weights.closing_date,
        case_weights.case_weight,
        shares.share,
        shares.share * case_weights.case_weight as credit,
        row_number() over (
            partition by roles.case_kind, roles.case_id, roles.person_id
            order by shares.share desc nulls last, roles.case_role asc nulls last
        ) as credit_rank
    from roles
    inner join case_weights
        on roles.case_kind = case_weights.case_kind and roles.case_id = case_weights.case_id
    inner join shares
        on roles.case_role = shares.case_role
    where roles.person_id is not null

),

final as (

    select
        case_kind,
        case_id,
        person_id,
        case_role,
        case_type_code,
        court_code,
        dept_id,
        filing_date,
        closing_date,
        case_weight,
        share,
        credit
    from credited
    where credit_rank = 1

)

select * from final
