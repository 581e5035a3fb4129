-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_trial_cases as tonight's build used it (the columns the measures read), for the next night to
-- compare with; written after every values table, so a night that fails before them leaves the last build's copy,
-- and the next night computes its changes again
{{ config(materialized='table') }}
-- depends_on: {{ ref('int_indicator_values__trial') }}
-- depends_on: {{ ref('int_indicator_values__enforcement') }}
-- depends_on: {{ ref('int_indicator_values__litigation_source') }}
-- depends_on: {{ ref('int_indicator_values__petition') }}
-- depends_on: {{ ref('int_indicator_values__business_environment') }}
-- depends_on: {{ ref('int_indicator_values__civil_trial') }}
-- depends_on: {{ ref('int_indicator_values__criminal_trial') }}
-- depends_on: {{ ref('int_indicator_values__administrative_trial') }}
-- depends_on: {{ ref('int_indicator_values__appeal_and_retrial') }}
-- depends_on: {{ ref('int_indicator_values__filing') }}
-- depends_on: {{ ref('int_indicator_values__time_limit') }}
-- depends_on: {{ ref('int_indicator_values__hearing') }}
-- depends_on: {{ ref('int_indicator_values__judgment_document') }}
-- depends_on: {{ ref('int_indicator_values__case_quality') }}
-- depends_on: {{ ref('int_indicator_values__enforcement_measures') }}
-- depends_on: {{ ref('int_indicator_values__bankruptcy') }}
-- depends_on: {{ ref('int_indicator_values__workload') }}
-- depends_on: {{ ref('int_indicator_values__conduct') }}
-- depends_on: {{ ref('int_indicator_values__comprehensive_work') }}
-- depends_on: {{ ref('int_indicator_values__evaluation') }}

select
    bankruptcy_recovered_amount,
    bankruptcy_reorganization,
    bankruptcy_total_claims,
    case_type_code,
    cause_of_action,
    claim_amount,
    closing_date,
    closing_method,
    court_code,
    dept_id,
    duration_days,
    elapsed_days,
    extension_days,
    filing_date,
    handling_judge_id,
    has_statutory_limit,
    held_hearing_count,
    involves_enterprise,
    is_amended_or_remanded,
    is_first_instance,
    is_reviewed,
    is_reviewed_by_second_instance,
    is_second_instance,
    is_within_limit,
    original_case_id,
    original_case_type_code,
    original_court_code,
    original_dept_id,
    original_handling_judge_id,
    presiding_judge_id,
    procedure,
    review_outcome,
    statutory_limit_days,
    suspended_days,
    time_limit_event_count
from {{ ref('fct_trial_cases') }}
