{#-
    A literal table (a generated model's rows, indicators/compiler.py `literal_rows`): the model's meta
    `literal_rows`, its `columns` ({name: type}; `string` and `int` are dbt's portable types) and `rows`, as one
    `values` list typed by the select over it. One statement however many rows (a `select … union all` per row costs
    Apache Spark's analyser half a minute for the catalog's 476 rows); with no rows, one typed row filtered out, so
    the columns still exist. The values were checked when they were generated (compiler.literal).
-#}
{% macro literal_rows() -%}
{%- set table = model.config.meta.literal_rows if execute else {'columns': {}, 'rows': []} -%}
{%- set rows = table.rows or [[none] * (table.columns | length)] -%}
    select
        {%- for name, type in table.columns.items() %}
        cast(literal_rows.{{ name }} as {{ literal_type(type) }}) as {{ name }}{{ ',' if not loop.last }}
        {%- endfor %}
    from (
        values
        {%- for row in rows %}
        ({% for value in row %}{{ sql_literal(value) }}{{ ', ' if not loop.last }}{% endfor %}){{ ',' if not loop.last }}
        {%- endfor %}
    ) as literal_rows ({{ table.columns.keys() | join(', ') }})
    {%- if not table.rows %}
    where 1 = 0
    {%- endif %}
{%- endmacro %}

{#- A column type of a literal table: dbt's for `string` and `int`, as written otherwise -#}
{% macro literal_type(type) -%}
    {{ dbt.type_string() if type == 'string' else dbt.type_int() if type == 'int' else type }}
{%- endmacro %}

{#- A value of a literal table as SQL: null, true/false, a number, or a quoted string -#}
{% macro sql_literal(value) -%}
    {%- if value is none -%}null
    {%- elif value is boolean -%}{{ 'true' if value else 'false' }}
    {%- elif value is number -%}{{ value }}
    {%- else -%}'{{ value }}'
    {%- endif -%}
{%- endmacro %}
