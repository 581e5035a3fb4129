-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- petition: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('petition')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('petition') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- petitions_received (from 2016-01-01)
        'petitions_received' as petitions_received__indicator_id,
        '2016-01-01' as petitions_received__definition_valid_from,
        cast(coalesce(m_petitions__received_in__count, 0) as double) as petitions_received__numerator,
        cast(null as double) as petitions_received__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as petitions_received__applies,
        -- petition_resolution_rate (from 2016-01-01)
        'petition_resolution_rate' as petition_resolution_rate__indicator_id,
        '2016-01-01' as petition_resolution_rate__definition_valid_from,
        cast(
            coalesce(m_petitions__received_in__count__resolution_explained_or_resolved__resolved_by_period_end, 0)
            as double
        ) as petition_resolution_rate__numerator,
        cast(coalesce(m_petitions__received_in__count, 0) as double) as petition_resolution_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as petition_resolution_rate__applies,
        -- petition_on_time_rate (from 2016-01-01)
        'petition_on_time_rate' as petition_on_time_rate__indicator_id,
        '2016-01-01' as petition_on_time_rate__definition_valid_from,
        cast(coalesce(m_petitions__received_in__count__is_resolved_on_time, 0) as double) as petition_on_time_rate__numerator,
        cast(coalesce(m_petitions__received_in__count, 0) as double) as petition_on_time_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as petition_on_time_rate__applies,
        -- repeat_petition_rate (from 2016-01-01)
        'repeat_petition_rate' as repeat_petition_rate__indicator_id,
        '2016-01-01' as repeat_petition_rate__definition_valid_from,
        cast(coalesce(m_petitions__received_in__count__is_repeat, 0) as double) as repeat_petition_rate__numerator,
        cast(coalesce(m_petitions__received_in__count, 0) as double) as repeat_petition_rate__denominator,
        {{ indicator_applies(levels=['court', 'department', 'person', 'city'], valid_from='2016-01-01') }} as repeat_petition_rate__applies,
        -- petitions_per_100_closed (from 2016-01-01)
        'petitions_per_100_closed' as petitions_per_100_closed__indicator_id,
        '2016-01-01' as petitions_per_100_closed__definition_valid_from,
        cast(coalesce(m_petitions__received_in__count, 0) as double) as petitions_per_100_closed__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count, 0)
            + coalesce(m_enforcement_cases__closed_in__count, 0)
            as double
        ) as petitions_per_100_closed__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as petitions_per_100_closed__applies,
        -- petition_initial_resolution_rate (from 2016-01-01)
        'petition_initial_resolution_rate' as petition_initial_resolution_rate__indicator_id,
        '2016-01-01' as petition_initial_resolution_rate__definition_valid_from,
        cast(
            coalesce(m_petitions__resolved_in__count__not_is_repeat__resolution_resolved, 0)
            as double
        ) as petition_initial_resolution_rate__numerator,
        cast(coalesce(m_petitions__resolved_in__count__not_is_repeat, 0) as double) as petition_initial_resolution_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
        ) }} as petition_initial_resolution_rate__applies,
        -- petition_online_share (from 2016-01-01)
        'petition_online_share' as petition_online_share__indicator_id,
        '2016-01-01' as petition_online_share__definition_valid_from,
        cast(coalesce(m_petitions__received_in__count__channel_online, 0) as double) as petition_online_share__numerator,
        cast(coalesce(m_petitions__received_in__count, 0) as double) as petition_online_share__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as petition_online_share__applies,
        -- ruling_dispute_petitions (from 2016-01-01)
        'ruling_dispute_petitions' as ruling_dispute_petitions__indicator_id,
        '2016-01-01' as ruling_dispute_petitions__definition_valid_from,
        cast(coalesce(m_petitions__received_in__count__category_ruling_dispute, 0) as double) as ruling_dispute_petitions__numerator,
        cast(null as double) as ruling_dispute_petitions__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as ruling_dispute_petitions__applies,
        -- delay_petitions (from 2016-01-01)
        'delay_petitions' as delay_petitions__indicator_id,
        '2016-01-01' as delay_petitions__definition_valid_from,
        cast(coalesce(m_petitions__received_in__count__category_delay, 0) as double) as delay_petitions__numerator,
        cast(null as double) as delay_petitions__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as delay_petitions__applies,
        -- enforcement_petitions (from 2016-01-01)
        'enforcement_petitions' as enforcement_petitions__indicator_id,
        '2016-01-01' as enforcement_petitions__definition_valid_from,
        cast(coalesce(m_petitions__received_in__count__category_enforcement, 0) as double) as enforcement_petitions__numerator,
        cast(null as double) as enforcement_petitions__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as enforcement_petitions__applies,
        -- conduct_petitions (from 2016-01-01)
        'conduct_petitions' as conduct_petitions__indicator_id,
        '2016-01-01' as conduct_petitions__definition_valid_from,
        cast(coalesce(m_petitions__received_in__count__category_conduct, 0) as double) as conduct_petitions__numerator,
        cast(null as double) as conduct_petitions__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as conduct_petitions__applies,
        -- collective_petitions (from 2016-01-01)
        'collective_petitions' as collective_petitions__indicator_id,
        '2016-01-01' as collective_petitions__definition_valid_from,
        cast(coalesce(m_petitions__received_in__count__is_collective, 0) as double) as collective_petitions__numerator,
        cast(null as double) as collective_petitions__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as collective_petitions__applies,
        -- petition_backlog_resolution_rate (from 2016-01-01)
        'petition_backlog_resolution_rate' as petition_backlog_resolution_rate__indicator_id,
        '2016-01-01' as petition_backlog_resolution_rate__definition_valid_from,
        cast(
            coalesce(m_petitions__open_at_start__count__resolution_resolved__resolved_by_period_end, 0)
            as double
        ) as petition_backlog_resolution_rate__numerator,
        cast(coalesce(m_petitions__open_at_start__count, 0) as double) as petition_backlog_resolution_rate__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as petition_backlog_resolution_rate__applies,
        -- supreme_court_petitions (from 2016-01-01)
        'supreme_court_petitions' as supreme_court_petitions__indicator_id,
        '2016-01-01' as supreme_court_petitions__definition_valid_from,
        cast(coalesce(m_petitions__received_in__count__escalated_to_supreme_court, 0) as double) as supreme_court_petitions__numerator,
        cast(null as double) as supreme_court_petitions__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as supreme_court_petitions__applies,
        -- escalated_petition_rate (from 2016-01-01)
        'escalated_petition_rate' as escalated_petition_rate__indicator_id,
        '2016-01-01' as escalated_petition_rate__definition_valid_from,
        cast(
            coalesce(m_petitions__received_in__count__escalated_to_higher_court_or_supreme_court, 0)
            as double
        ) as escalated_petition_rate__numerator,
        cast(coalesce(m_petitions__received_in__count, 0) as double) as escalated_petition_rate__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as escalated_petition_rate__applies,
        -- case_related_petitions (from 2016-01-01)
        'case_related_petitions' as case_related_petitions__indicator_id,
        '2016-01-01' as case_related_petitions__definition_valid_from,
        cast(coalesce(m_petitions__received_in__count__has_related_case, 0) as double) as case_related_petitions__numerator,
        cast(null as double) as case_related_petitions__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as case_related_petitions__applies,
        -- petitions_per_10k (from 2016-01-01)
        'petitions_per_10k' as petitions_per_10k__indicator_id,
        '2016-01-01' as petitions_per_10k__definition_valid_from,
        cast(coalesce(m_petitions__received_in__count, 0) as double) as petitions_per_10k__numerator,
        cast(population as double) as petitions_per_10k__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as petitions_per_10k__applies,
        -- enforcement_petitions_per_100_closed (from 2016-01-01)
        'enforcement_petitions_per_100_closed' as enforcement_petitions_per_100_closed__indicator_id,
        '2016-01-01' as enforcement_petitions_per_100_closed__definition_valid_from,
        cast(
            coalesce(m_petitions__received_in__count__category_enforcement, 0)
            as double
        ) as enforcement_petitions_per_100_closed__numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count, 0) as double) as enforcement_petitions_per_100_closed__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as enforcement_petitions_per_100_closed__applies,
        -- trial_petitions_per_100_closed (from 2016-01-01)
        'trial_petitions_per_100_closed' as trial_petitions_per_100_closed__indicator_id,
        '2016-01-01' as trial_petitions_per_100_closed__definition_valid_from,
        cast(coalesce(m_petitions__received_in__count__category_not_enforcement, 0) as double) as trial_petitions_per_100_closed__numerator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as trial_petitions_per_100_closed__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as trial_petitions_per_100_closed__applies,
        -- enforcement_petition_completion_rate (from 2016-01-01)
        'enforcement_petition_completion_rate' as enforcement_petition_completion_rate__indicator_id,
        '2016-01-01' as enforcement_petition_completion_rate__definition_valid_from,
        cast(
            coalesce(m_petitions__received_in__count__category_enforcement__resolved_by_period_end, 0)
            as double
        ) as enforcement_petition_completion_rate__numerator,
        cast(
            coalesce(m_petitions__received_in__count__category_enforcement, 0)
            as double
        ) as enforcement_petition_completion_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=[
                'president',
                'vice_president',
                'division_chief',
                'deputy_division_chief',
                'judge',
                'judge_assistant',
                'enforcement_officer',
                'admin_staff',
            ],
        ) }} as enforcement_petition_completion_rate__applies,
        -- petition_completion_rate (from 2016-01-01)
        'petition_completion_rate' as petition_completion_rate__indicator_id,
        '2016-01-01' as petition_completion_rate__definition_valid_from,
        cast(coalesce(m_petitions__received_in__count__resolved_by_period_end, 0) as double) as petition_completion_rate__numerator,
        cast(coalesce(m_petitions__received_in__count, 0) as double) as petition_completion_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=[
                'president',
                'vice_president',
                'division_chief',
                'deputy_division_chief',
                'judge',
                'judge_assistant',
                'enforcement_officer',
                'admin_staff',
            ],
        ) }} as petition_completion_rate__applies,
        -- petitions_resolved (from 2016-01-01)
        'petitions_resolved' as petitions_resolved__indicator_id,
        '2016-01-01' as petitions_resolved__definition_valid_from,
        cast(coalesce(m_petitions__resolved_in__count, 0) as double) as petitions_resolved__numerator,
        cast(null as double) as petitions_resolved__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=[
                'president',
                'vice_president',
                'division_chief',
                'deputy_division_chief',
                'judge',
                'judge_assistant',
                'enforcement_officer',
                'admin_staff',
            ],
        ) }} as petitions_resolved__applies,
        -- petition_substantive_resolution_rate (from 2016-01-01)
        'petition_substantive_resolution_rate' as petition_substantive_resolution_rate__indicator_id,
        '2016-01-01' as petition_substantive_resolution_rate__definition_valid_from,
        cast(
            coalesce(m_petitions__resolved_in__count__resolution_resolved, 0)
            as double
        ) as petition_substantive_resolution_rate__numerator,
        cast(coalesce(m_petitions__resolved_in__count, 0) as double) as petition_substantive_resolution_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=[
                'president',
                'vice_president',
                'division_chief',
                'deputy_division_chief',
                'judge',
                'judge_assistant',
                'enforcement_officer',
                'admin_staff',
            ],
        ) }} as petition_substantive_resolution_rate__applies,
        -- petition_satisfaction_rate (from 2016-01-01)
        'petition_satisfaction_rate' as petition_satisfaction_rate__indicator_id,
        '2016-01-01' as petition_satisfaction_rate__definition_valid_from,
        cast(
            coalesce(m_petitions__resolved_in__count__satisfaction_basically_satisfied_or_satisfied, 0)
            as double
        ) as petition_satisfaction_rate__numerator,
        cast(coalesce(m_petitions__resolved_in__count__satisfaction_known, 0) as double) as petition_satisfaction_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=[
                'president',
                'vice_president',
                'division_chief',
                'deputy_division_chief',
                'judge',
                'judge_assistant',
                'enforcement_officer',
                'admin_staff',
            ],
        ) }} as petition_satisfaction_rate__applies,
        -- petition_rating_rate (from 2016-01-01)
        'petition_rating_rate' as petition_rating_rate__indicator_id,
        '2016-01-01' as petition_rating_rate__definition_valid_from,
        cast(coalesce(m_petitions__resolved_in__count__satisfaction_known, 0) as double) as petition_rating_rate__numerator,
        cast(coalesce(m_petitions__resolved_in__count, 0) as double) as petition_rating_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=[
                'president',
                'vice_president',
                'division_chief',
                'deputy_division_chief',
                'judge',
                'judge_assistant',
                'enforcement_officer',
                'admin_staff',
            ],
        ) }} as petition_rating_rate__applies,
        -- petition_avg_days (from 2016-01-01)
        'petition_avg_days' as petition_avg_days__indicator_id,
        '2016-01-01' as petition_avg_days__definition_valid_from,
        cast(coalesce(m_petitions__resolved_in__sum_days_to_resolve, 0) as double) as petition_avg_days__numerator,
        cast(coalesce(m_petitions__resolved_in__count__days_to_resolve_known, 0) as double) as petition_avg_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=[
                'president',
                'vice_president',
                'division_chief',
                'deputy_division_chief',
                'judge',
                'judge_assistant',
                'enforcement_officer',
                'admin_staff',
            ],
        ) }} as petition_avg_days__applies,
        -- petition_median_days (from 2016-01-01)
        'petition_median_days' as petition_median_days__indicator_id,
        '2016-01-01' as petition_median_days__definition_valid_from,
        cast(m_petitions__resolved_in__median_days_to_resolve as double) as petition_median_days__numerator,
        cast(coalesce(m_petitions__resolved_in__count__days_to_resolve_known, 0) as double) as petition_median_days__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as petition_median_days__applies,
        -- petitions_open_end (from 2016-01-01)
        'petitions_open_end' as petitions_open_end__indicator_id,
        '2016-01-01' as petitions_open_end__definition_valid_from,
        cast(coalesce(m_petitions__open_at_end__count, 0) as double) as petitions_open_end__numerator,
        cast(null as double) as petitions_open_end__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=[
                'president',
                'vice_president',
                'division_chief',
                'deputy_division_chief',
                'judge',
                'judge_assistant',
                'enforcement_officer',
                'admin_staff',
            ],
        ) }} as petitions_open_end__applies,
        -- petitions_overdue_end (from 2016-01-01)
        'petitions_overdue_end' as petitions_overdue_end__indicator_id,
        '2016-01-01' as petitions_overdue_end__definition_valid_from,
        cast(coalesce(m_petitions__open_at_end__count__is_overdue_at_end, 0) as double) as petitions_overdue_end__numerator,
        cast(null as double) as petitions_overdue_end__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=[
                'president',
                'vice_president',
                'division_chief',
                'deputy_division_chief',
                'judge',
                'judge_assistant',
                'enforcement_officer',
                'admin_staff',
            ],
        ) }} as petitions_overdue_end__applies,
        -- petition_overdue_share (from 2016-01-01)
        'petition_overdue_share' as petition_overdue_share__indicator_id,
        '2016-01-01' as petition_overdue_share__definition_valid_from,
        cast(coalesce(m_petitions__open_at_end__count__is_overdue_at_end, 0) as double) as petition_overdue_share__numerator,
        cast(coalesce(m_petitions__open_at_end__count, 0) as double) as petition_overdue_share__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=[
                'president',
                'vice_president',
                'division_chief',
                'deputy_division_chief',
                'judge',
                'judge_assistant',
                'enforcement_officer',
                'admin_staff',
            ],
        ) }} as petition_overdue_share__applies
    from measures

),

