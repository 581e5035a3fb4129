-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_enforcement_cases: the periods whose measures its rows changed since the last build, through each of its
-- 5 measure passes (those whose meta names it), which read these of its columns
{{ config(materialized=measure_part_materialization()) }}
{{ measure_changes(
    'fct_enforcement_cases',
    columns=[
        'action_count',
        'applied_amount',
        'case_type_code',
        'closing_date',
        'closing_method',
        'court_code',
        'dept_id',
        'duration_days',
        'executed_amount',
        'extension_days',
        'filing_date',
        'handling_officer_id',
        'is_first_enforcement',
        'is_within_limit',
        'source_case_number'
    ],
) }}
