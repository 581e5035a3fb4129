-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_mediations: the periods whose measures its rows changed since the last build, through each of its
-- 5 measure passes (those whose meta names it), which read these of its columns
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
) }}
