-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- int_quota_judge_postings: the periods whose measures its rows changed since the last build (1 passes)
{{ config(materialized=measure_part_materialization()) }}
{{ measure_changes(
    'int_quota_judge_postings',
    columns=[
        'court_code',
        'dept_id',
        'person_id',
        'valid_from',
        'valid_to'
    ],
    passes=[
        'quota_judges__posted_in__per_period'
    ],
) }}
