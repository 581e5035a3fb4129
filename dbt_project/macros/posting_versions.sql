{#-
    Every recorded version of every posting, with the snapshot's columns (dbt_scd_id, dbt_valid_from,
    dbt_valid_to): what dim_person_postings publishes.

    Dispatched because snapshots are not portable: dbt-spark snapshots need a table format that merges
    (Delta, Iceberg, Hudi), so on Spark the snapshot is disabled (dbt_project.yml) and the same history is
    derived from append-only raw, which keeps every landed version: one row per (posting_id, updated_at) with
    the timestamp strategy's columns (dbt_scd_id = md5(key|updated_at), dbt_valid_from = updated_at,
    dbt_valid_to = the next version's updated_at), beside every column raw holds (the posting's, and landing's
    _batch_id, _loaded_at, _source_row and latest_version's version_rank, which dim_person_postings does not
    select). It equals the snapshot whenever every landed version was present at a snapshot run (and also keeps
    versions superseded between two runs).
-#}
{% macro posting_versions() -%}
    {{ return(adapter.dispatch('posting_versions', 'courtperf')()) }}
{%- endmacro %}

{% macro default__posting_versions() -%}
    select * from {{ ref('snap_hr__staff_postings') }}
{%- endmacro %}

{% macro spark__posting_versions() -%}
    select
        landed_versions.*,
        md5(concat(
            coalesce(cast(posting_id as {{ dbt.type_string() }}), ''),
            '|',
            coalesce(cast(updated_at as {{ dbt.type_string() }}), '')
        )) as dbt_scd_id,
        updated_at as dbt_valid_from,
        lead(updated_at) over (partition by posting_id order by updated_at) as dbt_valid_to
    from (
        {{ latest_version(source('hr', 'staff_postings'), ['posting_id', 'updated_at']) }}
    ) as landed_versions
{%- endmacro %}
