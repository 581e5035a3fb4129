-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_case_inspections: the periods whose measures its rows changed since the last build, through each of its
-- 1 measure passes (those whose meta names it), which read these of its columns
{{ config(materialized=measure_part_materialization()) }}
{{ measure_changes(
    'fct_case_inspections',
    columns=[
        'court_code',
        'defect_count',
        'dept_id',
        'inspection_date',
        'inspection_type',
        'responsible_person_id',
        'result',
        'score'
    ],
) }}
