{#-
    Workload credits (折算工作量) per person and case: the case's weight w times the share of the role the
    person had on it (config/workload/role_shares.csv). Trial cases: the handling judge, panel members
    presiding or sitting, the assistant and the clerk; enforcement cases: the handling officer, the
    assistant and the clerk. A person with several roles on one case gets only the largest credit (ties:
    the role first by name), through cfg_role_shares.preference: an aggregate, not a window over the cases'
    long 案号 keys, which took a quarter of the engine's measure time.

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

person_cases as (

    -- one row per person and case, with the role they keep: the lowest preference (largest share)
    select
        roles.case_kind,
        roles.case_id,
        roles.person_id,
        min(shares.preference) as preference
    from roles
    inner join shares
        on roles.case_role = shares.case_role
    where roles.person_id is not null
    group by roles.case_kind, roles.case_id, roles.person_id

),

final as (

    select
        person_cases.case_kind,
        person_cases.case_id,
        person_cases.person_id,
        shares.case_role,
        case_weights.case_type_code,
        case_weights.court_code,
        case_weights.dept_id,
        case_weights.filing_date,
        case_weights.closing_date,
        case_weights.case_weight,
        shares.share,
        shares.share * case_weights.case_weight as credit
    from person_cases
    inner join shares
        on person_cases.preference = shares.preference
    inner join case_weights
        on person_cases.case_kind = case_weights.case_kind and person_cases.case_id = case_weights.case_id

)

select * from final
