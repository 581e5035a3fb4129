{#-
    人案关联 (person–case): every court staff member's part in every trial and enforcement case — handling
    judge or officer, presiding judge, assistant, clerk, panel member, hearing presiding, document author —
    one row per (person, case, relation).
-#}
with

cases as (

    select * from {{ ref('int_cases') }}

),

trial_cases as (

    select * from {{ ref('fct_trial_cases') }}

),

enforcement_cases as (

    select * from {{ ref('fct_enforcement_cases') }}

),

relations as (

    select
        handling_judge_id as person_id,
        case_id,
        'handling_judge' as relation
    from trial_cases
    union all
    select
        presiding_judge_id,
        case_id,
        'presiding_judge' as relation
    from trial_cases
    union all
    select
        assistant_id,
        case_id,
        'assistant' as relation
    from trial_cases
    union all
    select
        clerk_id,
        case_id,
        'clerk' as relation
    from trial_cases
    union all
    select
        person_id,
        case_id,
        'panel_member' as relation
    from {{ ref('fct_panel_members') }}
    union all
    select
        presiding_id,
        case_id,
        'hearing_presiding' as relation
    from {{ ref('fct_hearings') }}
    union all
    select
        author_id,
        case_id,
        'document_author' as relation
    from {{ ref('fct_documents') }}
    union all
    select
        handling_officer_id,
        case_id,
        'handling_officer' as relation
    from enforcement_cases
    union all
    select
        assistant_id,
        case_id,
        'assistant' as relation
    from enforcement_cases
    union all
    select
        clerk_id,
        case_id,
        'clerk' as relation
    from enforcement_cases

),

distinct_relations as (

    select distinct
        person_id,
        case_id,
        relation
    from relations
    where person_id is not null

),

final as (

    select
        distinct_relations.person_id,
        distinct_relations.case_id,
        distinct_relations.relation,
        cases.case_kind,
        cases.case_number,
        cases.court_code,
        cases.dept_id,
        cases.filing_date,
        cases.closing_date
    from distinct_relations
    inner join cases
        on distinct_relations.case_id = cases.case_id

)

select * from final
