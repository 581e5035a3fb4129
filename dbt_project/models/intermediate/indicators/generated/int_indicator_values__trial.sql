-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- trial: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('trial')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('trial') }}

),

final as (

    {{ kept_period_rows('trial') }}
    select
        'filed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__filed_in__count, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'closed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'carried_over_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__carried_over__count, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__carried_over__count, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'pending_cases_end' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__pending_at_end__count, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'closure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__carried_over__count, 0) + coalesce(m_trial_cases__filed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__carried_over__count, 0) + coalesce(m_trial_cases__filed_in__count, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count, 0) as double) / (coalesce(m_trial_cases__carried_over__count, 0) + coalesce(m_trial_cases__filed_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'clearance_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__filed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__filed_in__count, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count, 0) as double) / (coalesce(m_trial_cases__filed_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'disposition_time_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count, 0) != 0 then cast(coalesce(m_trial_cases__pending_at_end__count, 0) as double) / (coalesce(m_trial_cases__closed_in__count, 0)) * days_in_period end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'within_limit_closure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_within_limit, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_within_limit, 0) as double) / (coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_duration_days, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__duration_days_known, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__duration_days_known, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_duration_days, 0) as double) / (coalesce(m_trial_cases__closed_in__count__duration_days_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'long_pending_12m' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_12_months_at_end, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_12_months_at_end, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'long_pending_ratio' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_12_months_at_end, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__pending_at_end__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__pending_at_end__count, 0) != 0 then cast(coalesce(m_trial_cases__pending_at_end__count__age_over_12_months_at_end, 0) as double) / (coalesce(m_trial_cases__pending_at_end__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'mediation_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__closing_method_mediation, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__closing_method_mediation, 0) as double) / (coalesce(m_trial_cases__closed_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'withdrawal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__closing_method_withdrawal, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__closing_method_withdrawal, 0) as double) / (coalesce(m_trial_cases__closed_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'mediation_withdrawal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__closing_method_mediation_or_withdrawal, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__closing_method_mediation_or_withdrawal, 0) as double) / (coalesce(m_trial_cases__closed_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'appeal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__closing_method_judgment_or_ruling__is_first_instance_74a07f8f22, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__closing_method_judgment_or_ruling__is_first_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__closing_method_judgment_or_ruling__is_first_instance, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__closing_method_judgment_or_ruling__is_first_instance_74a07f8f22, 0) as double) / (coalesce(m_trial_cases__closed_in__count__closing_method_judgment_or_ruling__is_first_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'acceptance_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance__is_reviewed, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) != 0 then 1 - cast(coalesce(m_trial_cases__closed_in__count__is_first_instance__is_reviewed, 0) as double) / (coalesce(m_trial_cases__closed_in__count__is_first_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'first_instance_reversal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) != 0 then cast(coalesce(m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance, 0) as double) / (coalesce(m_trial_cases__closed_in__count__is_first_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'second_instance_reversal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_amended_or_remanded__is_second_instance, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_amended_or_remanded__is_second_instance, 0) as double) / (coalesce(m_trial_cases__closed_in__count__is_second_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'cases_closed_per_judge' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as denominator,
        cast(case when coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count, 0) as double) / (coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'document_online_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_documents__signed_in__count__published_online, 0) as double) as numerator,
        cast(coalesce(m_documents__signed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_documents__signed_in__count, 0) != 0 then cast(coalesce(m_documents__signed_in__count__published_online, 0) as double) / (coalesce(m_documents__signed_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'livestream_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__held_in__count__livestreamed__status_held, 0) as double) as numerator,
        cast(coalesce(m_hearings__held_in__count__status_held, 0) as double) as denominator,
        cast(case when coalesce(m_hearings__held_in__count__status_held, 0) != 0 then cast(coalesce(m_hearings__held_in__count__livestreamed__status_held, 0) as double) / (coalesce(m_hearings__held_in__count__status_held, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'trial_date_certainty' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__scheduled_in__count__held_on_schedule__status_held, 0) as double) as numerator,
        cast(coalesce(m_hearings__scheduled_in__count__status_held_or_postponed, 0) as double) as denominator,
        cast(case when coalesce(m_hearings__scheduled_in__count__status_held_or_postponed, 0) != 0 then cast(coalesce(m_hearings__scheduled_in__count__held_on_schedule__status_held, 0) as double) / (coalesce(m_hearings__scheduled_in__count__status_held_or_postponed, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'age_pending_median_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(m_trial_cases__pending_at_end__median_age_days_at_end as double) as numerator,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_days_at_end_known, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__pending_at_end__count__age_days_at_end_known, 0) > 0 then m_trial_cases__pending_at_end__median_age_days_at_end end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'time_to_disposition_180d' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__elapsed_days_le_180, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__elapsed_days_le_180, 0) as double) / (coalesce(m_trial_cases__closed_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'case_to_proceeding_ratio' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__is_first_instance, 0) + coalesce(m_case_reviews__filed_in__count, 0) + coalesce(m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_own_court_judgment, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__filed_in__count__is_first_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__filed_in__count__is_first_instance, 0) != 0 then cast(coalesce(m_trial_cases__filed_in__count__is_first_instance, 0) + coalesce(m_case_reviews__filed_in__count, 0) + coalesce(m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_own_court_judgment, 0) as double) / (coalesce(m_trial_cases__filed_in__count__is_first_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'derived_cases_filed' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_reviews__filed_in__count, 0) + coalesce(m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_own_court_judgment, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_case_reviews__filed_in__count, 0) + coalesce(m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_own_court_judgment, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'effective_judgment_reversal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_reviews__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__is_amen_7c76016cb2, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) + coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) + coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) != 0 then cast(coalesce(m_case_reviews__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__is_amen_7c76016cb2, 0) as double) / (coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) + coalesce(m_trial_cases__closed_in__count__is_second_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'long_pending_24m' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_days_at_end_gt_730, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_days_at_end_gt_730, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))

    union all

    select
        'long_pending_36m_ratio' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_36_months_at_end, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__pending_at_end__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__pending_at_end__count, 0) != 0 then cast(coalesce(m_trial_cases__pending_at_end__count__age_over_36_months_at_end, 0) as double) / (coalesce(m_trial_cases__pending_at_end__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))

    union all

    select
        'first_instance_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance__is_within_limit, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit__is_first_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__has_statutory_limit__is_first_instance, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_first_instance__is_within_limit, 0) as double) / (coalesce(m_trial_cases__closed_in__count__has_statutory_limit__is_first_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'pending_with_limit_events_ratio' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count__has_time_limit_events, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__pending_at_end__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__pending_at_end__count, 0) != 0 then cast(coalesce(m_trial_cases__pending_at_end__count__has_time_limit_events, 0) as double) / (coalesce(m_trial_cases__pending_at_end__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))

    union all

    select
        'first_instance_simplified_procedure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance__procedure_simple_or_small_claims_or_speedy, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_first_instance__procedure_simple_or_small_claims_or_speedy, 0) as double) / (coalesce(m_trial_cases__closed_in__count__is_first_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'first_instance_collegial_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__has_collegial_panel__is_first_instance, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__has_collegial_panel__is_first_instance, 0) as double) / (coalesce(m_trial_cases__closed_in__count__is_first_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'median_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(m_trial_cases__closed_in__median_duration_days as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__duration_days_known, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__duration_days_known, 0) > 0 then m_trial_cases__closed_in__median_duration_days end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))

    union all

    select
        'first_instance_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_duration_days__is_first_instance, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__duration_days_known__is_first_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__duration_days_known__is_first_instance, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_duration_days__is_first_instance, 0) as double) / (coalesce(m_trial_cases__closed_in__count__duration_days_known__is_first_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'pending_cases_per_judge' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count, 0) as double) as numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as denominator,
        cast(case when coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) != 0 then cast(coalesce(m_trial_cases__pending_at_end__count, 0) as double) / (coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'first_instance_closed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'first_instance_closure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__carried_over__count__is_first_instance, 0) + coalesce(m_trial_cases__filed_in__count__is_first_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__carried_over__count__is_first_instance, 0) + coalesce(m_trial_cases__filed_in__count__is_first_instance, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) / (coalesce(m_trial_cases__carried_over__count__is_first_instance, 0) + coalesce(m_trial_cases__filed_in__count__is_first_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'litigation_closure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_not_presuit_confirm, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__carried_over__count__case_type_code_not_presuit_confirm, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__carried_over__count__case_type_code_not_presuit_confirm, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_not_presuit_confirm, 0) as double) / (coalesce(m_trial_cases__carried_over__count__case_type_code_not_presuit_confirm, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))

    union all

    select
        'closed_claim_amount' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_claim_amount, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__closed_in__sum_claim_amount, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))

    union all

    select
        'first_instance_clearance_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__filed_in__count__is_first_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__filed_in__count__is_first_instance, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) / (coalesce(m_trial_cases__filed_in__count__is_first_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'first_instance_pending_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count__is_first_instance, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__pending_at_end__count__is_first_instance, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'first_instance_mediation_withdrawal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__closing_method_mediation_or_withdrawal__is_first_instance, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__closing_method_mediation_or_withdrawal__is_first_instance, 0) as double) / (coalesce(m_trial_cases__closed_in__count__is_first_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'second_instance_acceptance_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_reviewed__is_second_instance, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) != 0 then 1 - cast(coalesce(m_trial_cases__closed_in__count__is_reviewed__is_second_instance, 0) as double) / (coalesce(m_trial_cases__closed_in__count__is_second_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'carried_over_closure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__carried_over__count__closed_by_period_end, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__carried_over__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__carried_over__count, 0) != 0 then cast(coalesce(m_trial_cases__carried_over__count__closed_by_period_end, 0) as double) / (coalesce(m_trial_cases__carried_over__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))

    union all

    select
        'filed_closed_same_period_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__closed_by_period_end, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__filed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__filed_in__count, 0) != 0 then cast(coalesce(m_trial_cases__filed_in__count__closed_by_period_end, 0) as double) / (coalesce(m_trial_cases__filed_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))

    union all

    select
        'trial_enforcement_closure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_not_presuit_confirm, 0) + coalesce(m_enforcement_cases__closed_in__count__case_type_code_not_v4f173f_or_vcef0b2, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__carried_over__count__case_type_code_not_presuit_confirm, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm, 0) + coalesce(m_enforcement_cases__carried_over__count__case_type_code_not_v4f173f_or_vcef0b2, 0) + coalesce(m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__carried_over__count__case_type_code_not_presuit_confirm, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm, 0) + coalesce(m_enforcement_cases__carried_over__count__case_type_code_not_v4f173f_or_vcef0b2, 0) + coalesce(m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_not_presuit_confirm, 0) + coalesce(m_enforcement_cases__closed_in__count__case_type_code_not_v4f173f_or_vcef0b2, 0) as double) / (coalesce(m_trial_cases__carried_over__count__case_type_code_not_presuit_confirm, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm, 0) + coalesce(m_enforcement_cases__carried_over__count__case_type_code_not_v4f173f_or_vcef0b2, 0) + coalesce(m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'trial_enforcement_closed_per_judge' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_not_presuit_confirm, 0) + coalesce(m_enforcement_cases__closed_in__count__case_type_code_not_v4f173f_or_vcef0b2, 0) as double) as numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as denominator,
        cast(case when coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_not_presuit_confirm, 0) + coalesce(m_enforcement_cases__closed_in__count__case_type_code_not_v4f173f_or_vcef0b2, 0) as double) / (coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'accepted_cases_per_judge' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__carried_over__count, 0) + coalesce(m_trial_cases__filed_in__count, 0) as double) as numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as denominator,
        cast(case when coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) != 0 then cast(coalesce(m_trial_cases__carried_over__count, 0) + coalesce(m_trial_cases__filed_in__count, 0) as double) / (coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'avg_closed_claim_amount' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_claim_amount, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__claim_amount_known, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__claim_amount_known, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_claim_amount, 0) as double) / (coalesce(m_trial_cases__closed_in__count__claim_amount_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))

    union all

    select
        'mediation_withdrawal_closed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__closing_method_mediation_or_withdrawal, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__closed_in__count__closing_method_mediation_or_withdrawal, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))

)

select * from final
