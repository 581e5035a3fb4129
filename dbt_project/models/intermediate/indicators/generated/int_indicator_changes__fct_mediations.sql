-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_mediations: the periods whose measures its rows changed since the last build (5 passes)
{{ config(materialized=measure_part_materialization()) }}
{{ measure_changes(
    'fct_mediations',
    columns=[
        'amount',
        'closed_date',
        'converted_case_number',
        'court_code',
        'dispute_type',
        'guiding_judge_id',
        'judicial_confirmation',
        'mediator_type',
        'received_date',
        'result',
        'stage'
    ],
    passes=[
        'mediations__closed_in',
        'mediations__closed_in__per_period',
        'mediations__open_at_end',
        'mediations__received_in',
        'mediations__received_in__per_period'
    ],
) }}
