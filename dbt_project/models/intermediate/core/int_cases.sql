{#-
    Every case of the trial and the enforcement systems, one row each (case_kind, case_id), with what both have: its
    案号, court, department, type and procedure (an enforcement case has none), the person who handles it (a trial
    case's handling judge, an enforcement case's handling officer) and its filing and closing dates. Read where a
    model treats both kinds alike: the case weights, and the supervision rules (long pending cases, the profiles'
    case counts, the relations, the case timeline). A view: its readers scan it once each.
-#}
{{ config(materialized='view') }}

with

final as (

    select
        'trial' as case_kind,
        case_id,
        case_number,
        court_code,
        dept_id,
        case_type_code,
        procedure,
        handling_judge_id as handler_id,
        filing_date,
        closing_date
    from {{ ref('fct_trial_cases') }}

    union all

    select
        'enforcement' as case_kind,
        case_id,
        case_number,
        court_code,
        dept_id,
        case_type_code,
        cast(null as {{ dbt.type_string() }}) as procedure,
        handling_officer_id as handler_id,
        filing_date,
        closing_date
    from {{ ref('fct_enforcement_cases') }}

)

select * from final
