-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- int_quota_judge_postings: the periods whose measures its rows changed since the last build, through each of its
-- 1 measure passes (those whose meta names it), which read these of its columns
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
) }}
