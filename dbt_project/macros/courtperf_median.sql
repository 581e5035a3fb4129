{#- Exact median (interpolated between the two middle values), portable across engines. -#}
{% macro courtperf_median(expression) -%}
    {{ return(adapter.dispatch('courtperf_median', 'courtperf')(expression)) }}
{%- endmacro %}

{% macro default__courtperf_median(expression) -%}
    percentile_cont(0.5) within group (order by {{ expression }})
{%- endmacro %}

{#- in double, as Spark's percentile is: DuckDB's median of a decimal keeps its scale (the median of 44.75 and 45.00
    came out 44.87, not 44.875) -#}
{% macro duckdb__courtperf_median(expression) -%}
    median(cast({{ expression }} as double))
{%- endmacro %}

{% macro spark__courtperf_median(expression) -%}
    percentile({{ expression }}, 0.5)
{%- endmacro %}
