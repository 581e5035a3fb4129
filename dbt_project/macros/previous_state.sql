{#-
    Portable state kept across nights (used by marts.warnings): an incremental model that reads its own rows
    and writes them back changed. DuckDB deletes and inserts on the key. Spark without a table format that
    merges (Delta, Iceberg) can only overwrite, and refuses to overwrite a table the same query reads; a
    DuckDB-style config would silently fall back to append and duplicate rows. So on Spark the model
    overwrites the whole table, reading its previous rows from a copy that a pre-hook takes just before
    (`<model>__previous_night`, left in place: it is also last night's state, should the overwrite fail).
    The model must therefore select every row it keeps, not only the changed ones.
-#}
{% macro previous_state_config(unique_key) -%}
    {%- if target.type == 'spark' -%}
        {{ return({'incremental_strategy': 'insert_overwrite', 'pre_hook': '{{ copy_previous_state() }}'}) }}
    {%- else -%}
        {{ return({'incremental_strategy': 'delete+insert', 'unique_key': unique_key}) }}
    {%- endif -%}
{%- endmacro %}

{% macro previous_state_relation() -%}
    {%- if target.type == 'spark' -%}
        {{ return(this.incorporate(path={'identifier': this.identifier ~ '__previous_night'})) }}
    {%- else -%}
        {{ return(this) }}
    {%- endif -%}
{%- endmacro %}

{#- The pre-hook on Spark: replace the copy with the table's current rows (nothing on the first night) -#}
{% macro copy_previous_state() -%}
    {%- if execute and adapter.get_relation(this.database, this.schema, this.identifier) is not none -%}
        {%- set copy = previous_state_relation() -%}
        {%- do run_query('drop table if exists ' ~ copy) -%}
        {%- do run_query('create table ' ~ copy ~ ' using parquet as select * from ' ~ this) -%}
    {%- endif -%}
{%- endmacro %}
