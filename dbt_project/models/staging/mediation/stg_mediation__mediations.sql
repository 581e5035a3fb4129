with

source as (

    select * from {{ source('mediation', 'mediations') }}

),

latest as (

    {{ latest_version('source', ['mediation_id']) }}

),

final as (

    select
        mediation_id,
        court_code,
        stage,
        dispute_type,
        received_date,
        closed_date,
        mediator_type,
        result,
        judicial_confirmation,
        {{ printed_case_number('converted_case_number') }} as converted_case_number,
        amount,
        guiding_judge_id,
        updated_at,
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest

)

select * from final
