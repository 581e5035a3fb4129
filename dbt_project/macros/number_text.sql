{#-
    A number as the screens write it: whole numbers without a decimal point (3, not 3.0), others to two decimals.
-#}
{% macro number_text(expression) -%}
    case
        when {{ expression }} = floor({{ expression }})
            then cast(cast({{ expression }} as {{ dbt.type_bigint() }}) as {{ dbt.type_string() }})
        else cast(round({{ expression }}, 2) as {{ dbt.type_string() }})
    end
{%- endmacro %}
