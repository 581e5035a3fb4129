-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- int_indicator_scaffold as tonight's build used it (the columns the measures read), for the next night to
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

select *
from {{ ref('int_indicator_scaffold') }}