definition_values as (

    select
        *,
        petitions_received__numerator as petitions_received__value,
        case
            when petition_resolution_rate__denominator != 0
                then petition_resolution_rate__numerator / petition_resolution_rate__denominator
        end as petition_resolution_rate__value,
        case
            when petition_on_time_rate__denominator != 0
                then petition_on_time_rate__numerator / petition_on_time_rate__denominator
        end as petition_on_time_rate__value,
        case
            when repeat_petition_rate__denominator != 0
                then repeat_petition_rate__numerator / repeat_petition_rate__denominator
        end as repeat_petition_rate__value,
        case
            when petitions_per_100_closed__denominator != 0
                then petitions_per_100_closed__numerator / petitions_per_100_closed__denominator * 100
        end as petitions_per_100_closed__value,
        case
            when petition_initial_resolution_rate__denominator != 0
                then petition_initial_resolution_rate__numerator / petition_initial_resolution_rate__denominator
        end as petition_initial_resolution_rate__value,
        case
            when petition_online_share__denominator != 0
                then petition_online_share__numerator / petition_online_share__denominator
        end as petition_online_share__value,
        ruling_dispute_petitions__numerator as ruling_dispute_petitions__value,
        delay_petitions__numerator as delay_petitions__value,
        enforcement_petitions__numerator as enforcement_petitions__value,
        conduct_petitions__numerator as conduct_petitions__value,
        collective_petitions__numerator as collective_petitions__value,
        case
            when petition_backlog_resolution_rate__denominator != 0
                then petition_backlog_resolution_rate__numerator / petition_backlog_resolution_rate__denominator
        end as petition_backlog_resolution_rate__value,
        supreme_court_petitions__numerator as supreme_court_petitions__value,
        case
            when escalated_petition_rate__denominator != 0
                then escalated_petition_rate__numerator / escalated_petition_rate__denominator
        end as escalated_petition_rate__value,
        case_related_petitions__numerator as case_related_petitions__value,
        case
            when petitions_per_10k__denominator > 0
                then petitions_per_10k__numerator / petitions_per_10k__denominator * 10000
        end as petitions_per_10k__value,
        case
            when enforcement_petitions_per_100_closed__denominator != 0
                then enforcement_petitions_per_100_closed__numerator / enforcement_petitions_per_100_closed__denominator * 100
        end as enforcement_petitions_per_100_closed__value,
        case
            when trial_petitions_per_100_closed__denominator != 0
                then trial_petitions_per_100_closed__numerator / trial_petitions_per_100_closed__denominator * 100
        end as trial_petitions_per_100_closed__value,
        case
            when enforcement_petition_completion_rate__denominator != 0
                then enforcement_petition_completion_rate__numerator / enforcement_petition_completion_rate__denominator
        end as enforcement_petition_completion_rate__value,
        case
            when petition_completion_rate__denominator != 0
                then petition_completion_rate__numerator / petition_completion_rate__denominator
        end as petition_completion_rate__value,
        petitions_resolved__numerator as petitions_resolved__value,
        case
            when petition_substantive_resolution_rate__denominator != 0
                then petition_substantive_resolution_rate__numerator / petition_substantive_resolution_rate__denominator
        end as petition_substantive_resolution_rate__value,
        case
            when petition_satisfaction_rate__denominator != 0
                then petition_satisfaction_rate__numerator / petition_satisfaction_rate__denominator
        end as petition_satisfaction_rate__value,
        case
            when petition_rating_rate__denominator != 0
                then petition_rating_rate__numerator / petition_rating_rate__denominator
        end as petition_rating_rate__value,
        case
            when petition_avg_days__denominator != 0
                then petition_avg_days__numerator / petition_avg_days__denominator
        end as petition_avg_days__value,
        case when petition_median_days__denominator > 0 then petition_median_days__numerator end as petition_median_days__value,
        petitions_open_end__numerator as petitions_open_end__value,
        petitions_overdue_end__numerator as petitions_overdue_end__value,
        case
            when petition_overdue_share__denominator != 0
                then petition_overdue_share__numerator / petition_overdue_share__denominator
        end as petition_overdue_share__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                petitions_received__indicator_id,
                petitions_received__definition_valid_from,
                petitions_received__numerator,
                petitions_received__denominator,
                petitions_received__value,
                petitions_received__applies
            ) as petitions_received,
            (
                petition_resolution_rate__indicator_id,
                petition_resolution_rate__definition_valid_from,
                petition_resolution_rate__numerator,
                petition_resolution_rate__denominator,
                petition_resolution_rate__value,
                petition_resolution_rate__applies
            ) as petition_resolution_rate,
            (
                petition_on_time_rate__indicator_id,
                petition_on_time_rate__definition_valid_from,
                petition_on_time_rate__numerator,
                petition_on_time_rate__denominator,
                petition_on_time_rate__value,
                petition_on_time_rate__applies
            ) as petition_on_time_rate,
            (
                repeat_petition_rate__indicator_id,
                repeat_petition_rate__definition_valid_from,
                repeat_petition_rate__numerator,
                repeat_petition_rate__denominator,
                repeat_petition_rate__value,
                repeat_petition_rate__applies
            ) as repeat_petition_rate,
            (
                petitions_per_100_closed__indicator_id,
                petitions_per_100_closed__definition_valid_from,
                petitions_per_100_closed__numerator,
                petitions_per_100_closed__denominator,
                petitions_per_100_closed__value,
                petitions_per_100_closed__applies
            ) as petitions_per_100_closed,
            (
                petition_initial_resolution_rate__indicator_id,
                petition_initial_resolution_rate__definition_valid_from,
                petition_initial_resolution_rate__numerator,
                petition_initial_resolution_rate__denominator,
                petition_initial_resolution_rate__value,
                petition_initial_resolution_rate__applies
            ) as petition_initial_resolution_rate,
            (
                petition_online_share__indicator_id,
                petition_online_share__definition_valid_from,
                petition_online_share__numerator,
                petition_online_share__denominator,
                petition_online_share__value,
                petition_online_share__applies
            ) as petition_online_share,
            (
                ruling_dispute_petitions__indicator_id,
                ruling_dispute_petitions__definition_valid_from,
                ruling_dispute_petitions__numerator,
                ruling_dispute_petitions__denominator,
                ruling_dispute_petitions__value,
                ruling_dispute_petitions__applies
            ) as ruling_dispute_petitions,
            (
                delay_petitions__indicator_id,
                delay_petitions__definition_valid_from,
                delay_petitions__numerator,
                delay_petitions__denominator,
                delay_petitions__value,
                delay_petitions__applies
            ) as delay_petitions,
            (
                enforcement_petitions__indicator_id,
                enforcement_petitions__definition_valid_from,
                enforcement_petitions__numerator,
                enforcement_petitions__denominator,
                enforcement_petitions__value,
                enforcement_petitions__applies
            ) as enforcement_petitions,
            (
                conduct_petitions__indicator_id,
                conduct_petitions__definition_valid_from,
                conduct_petitions__numerator,
                conduct_petitions__denominator,
                conduct_petitions__value,
                conduct_petitions__applies
            ) as conduct_petitions,
            (
                collective_petitions__indicator_id,
                collective_petitions__definition_valid_from,
                collective_petitions__numerator,
                collective_petitions__denominator,
                collective_petitions__value,
                collective_petitions__applies
            ) as collective_petitions,
            (
                petition_backlog_resolution_rate__indicator_id,
                petition_backlog_resolution_rate__definition_valid_from,
                petition_backlog_resolution_rate__numerator,
                petition_backlog_resolution_rate__denominator,
                petition_backlog_resolution_rate__value,
                petition_backlog_resolution_rate__applies
            ) as petition_backlog_resolution_rate,
            (
                supreme_court_petitions__indicator_id,
                supreme_court_petitions__definition_valid_from,
                supreme_court_petitions__numerator,
                supreme_court_petitions__denominator,
                supreme_court_petitions__value,
                supreme_court_petitions__applies
            ) as supreme_court_petitions,
            (
                escalated_petition_rate__indicator_id,
                escalated_petition_rate__definition_valid_from,
                escalated_petition_rate__numerator,
                escalated_petition_rate__denominator,
                escalated_petition_rate__value,
                escalated_petition_rate__applies
            ) as escalated_petition_rate,
            (
                case_related_petitions__indicator_id,
                case_related_petitions__definition_valid_from,
                case_related_petitions__numerator,
                case_related_petitions__denominator,
                case_related_petitions__value,
                case_related_petitions__applies
            ) as case_related_petitions,
            (
                petitions_per_10k__indicator_id,
                petitions_per_10k__definition_valid_from,
                petitions_per_10k__numerator,
                petitions_per_10k__denominator,
                petitions_per_10k__value,
                petitions_per_10k__applies
            ) as petitions_per_10k,
            (
                enforcement_petitions_per_100_closed__indicator_id,
                enforcement_petitions_per_100_closed__definition_valid_from,
                enforcement_petitions_per_100_closed__numerator,
                enforcement_petitions_per_100_closed__denominator,
                enforcement_petitions_per_100_closed__value,
                enforcement_petitions_per_100_closed__applies
            ) as enforcement_petitions_per_100_closed,
            (
                trial_petitions_per_100_closed__indicator_id,
                trial_petitions_per_100_closed__definition_valid_from,
                trial_petitions_per_100_closed__numerator,
                trial_petitions_per_100_closed__denominator,
                trial_petitions_per_100_closed__value,
                trial_petitions_per_100_closed__applies
            ) as trial_petitions_per_100_closed,
            (
                enforcement_petition_completion_rate__indicator_id,
                enforcement_petition_completion_rate__definition_valid_from,
                enforcement_petition_completion_rate__numerator,
                enforcement_petition_completion_rate__denominator,
                enforcement_petition_completion_rate__value,
                enforcement_petition_completion_rate__applies
            ) as enforcement_petition_completion_rate,
            (
                petition_completion_rate__indicator_id,
                petition_completion_rate__definition_valid_from,
                petition_completion_rate__numerator,
                petition_completion_rate__denominator,
                petition_completion_rate__value,
                petition_completion_rate__applies
            ) as petition_completion_rate,
            (
                petitions_resolved__indicator_id,
                petitions_resolved__definition_valid_from,
                petitions_resolved__numerator,
                petitions_resolved__denominator,
                petitions_resolved__value,
                petitions_resolved__applies
            ) as petitions_resolved,
            (
                petition_substantive_resolution_rate__indicator_id,
                petition_substantive_resolution_rate__definition_valid_from,
                petition_substantive_resolution_rate__numerator,
                petition_substantive_resolution_rate__denominator,
                petition_substantive_resolution_rate__value,
                petition_substantive_resolution_rate__applies
            ) as petition_substantive_resolution_rate,
            (
                petition_satisfaction_rate__indicator_id,
                petition_satisfaction_rate__definition_valid_from,
                petition_satisfaction_rate__numerator,
                petition_satisfaction_rate__denominator,
                petition_satisfaction_rate__value,
                petition_satisfaction_rate__applies
            ) as petition_satisfaction_rate,
            (
                petition_rating_rate__indicator_id,
                petition_rating_rate__definition_valid_from,
                petition_rating_rate__numerator,
                petition_rating_rate__denominator,
                petition_rating_rate__value,
                petition_rating_rate__applies
            ) as petition_rating_rate,
            (
                petition_avg_days__indicator_id,
                petition_avg_days__definition_valid_from,
                petition_avg_days__numerator,
                petition_avg_days__denominator,
                petition_avg_days__value,
                petition_avg_days__applies
            ) as petition_avg_days,
            (
                petition_median_days__indicator_id,
                petition_median_days__definition_valid_from,
                petition_median_days__numerator,
                petition_median_days__denominator,
                petition_median_days__value,
                petition_median_days__applies
            ) as petition_median_days,
            (
                petitions_open_end__indicator_id,
                petitions_open_end__definition_valid_from,
                petitions_open_end__numerator,
                petitions_open_end__denominator,
                petitions_open_end__value,
                petitions_open_end__applies
            ) as petitions_open_end,
            (
                petitions_overdue_end__indicator_id,
                petitions_overdue_end__definition_valid_from,
                petitions_overdue_end__numerator,
                petitions_overdue_end__denominator,
                petitions_overdue_end__value,
                petitions_overdue_end__applies
            ) as petitions_overdue_end,
            (
                petition_overdue_share__indicator_id,
                petition_overdue_share__definition_valid_from,
                petition_overdue_share__numerator,
                petition_overdue_share__denominator,
                petition_overdue_share__value,
                petition_overdue_share__applies
            ) as petition_overdue_share
        )
    )

),

final as (

    {{ kept_period_rows('petition') }}
    select
        indicator_id,
        level,
        entity_id,
        period_type,
        period,
        numerator,
        denominator,
        value,
        definition_valid_from
    from definition_rows
    where applies

)

select * from final
