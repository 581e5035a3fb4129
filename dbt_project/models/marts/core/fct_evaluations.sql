{#-
    Incremental: an evaluation's rows are recomputed per bucket of evaluation_id (macros/incremental_buckets.sql),
    with the strategy each engine supports; tests/assert_fct_evaluations_incremental_equals_full.sql checks the
    result against a full recomputation.
-#}
{{ config(materialized='incremental', on_schema_change='fail', **bucket_incremental_config()) }}

with

evaluations as (

    select * from {{ ref('stg_office__evaluations') }}

),

{% if is_incremental() %}

changed as (

    {{ changed_buckets('evaluations', 'evaluation_id') }}

),

{% endif %}

final as (

    select
        evaluations.evaluation_id,
        evaluations.period,
        evaluations.person_id,
        evaluations.evaluator_role,
        evaluations.score,
        evaluations.updated_at,
        evaluations.source_batch_id,
        evaluations.source_loaded_at,
        {{ key_bucket('evaluations.evaluation_id') }} as key_bucket
    from evaluations
    {% if is_incremental() %}
        where {{ key_bucket('evaluations.evaluation_id') }} in (select changed.key_bucket from changed)
    {% endif %}

)

select * from final
