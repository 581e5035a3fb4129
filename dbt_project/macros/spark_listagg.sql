{#-
    dbt-spark's listagg ignores its `order by` (with only a warning) and returns '' for a group without values,
    where DuckDB returns the ordered list and null. Case mixes, strengths and party roles would differ between
    the engines, silently. Spark 4's own listagg ... within group (order by ...) gives both engines' result.
    Found first through `dispatch` (dbt_project.yml), so dbt.listagg() resolves here on Spark.
-#}
{% macro spark__listagg(measure, delimiter_text, order_by_clause, limit_num) -%}
    {%- if limit_num -%}
        {{ exceptions.raise_compiler_error("courtperf's spark__listagg does not take limit_num") }}
    {%- endif -%}
    listagg({{ measure }}, {{ delimiter_text }})
    {%- if order_by_clause %} within group ({{ order_by_clause }}){% endif %}
{%- endmacro %}
