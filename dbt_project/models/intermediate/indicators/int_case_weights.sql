{#-
    The workload weight w of every trial and enforcement case, from config/workload/case_weights.csv:
    the row with the case's exact procedure wins over the '*' row of its type (config validation makes
    each (type, procedure) unique, so each join matches at most one row); a case that matches no row
    weighs 1.0 and has has_configured_weight = false (reported by the data-quality checks).

    A view: read only by the measures that use it (and by int_workload_credits), so its
    rows are computed inside those queries rather than written (see docs/architecture.md).
-#}
{{ config(materialized='view') }}

with

weights as (

    select * from {{ ref('cfg_case_weights') }}

),

cases as (

    select * from {{ ref('int_cases') }}

),

exact_weights as (

    select * from weights
    where procedure != '*'

),

type_weights as (

    select * from weights
    where procedure = '*'

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
        coalesce(exact_weights.weight, type_weights.weight, 1.0) as case_weight,
        coalesce(exact_weights.weight, type_weights.weight) is not null as has_configured_weight
    from cases
    left join exact_weights
        on
            cases.case_type_code = exact_weights.case_type_code
            and cases.procedure = exact_weights.procedure
    left join type_weights
        on cases.case_type_code = type_weights.case_type_code

)

select * from final
