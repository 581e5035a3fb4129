-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- The periods each values table rebuilds tonight: where a relation its indicators read, or the
-- scaffold, changed since the last build (a late enforcement changes a 2024 dispute's periods for 营商环境 only)
with

changed as (

    select * from {{ ref('int_indicator_changed_periods') }}

),

-- the relations each category's indicators read, and the scaffold, which every category reads
category_relations as (

    {{ literal_rows() }}

),

final as (

    select distinct
        category_relations.category,
        changed.period_type,
        changed.period
    from category_relations
    inner join changed
        on category_relations.relation = changed.relation

)

select * from final
