-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_evaluations: the periods whose measures its rows changed since the last build, through each of its
-- 1 measure passes (those whose meta names it), which read these of its columns
{{ config(materialized=measure_part_materialization()) }}
{{ measure_changes(
    'fct_evaluations',
    columns=[
        'evaluator_role',
        'period',
        'person_id',
        'score'
    ],
) }}
