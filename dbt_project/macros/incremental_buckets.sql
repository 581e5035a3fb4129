{#-
    Portable incremental models (used by fct_evaluations). Spark without a table format that merges can only
    replace whole partitions (`insert_overwrite`); a DuckDB-style config (unique_key, no strategy) makes
    dbt-spark fall back to append and duplicate rows without a word. So the model is partitioned by a bucket
    of its primary key, which a row never leaves, and an incremental run recomputes, from staging, every
    bucket holding a key whose staged row was landed since the last build: insert_overwrite of those partitions on
    Spark, delete+insert of those buckets on DuckDB. Either way the table equals a full recomputation.
-#}
{% macro key_bucket(key_column) -%}
    {#- 16 buckets by the first hex digit of md5(key): the same bucket on every engine -#}
    substring(md5(cast({{ key_column }} as {{ dbt.type_string() }})), 1, 1)
{%- endmacro %}

{% macro bucket_incremental_config() -%}
    {%- if target.type == 'spark' -%}
        {{ return({'incremental_strategy': 'insert_overwrite', 'partition_by': ['key_bucket']}) }}
    {%- else -%}
        {{ return({'incremental_strategy': 'delete+insert', 'unique_key': 'key_bucket'}) }}
    {%- endif -%}
{%- endmacro %}

{#-
    The buckets to recompute: those of keys whose staged (latest) row was landed after the last build. A later
    version becomes the staged row exactly when it is landed after the last build, so no change is missed; a
    late-arriving older version changes nothing, and is rightly not recomputed.
-#}
{% macro changed_buckets(staged, key_column, loaded_at_column='source_loaded_at') -%}
    select distinct {{ key_bucket(staged ~ '.' ~ key_column) }} as key_bucket
    from {{ staged }}
    where {{ staged }}.{{ loaded_at_column }} > (
        select coalesce(max(kept.source_loaded_at), cast('1900-01-01' as timestamp)) from {{ this }} as kept
    )
{%- endmacro %}
