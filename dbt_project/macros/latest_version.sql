{#-
    The latest version of every key of a landed (append-only) table: a row re-delivered with a later
    updated_at replaces the earlier one; ties go to the later load, then the later source row.
-#}
{% macro latest_version(relation, key_columns) -%}
    select *
    from (
        select
            *,
            row_number() over (
                partition by {{ key_columns | join(', ') }}
                order by updated_at desc, _loaded_at desc, _source_row desc
            ) as version_rank
        from {{ relation }}
    ) as versions
    where version_rank = 1
{%- endmacro %}
