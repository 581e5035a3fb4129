-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_documents: the periods whose measures its rows changed since the last build, through each of its
-- 2 measure passes (those whose meta names it), which read these of its columns
{{ config(materialized=measure_part_materialization()) }}
{{ measure_changes(
    'fct_documents',
    columns=[
        'case_type_code',
        'court_code',
        'dept_id',
        'doc_type',
        'errata_count',
        'handling_judge_id',
        'published_date',
        'published_online',
        'signed_date'
    ],
) }}
