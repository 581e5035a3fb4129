-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- The indicator catalog itself, for BI tools: one row per indicator definition.
with

definitions as (

    select * from {{ ref('int_indicator_catalog_rows') }}

),

catalog_version as (

    select * from {{ ref('int_indicator_catalog_version') }}

),

final as (

    select
        definitions.*,
        catalog_version.catalog_version
    from definitions
    cross join catalog_version

)

select * from final
