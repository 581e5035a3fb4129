-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- The engine's fingerprint at the last complete build (macros/incremental_periods.sql), written
-- last
{{ config(materialized='table') }}
-- depends_on: {{ ref('int_indicator_baseline__fct_case_inspections') }}
-- depends_on: {{ ref('int_indicator_baseline__fct_conduct_events') }}
-- depends_on: {{ ref('int_indicator_baseline__fct_documents') }}
-- depends_on: {{ ref('int_indicator_baseline__fct_enforcement_actions') }}
-- depends_on: {{ ref('int_indicator_baseline__fct_enforcement_cases') }}
-- depends_on: {{ ref('int_indicator_baseline__fct_evaluations') }}
-- depends_on: {{ ref('int_indicator_baseline__fct_hearings') }}
-- depends_on: {{ ref('int_indicator_baseline__fct_mediations') }}
-- depends_on: {{ ref('int_indicator_baseline__fct_petitions') }}
-- depends_on: {{ ref('int_indicator_baseline__fct_trial_cases') }}
-- depends_on: {{ ref('int_indicator_baseline__fct_work_items') }}
-- depends_on: {{ ref('int_indicator_baseline__int_case_weights') }}
-- depends_on: {{ ref('int_indicator_baseline__int_commercial_disputes') }}
-- depends_on: {{ ref('int_indicator_baseline__int_quota_judge_postings') }}
-- depends_on: {{ ref('int_indicator_baseline__int_workload_credits') }}
-- depends_on: {{ ref('int_indicator_baseline__int_indicator_scaffold') }}

select
    '{{ indicator_engine_fingerprint() }}' as engine_fingerprint,
    cast({{ dbt.current_timestamp() }} as timestamp) as built_at,
    {{ last_engine_build_time() }} as previous_built_at
