{#-
    Every recorded version of every posting (snapshot history),
    with its validity in the source and in the warehouse.

    Not portable as is: dbt-spark snapshots need a table format that merges (Delta, Iceberg, Hudi), so on
    Spark the snapshot is disabled and the same history is derived from append-only raw, which keeps every
    landed version: one row per (posting_id, updated_at), with the snapshot's timestamp-strategy columns
    (dbt_scd_id = md5(key|updated_at), dbt_valid_from = updated_at, dbt_valid_to = the next version's
    updated_at). It equals the snapshot whenever every landed version was present at a snapshot run.
-#}
with

{% if target.type == 'spark' %}

landed as (

    select * from {{ source('hr', 'staff_postings') }}

),

landed_versions as (

    {{ latest_version('landed', ['posting_id', 'updated_at']) }}

),

posting_versions as (

    select
        posting_id,
        person_id,
        court_code,
        dept_id,
        role,
        valid_from,
        valid_to,
        updated_at,
        md5(
            concat(
                coalesce(cast(posting_id as {{ dbt.type_string() }}), ''),
                '|',
                coalesce(cast(updated_at as {{ dbt.type_string() }}), '')
            )
        ) as dbt_scd_id,
        updated_at as dbt_valid_from,
        lead(updated_at) over (partition by posting_id order by updated_at) as dbt_valid_to
    from landed_versions

),

{% else %}

posting_versions as (

    select * from {{ ref('snap_hr__staff_postings') }}

),

{% endif %}

final as (

    select
        dbt_scd_id as posting_version_id,
        posting_id,
        person_id,
        court_code,
        dept_id,
        role,
        valid_from,
        valid_to,
        coalesce(valid_to, cast('9999-12-31' as date)) as valid_to_filled,
        valid_to is null as is_open_posting,
        dbt_valid_from,
        dbt_valid_to,
        dbt_valid_to is null as is_current_version,
        updated_at
    from posting_versions

)

select * from final
