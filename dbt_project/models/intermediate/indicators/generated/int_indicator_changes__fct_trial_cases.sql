-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_trial_cases: the periods whose measures its rows changed since the last build, through each of its
-- 9 measure passes (those whose meta names it), which read these of its columns
{{ config(materialized=measure_part_materialization()) }}
{{ measure_changes(
    'fct_trial_cases',
    columns=[
        'bankruptcy_recovered_amount',
        'bankruptcy_reorganization',
        'bankruptcy_total_claims',
        'case_type_code',
        'cause_of_action',
        'claim_amount',
        'closing_date',
        'closing_method',
        'court_code',
        'dept_id',
        'duration_days',
        'elapsed_days',
        'extension_days',
        'filing_date',
        'handling_judge_id',
        'has_statutory_limit',
        'held_hearing_count',
        'involves_enterprise',
        'is_amended_or_remanded',
        'is_first_instance',
        'is_reviewed',
        'is_reviewed_by_second_instance',
        'is_second_instance',
        'is_within_limit',
        'original_case_id',
        'original_case_type_code',
        'original_court_code',
        'original_dept_id',
        'original_handling_judge_id',
        'presiding_judge_id',
        'procedure',
        'review_outcome',
        'statutory_limit_days',
        'suspended_days',
        'time_limit_event_count'
    ],
) }}
