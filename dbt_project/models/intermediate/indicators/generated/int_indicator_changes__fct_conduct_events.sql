-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_conduct_events: the periods whose measures its rows changed since the last build, through each of its
-- 1 measure passes (those whose meta names it), which read these of its columns
{{ config(materialized=measure_part_materialization()) }}
{{ measure_changes(
    'fct_conduct_events',
    columns=[
        'court_code',
        'dept_id',
        'event_date',
        'event_type',
        'person_id',
        'severity',
        'source',
        'verified'
    ],
) }}
