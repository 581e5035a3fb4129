{#-
    Whether a definition of an indicator has a row at a (level, entity, period) of its category's values model
    (indicators/compiler.py writes one call per definition): at its `levels`, for the periods ending from
    `valid_from` (and up to `valid_to`), for a person only in its `roles`, and for a department or person only in its
    `business_lines` (a court and the city hold every line).
-#}
{% macro indicator_applies(levels, valid_from, valid_to=none, roles=none, business_lines=none) -%}
    (
        level in ({{ quoted_list(levels) }})
        and period_end >= cast('{{ valid_from }}' as date)
        {%- if valid_to %}
        and period_end <= cast('{{ valid_to }}' as date)
        {%- endif %}
        {%- if roles %}
        and (level != 'person' or role in ({{ quoted_list(roles) }}))
        {%- endif %}
        {%- if business_lines %}
        and (level in ('court', 'city') or business_line in ({{ quoted_list(business_lines) }}))
        {%- endif %}
    )
{%- endmacro %}

{#- 'a', 'b', 'c': checked catalog values (indicators/compiler.literal) as SQL string literals -#}
{% macro quoted_list(values) -%}
    '{{ values | join("', '") }}'
{%- endmacro %}
