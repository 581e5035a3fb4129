with

mediations as (

    select * from {{ ref('stg_mediation__mediations') }}

),

final as (

    select
        mediation_id,
        court_code,
        guiding_judge_id,
        stage,
        dispute_type,
        received_date,
        closed_date,
        mediator_type,
        result,
        judicial_confirmation,
        converted_case_number,
        amount,
        cast(
            {{ dbt.datediff('received_date', 'closed_date', 'day') }}
            as {{ dbt.type_bigint() }}
        ) as duration_days,
        updated_at,
        source_batch_id
    from mediations

)

select * from final
