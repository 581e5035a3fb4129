{#-
    With COURTPERF_EXPORT_DIR=DIR in the environment, the run ends by writing every model of schema marts (tables
    and views) as Parquet to DIR/<model>/, on DuckDB and on Spark alike, so two engines' results can be compared
    row for row from the same files (engines/compare.py). Without it, it does nothing. An environment variable
    rather than a dbt var: a var enters dbt's parse state, so that a run with one, or after one, re-parses the
    whole project (8 s on the tiny project), where a changed variable re-parses only what reads it.
-#}
{% macro export_marts() -%}
    {%- set export_dir = env_var('COURTPERF_EXPORT_DIR', '') -%}
    {%- if execute and export_dir -%}
        {%- for node in graph.nodes.values()
            if node.resource_type == 'model' and node.schema == 'marts' and node.config.enabled -%}
            {%- set relation = adapter.get_relation(node.database, node.schema, node.alias) -%}
            {%- if relation is not none -%}
                {%- do run_query(export_relation_sql(relation, export_dir ~ '/' ~ node.name)) -%}
            {%- endif -%}
        {%- endfor -%}
    {%- endif -%}
{%- endmacro %}

{% macro export_relation_sql(relation, path) -%}
    {{ return(adapter.dispatch('export_relation_sql', 'courtperf')(relation, path)) }}
{%- endmacro %}

{% macro default__export_relation_sql(relation, path) -%}
    insert overwrite directory '{{ path }}' using parquet select * from {{ relation }}
{%- endmacro %}

{% macro duckdb__export_relation_sql(relation, path) -%}
    copy (select * from {{ relation }}) to '{{ path }}' (format parquet, per_thread_output true, overwrite true)
{%- endmacro %}
