{#-
    The keys of a case table whose latest version in the source is flagged deleted: the body of the
    stg_<system>__deleted_* models. Their staging model of the cases drops these cases; the marts of the cases'
    child rows drop those rows too (through int_<system>_case_parents), while children whose parent is merely
    missing are kept.
-#}
{% macro deleted_case_keys(source_name, table_name) -%}
with

source as (

    select * from {{ source(source_name, table_name) }}

),

latest as (

    {{ latest_version('source', ['case_id']) }}

),

final as (

    select
        case_id,
        updated_at as deleted_updated_at,
        _batch_id as source_batch_id
    from latest
    where deleted

)

select * from final
{%- endmacro %}
