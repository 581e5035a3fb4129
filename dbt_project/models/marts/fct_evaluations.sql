with

evaluations as (

    select * from {{ ref('stg_office__evaluations') }}

),

final as (

    select
        evaluation_id,
        period,
        person_id,
        evaluator_role,
        score,
        updated_at,
        source_batch_id
    from evaluations

)

select * from final
