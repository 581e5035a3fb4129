-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_evaluations: the periods whose measures its rows changed since the last build (1 passes)
{{ config(materialized=measure_part_materialization()) }}
{{ measure_changes(
    'fct_evaluations',
    columns=[
        'evaluator_role',
        'period',
        'person_id',
        'score'
    ],
    passes=[
        'evaluations__for_period__per_period'
    ],
) }}
