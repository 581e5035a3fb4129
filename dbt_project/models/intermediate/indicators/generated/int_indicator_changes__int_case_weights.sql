-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- int_case_weights: the periods whose measures its rows changed since the last build, through each of its
-- 2 measure passes (those whose meta names it), which read these of its columns
{{ config(materialized=measure_part_materialization()) }}
{{ measure_changes(
    'int_case_weights',
    columns=[
        'case_kind',
        'case_type_code',
        'case_weight',
        'closing_date',
        'court_code',
        'dept_id',
        'filing_date',
        'has_configured_weight'
    ],
) }}
