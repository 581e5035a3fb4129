-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_petitions: the periods whose measures its rows changed since the last build, through each of its
-- 7 measure passes (those whose meta names it), which read these of its columns
{{ config(materialized=measure_part_materialization()) }}
{{ measure_changes(
    'fct_petitions',
    columns=[
        'category',
        'channel',
        'court_code',
        'due_date',
        'escalated_to',
        'handler_dept_id',
        'handler_id',
        'is_collective',
        'is_repeat',
        'is_resolved_on_time',
        'received_date',
        'related_case_number',
        'resolution',
        'resolved_date',
        'satisfaction'
    ],
) }}
