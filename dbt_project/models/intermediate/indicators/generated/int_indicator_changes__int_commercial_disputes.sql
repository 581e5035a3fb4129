-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- int_commercial_disputes: the periods whose measures its rows changed since the last build, through each of its
-- 3 measure passes (those whose meta names it), which read these of its columns
{{ config(materialized=measure_part_materialization()) }}
{{ measure_changes(
    'int_commercial_disputes',
    columns=[
        'appeal_days',
        'appeal_filing_date',
        'closing_date',
        'court_code',
        'dept_id',
        'effective_date',
        'enforcement_applied_amount',
        'enforcement_closing_date',
        'enforcement_closing_method',
        'enforcement_days',
        'enforcement_executed_amount',
        'first_instance_days',
        'handling_judge_id',
        'has_enforcement',
        'has_preservation',
        'involves_enterprise',
        'is_appealed',
        'is_effective',
        'is_enforcement_within_limit',
        'total_days'
    ],
) }}
