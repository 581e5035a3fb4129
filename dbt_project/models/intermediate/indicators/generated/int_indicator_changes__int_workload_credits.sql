-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- int_workload_credits: the periods whose measures its rows changed since the last build, through each of its
-- 1 measure passes (those whose meta names it), which read these of its columns
{{ config(materialized=measure_part_materialization()) }}
{{ measure_changes(
    'int_workload_credits',
    columns=[
        'case_kind',
        'case_role',
        'case_type_code',
        'closing_date',
        'credit',
        'person_id'
    ],
) }}
