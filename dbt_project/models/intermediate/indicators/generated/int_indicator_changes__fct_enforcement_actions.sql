-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_enforcement_actions: the periods whose measures its rows changed since the last build, through each of its
-- 1 measure passes (those whose meta names it), which read these of its columns
{{ config(materialized=measure_part_materialization()) }}
{{ measure_changes(
    'fct_enforcement_actions',
    columns=[
        'action_date',
        'action_type',
        'amount',
        'court_code',
        'dept_id',
        'handling_officer_id'
    ],
) }}
