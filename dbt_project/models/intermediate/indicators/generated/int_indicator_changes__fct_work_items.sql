-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_work_items: the periods whose measures its rows changed since the last build, through each of its
-- 1 measure passes (those whose meta names it), which read these of its columns
{{ config(materialized=measure_part_materialization()) }}
{{ measure_changes(
    'fct_work_items',
    columns=[
        'adopted_level',
        'court_code',
        'dept_id',
        'item_date',
        'item_type',
        'person_id',
        'quality_grade',
        'quantity'
    ],
) }}
