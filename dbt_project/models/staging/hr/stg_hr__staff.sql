with

source as (

    select * from {{ source('hr', 'staff') }}

),

latest as (

    {{ latest_version('source', ['person_id']) }}

),

final as (

    select
        person_id,
        name,
        gender,
        court_code,
        dept_id,
        role,
        is_quota_judge,
        hire_date,
        leave_date,
        updated_at,
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest

)

select * from final
