-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_hearings: the periods whose measures its rows changed since the last build, through each of its
-- 2 measure passes (those whose meta names it), which read these of its columns
{{ config(materialized=measure_part_materialization()) }}
{{ measure_changes(
    'fct_hearings',
    columns=[
        'case_type_code',
        'court_code',
        'dept_id',
        'duration_minutes',
        'held_date',
        'livestreamed',
        'presiding_id',
        'scheduled_date',
        'status'
    ],
) }}
