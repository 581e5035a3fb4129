{#- Exact median (interpolated between the two middle values), portable across engines. -#}
{% macro courtperf_median(expression) -%}
    {{ return(adapter.dispatch('courtperf_median', 'courtperf')(expression)) }}
{%- endmacro %}

{% macro default__courtperf_median(expression) -%}
    percentile_cont(0.5) within group (order by {{ expression }})
{%- endmacro %}

{% macro duckdb__courtperf_median(expression) -%}
    median({{ expression }})
{%- endmacro %}

{% macro spark__courtperf_median(expression) -%}
    percentile({{ expression }}, 0.5)
{%- endmacro %}
