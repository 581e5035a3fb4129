{#-
    Every recorded version of every posting (snapshot history),
    with its validity in the source and in the warehouse.
    The history comes from the snapshot, or on Spark from raw (macros/posting_versions.sql says why).
-#}
with

posting_versions as (

    {{ posting_versions() }}

),

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
