{#-
    The key of the indicator values and of the score tables: an entity (level, entity_id) in a period
    (period_type, period).
-#}
{% macro entity_period_key() -%}
    {{ return(['level', 'entity_id', 'period_type', 'period']) }}
{%- endmacro %}

{#- The key's columns, for a select list or a group by. -#}
{% macro entity_period_columns() -%}
    {{ entity_period_key() | join(', ') }}
{%- endmacro %}

{#- A join condition: the rows of `left` and `right` are about the same entity in the same period. -#}
{% macro same_entity_period(left, right) -%}
    {%- for key in entity_period_key() -%}
        {{ ' and ' if not loop.first }}{{ left }}.{{ key }} = {{ right }}.{{ key }}
    {%- endfor -%}
{%- endmacro %}
