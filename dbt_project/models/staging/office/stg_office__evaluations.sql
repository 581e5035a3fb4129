with

source as (

    select * from {{ source('office', 'evaluations') }}

),

latest as (

    {{ latest_version('source', ['evaluation_id']) }}

),

final as (

    select
        evaluation_id,
        period,
        person_id,
        evaluator_role,
        score,
        updated_at,
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest

)

select * from final
