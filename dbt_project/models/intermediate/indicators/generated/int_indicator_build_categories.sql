-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- The periods each values table rebuilds tonight: where a relation its indicators read, or the
-- scaffold, changed since the last build (a late enforcement changes a 2024 dispute's periods for 营商环境 only)
with

changed as (

    select * from {{ ref('int_indicator_changed_periods') }}

),

final as (

    select distinct
        'trial' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_documents',
            'fct_enforcement_cases',
            'fct_hearings',
            'fct_trial_cases',
            'int_quota_judge_postings',
            'int_indicator_scaffold'
        )

    union all

    select distinct
        'enforcement' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_enforcement_cases',
            'int_quota_judge_postings',
            'int_indicator_scaffold'
        )

    union all

    select distinct
        'litigation_source' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_enforcement_cases',
            'fct_mediations',
            'fct_trial_cases',
            'int_indicator_scaffold'
        )

    union all

    select distinct
        'petition' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_enforcement_cases',
            'fct_petitions',
            'fct_trial_cases',
            'int_indicator_scaffold'
        )

    union all

    select distinct
        'business_environment' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_enforcement_cases',
            'fct_trial_cases',
            'int_commercial_disputes',
            'int_indicator_scaffold'
        )

    union all

    select distinct
        'civil_trial' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_trial_cases',
            'int_indicator_scaffold'
        )

    union all

    select distinct
        'criminal_trial' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_trial_cases',
            'int_indicator_scaffold'
        )

    union all

    select distinct
        'administrative_trial' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_trial_cases',
            'int_indicator_scaffold'
        )

    union all

    select distinct
        'appeal_and_retrial' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_trial_cases',
            'int_indicator_scaffold'
        )

    union all

    select distinct
        'filing' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_enforcement_cases',
            'fct_trial_cases',
            'int_quota_judge_postings',
            'int_indicator_scaffold'
        )

    union all

    select distinct
        'time_limit' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_trial_cases',
            'int_indicator_scaffold'
        )

    union all

    select distinct
        'hearing' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_hearings',
            'fct_trial_cases',
            'int_quota_judge_postings',
            'int_indicator_scaffold'
        )

    union all

    select distinct
        'judgment_document' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_documents',
            'fct_trial_cases',
            'int_quota_judge_postings',
            'int_indicator_scaffold'
        )

    union all

    select distinct
        'case_quality' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_case_inspections',
            'fct_trial_cases',
            'int_indicator_scaffold'
        )

    union all

    select distinct
        'enforcement_measures' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_enforcement_actions',
            'fct_enforcement_cases',
            'int_indicator_scaffold'
        )

    union all

    select distinct
        'bankruptcy' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_trial_cases',
            'int_indicator_scaffold'
        )

    union all

    select distinct
        'workload' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_documents',
            'fct_hearings',
            'int_case_weights',
            'int_quota_judge_postings',
            'int_workload_credits',
            'int_indicator_scaffold'
        )

    union all

    select distinct
        'conduct' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_conduct_events',
            'fct_documents',
            'int_quota_judge_postings',
            'int_indicator_scaffold'
        )

    union all

    select distinct
        'comprehensive_work' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_work_items',
            'int_indicator_scaffold'
        )

    union all

    select distinct
        'evaluation' as category,
        period_type,
        period
    from changed
    where
        relation in (
            'fct_evaluations',
            'int_indicator_scaffold'
        )

)

select * from final
