-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- petition: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('petition')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('petition') }}

),

final as (

    {{ kept_period_rows('petition') }}
    select
        'petitions_received' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__received_in__count, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_petitions__received_in__count, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'petition_resolution_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__received_in__count__resolution_explained_or_resolved__resolved_by_period_end, 0) as double) as numerator,
        cast(coalesce(m_petitions__received_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_petitions__received_in__count, 0) != 0 then cast(coalesce(m_petitions__received_in__count__resolution_explained_or_resolved__resolved_by_period_end, 0) as double) / (coalesce(m_petitions__received_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'petition_on_time_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__received_in__count__is_resolved_on_time, 0) as double) as numerator,
        cast(coalesce(m_petitions__received_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_petitions__received_in__count, 0) != 0 then cast(coalesce(m_petitions__received_in__count__is_resolved_on_time, 0) as double) / (coalesce(m_petitions__received_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'repeat_petition_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__received_in__count__is_repeat, 0) as double) as numerator,
        cast(coalesce(m_petitions__received_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_petitions__received_in__count, 0) != 0 then cast(coalesce(m_petitions__received_in__count__is_repeat, 0) as double) / (coalesce(m_petitions__received_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'petitions_per_100_closed' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__received_in__count, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) + coalesce(m_enforcement_cases__closed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count, 0) + coalesce(m_enforcement_cases__closed_in__count, 0) != 0 then cast(coalesce(m_petitions__received_in__count, 0) as double) / (coalesce(m_trial_cases__closed_in__count, 0) + coalesce(m_enforcement_cases__closed_in__count, 0)) * 100 end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'petition_initial_resolution_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__resolved_in__count__not_is_repeat__resolution_resolved, 0) as double) as numerator,
        cast(coalesce(m_petitions__resolved_in__count__not_is_repeat, 0) as double) as denominator,
        cast(case when coalesce(m_petitions__resolved_in__count__not_is_repeat, 0) != 0 then cast(coalesce(m_petitions__resolved_in__count__not_is_repeat__resolution_resolved, 0) as double) / (coalesce(m_petitions__resolved_in__count__not_is_repeat, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'petition_online_share' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__received_in__count__channel_online, 0) as double) as numerator,
        cast(coalesce(m_petitions__received_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_petitions__received_in__count, 0) != 0 then cast(coalesce(m_petitions__received_in__count__channel_online, 0) as double) / (coalesce(m_petitions__received_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'ruling_dispute_petitions' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__received_in__count__category_ruling_dispute, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_petitions__received_in__count__category_ruling_dispute, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'delay_petitions' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__received_in__count__category_delay, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_petitions__received_in__count__category_delay, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'enforcement_petitions' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__received_in__count__category_enforcement, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_petitions__received_in__count__category_enforcement, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'conduct_petitions' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__received_in__count__category_conduct, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_petitions__received_in__count__category_conduct, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'collective_petitions' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__received_in__count__is_collective, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_petitions__received_in__count__is_collective, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'petition_backlog_resolution_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__open_at_start__count__resolution_resolved__resolved_by_period_end, 0) as double) as numerator,
        cast(coalesce(m_petitions__open_at_start__count, 0) as double) as denominator,
        cast(case when coalesce(m_petitions__open_at_start__count, 0) != 0 then cast(coalesce(m_petitions__open_at_start__count__resolution_resolved__resolved_by_period_end, 0) as double) / (coalesce(m_petitions__open_at_start__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'supreme_court_petitions' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__received_in__count__escalated_to_supreme_court, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_petitions__received_in__count__escalated_to_supreme_court, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'escalated_petition_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__received_in__count__escalated_to_higher_court_or_supreme_court, 0) as double) as numerator,
        cast(coalesce(m_petitions__received_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_petitions__received_in__count, 0) != 0 then cast(coalesce(m_petitions__received_in__count__escalated_to_higher_court_or_supreme_court, 0) as double) / (coalesce(m_petitions__received_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'case_related_petitions' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__received_in__count__has_related_case, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_petitions__received_in__count__has_related_case, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'petitions_per_10k' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__received_in__count, 0) as double) as numerator,
        cast(population as double) as denominator,
        cast(case when population > 0 then cast(coalesce(m_petitions__received_in__count, 0) as double) / population * 10000 end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'enforcement_petitions_per_100_closed' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__received_in__count__category_enforcement, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count, 0) != 0 then cast(coalesce(m_petitions__received_in__count__category_enforcement, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count, 0)) * 100 end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'trial_petitions_per_100_closed' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__received_in__count__category_not_enforcement, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count, 0) != 0 then cast(coalesce(m_petitions__received_in__count__category_not_enforcement, 0) as double) / (coalesce(m_trial_cases__closed_in__count, 0)) * 100 end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'enforcement_petition_completion_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__received_in__count__category_enforcement__resolved_by_period_end, 0) as double) as numerator,
        cast(coalesce(m_petitions__received_in__count__category_enforcement, 0) as double) as denominator,
        cast(case when coalesce(m_petitions__received_in__count__category_enforcement, 0) != 0 then cast(coalesce(m_petitions__received_in__count__category_enforcement__resolved_by_period_end, 0) as double) / (coalesce(m_petitions__received_in__count__category_enforcement, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'enforcement_officer', 'admin_staff'))

    union all

    select
        'petition_completion_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__received_in__count__resolved_by_period_end, 0) as double) as numerator,
        cast(coalesce(m_petitions__received_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_petitions__received_in__count, 0) != 0 then cast(coalesce(m_petitions__received_in__count__resolved_by_period_end, 0) as double) / (coalesce(m_petitions__received_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'enforcement_officer', 'admin_staff'))

    union all

    select
        'petitions_resolved' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__resolved_in__count, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_petitions__resolved_in__count, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'enforcement_officer', 'admin_staff'))

    union all

    select
        'petition_substantive_resolution_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__resolved_in__count__resolution_resolved, 0) as double) as numerator,
        cast(coalesce(m_petitions__resolved_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_petitions__resolved_in__count, 0) != 0 then cast(coalesce(m_petitions__resolved_in__count__resolution_resolved, 0) as double) / (coalesce(m_petitions__resolved_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'enforcement_officer', 'admin_staff'))

    union all

    select
        'petition_satisfaction_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__resolved_in__count__satisfaction_basically_satisfied_or_satisfied, 0) as double) as numerator,
        cast(coalesce(m_petitions__resolved_in__count__satisfaction_known, 0) as double) as denominator,
        cast(case when coalesce(m_petitions__resolved_in__count__satisfaction_known, 0) != 0 then cast(coalesce(m_petitions__resolved_in__count__satisfaction_basically_satisfied_or_satisfied, 0) as double) / (coalesce(m_petitions__resolved_in__count__satisfaction_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'enforcement_officer', 'admin_staff'))

    union all

    select
        'petition_rating_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__resolved_in__count__satisfaction_known, 0) as double) as numerator,
        cast(coalesce(m_petitions__resolved_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_petitions__resolved_in__count, 0) != 0 then cast(coalesce(m_petitions__resolved_in__count__satisfaction_known, 0) as double) / (coalesce(m_petitions__resolved_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'enforcement_officer', 'admin_staff'))

    union all

    select
        'petition_avg_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__resolved_in__sum_days_to_resolve, 0) as double) as numerator,
        cast(coalesce(m_petitions__resolved_in__count__days_to_resolve_known, 0) as double) as denominator,
        cast(case when coalesce(m_petitions__resolved_in__count__days_to_resolve_known, 0) != 0 then cast(coalesce(m_petitions__resolved_in__sum_days_to_resolve, 0) as double) / (coalesce(m_petitions__resolved_in__count__days_to_resolve_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'enforcement_officer', 'admin_staff'))

    union all

    select
        'petition_median_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(m_petitions__resolved_in__median_days_to_resolve as double) as numerator,
        cast(coalesce(m_petitions__resolved_in__count__days_to_resolve_known, 0) as double) as denominator,
        cast(case when coalesce(m_petitions__resolved_in__count__days_to_resolve_known, 0) > 0 then m_petitions__resolved_in__median_days_to_resolve end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'petitions_open_end' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__open_at_end__count, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_petitions__open_at_end__count, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'enforcement_officer', 'admin_staff'))

    union all

    select
        'petitions_overdue_end' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__open_at_end__count__is_overdue_at_end, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_petitions__open_at_end__count__is_overdue_at_end, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'enforcement_officer', 'admin_staff'))

    union all

    select
        'petition_overdue_share' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_petitions__open_at_end__count__is_overdue_at_end, 0) as double) as numerator,
        cast(coalesce(m_petitions__open_at_end__count, 0) as double) as denominator,
        cast(case when coalesce(m_petitions__open_at_end__count, 0) != 0 then cast(coalesce(m_petitions__open_at_end__count__is_overdue_at_end, 0) as double) / (coalesce(m_petitions__open_at_end__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'enforcement_officer', 'admin_staff'))

)

select * from final
