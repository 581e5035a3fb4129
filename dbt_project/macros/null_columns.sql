{#-
    Typed null columns, for the branches of a union that have no value for them:
    null_columns([('indicator_id', dbt.type_string()), ('points', 'double')]) writes
    `cast(null as string) as indicator_id, cast(null as double) as points`.
-#}
{% macro null_columns(columns) -%}
    {%- for name, type in columns %}
        cast(null as {{ type }}) as {{ name }}{{ "," if not loop.last }}
    {%- endfor %}
{%- endmacro %}

{#- The names of such (name, type) columns, as a select list: a branch of a union that has them -#}
{% macro column_names(columns) -%}
    {%- for name, type in columns %}
        {{ name }}{{ "," if not loop.last }}
    {%- endfor %}
{%- endmacro %}
