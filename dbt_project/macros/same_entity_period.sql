{#-
    A join condition: the rows of `left` and `right` are about the same entity (level, entity_id) in the same period
    (period_type, period), the key of the indicator values and of the score tables.
-#}
{% macro same_entity_period(left, right) -%}
    {%- for key in ['level', 'entity_id', 'period_type', 'period'] -%}
        {{ ' and ' if not loop.first }}{{ left }}.{{ key }} = {{ right }}.{{ key }}
    {%- endfor -%}
{%- endmacro %}
