-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_conduct_events: the periods whose measures its rows changed since the last build (1 passes)
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
    passes=[
        'conduct_events__occurred_in'
    ],
) }}
