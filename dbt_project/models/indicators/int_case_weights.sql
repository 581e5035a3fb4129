{#-
    The workload weight w of every trial and enforcement case, from config/workload/case_weights.csv:
    the row with the case's exact procedure wins over the '*' row of its type; a case that matches no
    row weighs 1.0 and has has_configured_weight = false (reported by the data-quality checks).
-#}
with

trial_cases as (

    select * from {{ ref('fct_trial_cases') }}

),

enforcement_cases as (

    select * from {{ ref('fct_enforcement_cases') }}

),

weights as (

    select * from {{ ref('cfg_case_weights') }}

),

cases as (

    select
        'trial' as case_kind,
        case_id,
        case_type_code,
        procedure,
        court_code,
        dept_id,
        filing_date,
        closing_date
    from trial_cases

    union all

    select
        'enforcement' as case_kind,
        case_id,
        case_type_code,
        cast(null as {{ dbt.type_string() }}) as procedure,
        court_code,
        dept_id,
        filing_date,
        closing_date
    from enforcement_cases

),

matches as (

    select
        cases.case_kind,
        cases.case_id,
        weights.weight,
        row_number() over (
            partition by cases.case_kind, cases.case_id
            order by case when weights.procedure = '*' then 1 else 0 end
        ) as match_rank
    from cases
    inner join weights
        on
            cases.case_type_code = weights.case_type_code
            and (cases.procedure = weights.procedure or weights.procedure = '*')

),

final as (

    select
        cases.case_kind,
        cases.case_id,
        cases.case_type_code,
        cases.procedure,
        cases.court_code,
        cases.dept_id,
        cases.filing_date,
        cases.closing_date,
        coalesce(matches.weight, 1.0) as case_weight,
        matches.weight is not null as has_configured_weight
    from cases
    left join matches
        on
            cases.case_kind = matches.case_kind
            and cases.case_id = matches.case_id
            and matches.match_rank = 1

)

select * from final
