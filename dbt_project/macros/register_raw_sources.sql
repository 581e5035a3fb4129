{#-
    On Spark, the landed raw tables are Parquet folders exported from DuckDB (engines/spark.py):
    declare every source of schema raw as an external Parquet table over `<COURTPERF_SPARK_RAW>/<identifier>`,
    so the sources and staging models read them exactly as on DuckDB. Re-declared on every run (metadata only;
    dropping an external table keeps its files), so a re-export with new rows or columns is always seen.
    On DuckDB, ingestion writes raw itself: nothing to do.
-#}
{% macro register_raw_sources() -%}
    {%- if target.type == 'spark' and execute -%}
        {%- set spark_home = env_var('COURTPERF_SPARK_HOME', env_var('COURTPERF_HOME', '../.courtperf') ~ '/spark') -%}
        {%- set raw_dir = env_var('COURTPERF_SPARK_RAW', spark_home ~ '/raw') -%}
        {%- do run_query('create schema if not exists raw') -%}
        {%- for source in graph.sources.values() if source.schema == 'raw' -%}
            {%- do run_query('drop table if exists raw.' ~ source.identifier) -%}
            {%- do run_query(
                'create table raw.' ~ source.identifier ~ ' using parquet location '
                ~ "'" ~ raw_dir ~ '/' ~ source.identifier ~ "'"
            ) -%}
        {%- endfor -%}
    {%- endif -%}
{%- endmacro %}
