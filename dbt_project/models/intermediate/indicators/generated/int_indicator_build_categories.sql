-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- The periods each values table rebuilds tonight: where a relation its indicators read, or the
-- scaffold, changed since the last build (a late enforcement changes a 2024 dispute's periods for 营商环境 only)
with

changed as (

    select * from {{ ref('int_indicator_changed_periods') }}

),

-- the relations each category's indicators read, and the scaffold, which every category reads
category_relations as (

    select
        cast(literal_rows.category as {{ dbt.type_string() }}) as category,
        cast(literal_rows.relation as {{ dbt.type_string() }}) as relation
    from (
        values
        ('trial', 'fct_documents'),
        ('trial', 'fct_enforcement_cases'),
        ('trial', 'fct_hearings'),
        ('trial', 'fct_trial_cases'),
        ('trial', 'int_quota_judge_postings'),
        ('trial', 'int_indicator_scaffold'),
        ('enforcement', 'fct_enforcement_cases'),
        ('enforcement', 'int_quota_judge_postings'),
        ('enforcement', 'int_indicator_scaffold'),
        ('litigation_source', 'fct_enforcement_cases'),
        ('litigation_source', 'fct_mediations'),
        ('litigation_source', 'fct_trial_cases'),
        ('litigation_source', 'int_indicator_scaffold'),
        ('petition', 'fct_enforcement_cases'),
        ('petition', 'fct_petitions'),
        ('petition', 'fct_trial_cases'),
        ('petition', 'int_indicator_scaffold'),
        ('business_environment', 'fct_enforcement_cases'),
        ('business_environment', 'fct_trial_cases'),
        ('business_environment', 'int_commercial_disputes'),
        ('business_environment', 'int_indicator_scaffold'),
        ('civil_trial', 'fct_trial_cases'),
        ('civil_trial', 'int_indicator_scaffold'),
        ('criminal_trial', 'fct_trial_cases'),
        ('criminal_trial', 'int_indicator_scaffold'),
        ('administrative_trial', 'fct_trial_cases'),
        ('administrative_trial', 'int_indicator_scaffold'),
        ('appeal_and_retrial', 'fct_trial_cases'),
        ('appeal_and_retrial', 'int_indicator_scaffold'),
        ('filing', 'fct_enforcement_cases'),
        ('filing', 'fct_trial_cases'),
        ('filing', 'int_quota_judge_postings'),
        ('filing', 'int_indicator_scaffold'),
        ('time_limit', 'fct_trial_cases'),
        ('time_limit', 'int_indicator_scaffold'),
        ('hearing', 'fct_hearings'),
        ('hearing', 'fct_trial_cases'),
        ('hearing', 'int_quota_judge_postings'),
        ('hearing', 'int_indicator_scaffold'),
        ('judgment_document', 'fct_documents'),
        ('judgment_document', 'fct_trial_cases'),
        ('judgment_document', 'int_quota_judge_postings'),
        ('judgment_document', 'int_indicator_scaffold'),
        ('case_quality', 'fct_case_inspections'),
        ('case_quality', 'fct_trial_cases'),
        ('case_quality', 'int_indicator_scaffold'),
        ('enforcement_measures', 'fct_enforcement_actions'),
        ('enforcement_measures', 'fct_enforcement_cases'),
        ('enforcement_measures', 'int_indicator_scaffold'),
        ('bankruptcy', 'fct_trial_cases'),
        ('bankruptcy', 'int_indicator_scaffold'),
        ('workload', 'fct_documents'),
        ('workload', 'fct_hearings'),
        ('workload', 'int_case_weights'),
        ('workload', 'int_quota_judge_postings'),
        ('workload', 'int_workload_credits'),
        ('workload', 'int_indicator_scaffold'),
        ('conduct', 'fct_conduct_events'),
        ('conduct', 'fct_documents'),
        ('conduct', 'int_quota_judge_postings'),
        ('conduct', 'int_indicator_scaffold'),
        ('comprehensive_work', 'fct_work_items'),
        ('comprehensive_work', 'int_indicator_scaffold'),
        ('evaluation', 'fct_evaluations'),
        ('evaluation', 'int_indicator_scaffold')
    ) as literal_rows (category, relation)

),

final as (

    select distinct
        category_relations.category,
        changed.period_type,
        changed.period
    from category_relations
    inner join changed
        on category_relations.relation = changed.relation

)

select * from final
