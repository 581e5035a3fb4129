{#-
    Rounding a double the same way on every engine. DuckDB rounds the binary value, Spark its decimal string half
    up: 19 / 160 = 0.11875 is stored as 0.1187499…, so round(…, 4) is 0.1187 on DuckDB and 0.1188 on Spark, and a
    cast to decimal(12, 4) of 10.5 * 0.9175 = 9.63375 gives 9.6337 and 9.6338. Both engines agree on the double's
    value to 12 decimals, so the value goes through decimal(30, 12) first and is rounded there (half up on both).
    The ordos-scale engine comparison (bench/bench_engines.py) found both cases.
-#}
{% macro round_as_decimal(expr, digits) -%}
    cast(round(cast({{ expr }} as decimal(30, 12)), {{ digits }}) as double)
{%- endmacro %}

{% macro to_decimal(expr, precision, scale) -%}
    cast(cast({{ expr }} as decimal(30, 12)) as decimal({{ precision }}, {{ scale }}))
{%- endmacro %}
