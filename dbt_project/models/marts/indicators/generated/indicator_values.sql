-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
{{ config(materialized='view') }}
-- every category's values, with the catalog version they were computed under
-- data_defects: open source-data defects touching the entity in the period (provisional when > 0)
with

indicator_rows as (

    select * from {{ ref('int_indicator_values__trial') }}

    union all

    select * from {{ ref('int_indicator_values__enforcement') }}

    union all

    select * from {{ ref('int_indicator_values__litigation_source') }}

    union all

    select * from {{ ref('int_indicator_values__petition') }}

    union all

    select * from {{ ref('int_indicator_values__business_environment') }}

    union all

    select * from {{ ref('int_indicator_values__civil_trial') }}

    union all

    select * from {{ ref('int_indicator_values__criminal_trial') }}

    union all

    select * from {{ ref('int_indicator_values__administrative_trial') }}

    union all

    select * from {{ ref('int_indicator_values__appeal_and_retrial') }}

    union all

    select * from {{ ref('int_indicator_values__filing') }}

    union all

    select * from {{ ref('int_indicator_values__time_limit') }}

    union all

    select * from {{ ref('int_indicator_values__hearing') }}

    union all

    select * from {{ ref('int_indicator_values__judgment_document') }}

    union all

    select * from {{ ref('int_indicator_values__case_quality') }}

    union all

    select * from {{ ref('int_indicator_values__enforcement_measures') }}

    union all

    select * from {{ ref('int_indicator_values__bankruptcy') }}

    union all

    select * from {{ ref('int_indicator_values__workload') }}

    union all

    select * from {{ ref('int_indicator_values__conduct') }}

    union all

    select * from {{ ref('int_indicator_values__comprehensive_work') }}

    union all

    select * from {{ ref('int_indicator_values__evaluation') }}

),

catalog_version as (

    select * from {{ ref('int_indicator_catalog_version') }}

),

marks as (

    select * from {{ ref('int_data_defect_marks') }}

),

final as (

    select
        indicator_rows.*,
        catalog_version.catalog_version,
        coalesce(marks.data_defects, 0) as data_defects
    from indicator_rows
    cross join catalog_version
    {{ join_data_defect_marks('indicator_rows') }}

)

select * from final
