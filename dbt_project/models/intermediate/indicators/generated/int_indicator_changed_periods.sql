-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- The periods whose facts changed since the last build, from every relation the measures read
with

final as (

    select period_type, period from {{ ref('int_indicator_changes__fct_case_inspections') }}

    union

    select period_type, period from {{ ref('int_indicator_changes__fct_conduct_events') }}

    union

    select period_type, period from {{ ref('int_indicator_changes__fct_documents') }}

    union

    select period_type, period from {{ ref('int_indicator_changes__fct_enforcement_actions') }}

    union

    select period_type, period from {{ ref('int_indicator_changes__fct_enforcement_cases') }}

    union

    select period_type, period from {{ ref('int_indicator_changes__fct_evaluations') }}

    union

    select period_type, period from {{ ref('int_indicator_changes__fct_hearings') }}

    union

    select period_type, period from {{ ref('int_indicator_changes__fct_mediations') }}

    union

    select period_type, period from {{ ref('int_indicator_changes__fct_petitions') }}

    union

    select period_type, period from {{ ref('int_indicator_changes__fct_trial_cases') }}

    union

    select period_type, period from {{ ref('int_indicator_changes__fct_work_items') }}

    union

    select period_type, period from {{ ref('int_indicator_changes__int_case_weights') }}

    union

    select period_type, period from {{ ref('int_indicator_changes__int_commercial_disputes') }}

    union

    select period_type, period from {{ ref('int_indicator_changes__int_quota_judge_postings') }}

    union

    select period_type, period from {{ ref('int_indicator_changes__int_workload_credits') }}

)

select * from final
