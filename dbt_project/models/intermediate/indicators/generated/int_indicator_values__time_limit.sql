-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- time_limit: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('time_limit')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('time_limit') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- ordinary_within_limit_rate (from 2016-01-01)
        'ordinary_within_limit_rate' as ordinary_within_limit_rate__indicator_id,
        '2016-01-01' as ordinary_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_within_limit__procedure_ordinary, 0)
            as double
        ) as ordinary_within_limit_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_ordinary, 0)
            as double
        ) as ordinary_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as ordinary_within_limit_rate__applies,
        -- simple_within_limit_rate (from 2016-01-01)
        'simple_within_limit_rate' as simple_within_limit_rate__indicator_id,
        '2016-01-01' as simple_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_within_limit__procedure_simple, 0)
            as double
        ) as simple_within_limit_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_simple, 0)
            as double
        ) as simple_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal'],
        ) }} as simple_within_limit_rate__applies,
        -- small_claims_within_limit_rate (from 2016-01-01)
        'small_claims_within_limit_rate' as small_claims_within_limit_rate__indicator_id,
        '2016-01-01' as small_claims_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_within_limit__procedure_small_claims, 0)
            as double
        ) as small_claims_within_limit_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_small_claims, 0)
            as double
        ) as small_claims_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as small_claims_within_limit_rate__applies,
        -- speedy_within_limit_rate (from 2016-01-01)
        'speedy_within_limit_rate' as speedy_within_limit_rate__indicator_id,
        '2016-01-01' as speedy_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_within_limit__procedure_speedy, 0)
            as double
        ) as speedy_within_limit_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_speedy, 0)
            as double
        ) as speedy_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as speedy_within_limit_rate__applies,
        -- second_instance_within_limit_rate (from 2016-01-01)
        'second_instance_within_limit_rate' as second_instance_within_limit_rate__indicator_id,
        '2016-01-01' as second_instance_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_second_instance__is_within_limit, 0)
            as double
        ) as second_instance_within_limit_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__has_statutory_limit__is_second_instance, 0)
            as double
        ) as second_instance_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as second_instance_within_limit_rate__applies,
        -- retrial_review_within_limit_rate (from 2016-01-01)
        'retrial_review_within_limit_rate' as retrial_review_within_limit_rate__indicator_id,
        '2016-01-01' as retrial_review_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_within_limit__procedure_review, 0)
            as double
        ) as retrial_review_within_limit_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_review, 0)
            as double
        ) as retrial_review_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['trial_supervision'],
        ) }} as retrial_review_within_limit_rate__applies,
        -- retrial_within_limit_rate (from 2016-01-01)
        'retrial_within_limit_rate' as retrial_within_limit_rate__indicator_id,
        '2016-01-01' as retrial_within_limit_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_within_limit__procedure_retrial, 0)
            as double
        ) as retrial_within_limit_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_retrial, 0)
            as double
        ) as retrial_within_limit_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['trial_supervision'],
        ) }} as retrial_within_limit_rate__applies,
        -- normal_limit_closure_rate (from 2016-01-01)
        'normal_limit_closure_rate' as normal_limit_closure_rate__indicator_id,
        '2016-01-01' as normal_limit_closure_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__is_within_limit__not_has_extension, 0)
            as double
        ) as normal_limit_closure_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0) as double) as normal_limit_closure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as normal_limit_closure_rate__applies,
        -- extension_rate (from 2016-01-01)
        'extension_rate' as extension_rate__from_20160101__indicator_id,
        '2016-01-01' as extension_rate__from_20160101__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__has_extension__has_statutory_limit, 0)
            as double
        ) as extension_rate__from_20160101__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0) as double) as extension_rate__from_20160101__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            valid_to='2024-08-31',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as extension_rate__from_20160101__applies,
        -- extension_rate (from 2024-09-01)
        'extension_rate' as extension_rate__from_20240901__indicator_id,
        '2024-09-01' as extension_rate__from_20240901__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__has_extension__has_statutory_limit, 0)
            as double
        ) as extension_rate__from_20240901__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0) as double) as extension_rate__from_20240901__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2024-09-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as extension_rate__from_20240901__applies,
        -- suspension_rate (from 2016-01-01)
        'suspension_rate' as suspension_rate__indicator_id,
        '2016-01-01' as suspension_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit__has_suspension, 0) as double) as suspension_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0) as double) as suspension_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as suspension_rate__applies,
        -- time_limit_change_rate (from 2016-01-01)
        'time_limit_change_rate' as time_limit_change_rate__indicator_id,
        '2016-01-01' as time_limit_change_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__has_statutory_limit__has_time_limit_events, 0)
            as double
        ) as time_limit_change_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0) as double) as time_limit_change_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as time_limit_change_rate__applies,
        -- avg_extension_days (from 2016-01-01)
        'avg_extension_days' as avg_extension_days__indicator_id,
        '2016-01-01' as avg_extension_days__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__sum_extension_days__has_extension, 0) as double) as avg_extension_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__extension_days_known__has_extension, 0)
            as double
        ) as avg_extension_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as avg_extension_days__applies,
        -- avg_suspended_days (from 2016-01-01)
        'avg_suspended_days' as avg_suspended_days__indicator_id,
        '2016-01-01' as avg_suspended_days__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__sum_suspended_days__has_suspension, 0) as double) as avg_suspended_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__has_suspension__suspended_days_known, 0)
            as double
        ) as avg_suspended_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as avg_suspended_days__applies,
        -- overdue_closed_cases (from 2016-01-01)
        'overdue_closed_cases' as overdue_closed_cases__indicator_id,
        '2016-01-01' as overdue_closed_cases__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__has_statutory_limit__not_is_within_limit, 0)
            as double
        ) as overdue_closed_cases__numerator,
        cast(null as double) as overdue_closed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as overdue_closed_cases__applies,
        -- overdue_pending_cases (from 2016-01-01)
        'overdue_pending_cases' as overdue_pending_cases__indicator_id,
        '2016-01-01' as overdue_pending_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__pending_at_end__count__is_over_limit_at_end, 0) as double) as overdue_pending_cases__numerator,
        cast(null as double) as overdue_pending_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as overdue_pending_cases__applies,
        -- long_pending_18m (from 2016-01-01)
        'long_pending_18m' as long_pending_18m__indicator_id,
        '2016-01-01' as long_pending_18m__definition_valid_from,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_18_months_at_end, 0) as double) as long_pending_18m__numerator,
        cast(null as double) as long_pending_18m__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as long_pending_18m__applies,
        -- long_pending_36m (from 2016-01-01)
        'long_pending_36m' as long_pending_36m__indicator_id,
        '2016-01-01' as long_pending_36m__definition_valid_from,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_36_months_at_end, 0) as double) as long_pending_36m__numerator,
        cast(null as double) as long_pending_36m__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as long_pending_36m__applies,
        -- long_pending_18m_ratio (from 2016-01-01)
        'long_pending_18m_ratio' as long_pending_18m_ratio__indicator_id,
        '2016-01-01' as long_pending_18m_ratio__definition_valid_from,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_18_months_at_end, 0) as double) as long_pending_18m_ratio__numerator,
        cast(coalesce(m_trial_cases__pending_at_end__count, 0) as double) as long_pending_18m_ratio__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as long_pending_18m_ratio__applies,
        -- long_pending_closed_cases (from 2016-01-01)
        'long_pending_closed_cases' as long_pending_closed_cases__indicator_id,
        '2016-01-01' as long_pending_closed_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__elapsed_days_gt_365, 0) as double) as long_pending_closed_cases__numerator,
        cast(null as double) as long_pending_closed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as long_pending_closed_cases__applies,
        -- first_instance_180d_rate (from 2016-01-01)
        'first_instance_180d_rate' as first_instance_180d_rate__indicator_id,
        '2016-01-01' as first_instance_180d_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__elapsed_days_le_180__is_first_instance, 0)
            as double
        ) as first_instance_180d_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as first_instance_180d_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as first_instance_180d_rate__applies,
        -- avg_elapsed_days (from 2016-01-01)
        'avg_elapsed_days' as avg_elapsed_days__indicator_id,
        '2016-01-01' as avg_elapsed_days__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__sum_elapsed_days, 0) as double) as avg_elapsed_days__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__elapsed_days_known, 0) as double) as avg_elapsed_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as avg_elapsed_days__applies,
        -- pending_avg_age_days (from 2016-01-01)
        'pending_avg_age_days' as pending_avg_age_days__indicator_id,
        '2016-01-01' as pending_avg_age_days__definition_valid_from,
        cast(coalesce(m_trial_cases__pending_at_end__sum_age_days_at_end, 0) as double) as pending_avg_age_days__numerator,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_days_at_end_known, 0) as double) as pending_avg_age_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as pending_avg_age_days__applies
    from measures

),

definition_values as (

    select
        *,
        case
            when ordinary_within_limit_rate__denominator != 0
                then ordinary_within_limit_rate__numerator / ordinary_within_limit_rate__denominator
        end as ordinary_within_limit_rate__value,
        case
            when simple_within_limit_rate__denominator != 0
                then simple_within_limit_rate__numerator / simple_within_limit_rate__denominator
        end as simple_within_limit_rate__value,
        case
            when small_claims_within_limit_rate__denominator != 0
                then small_claims_within_limit_rate__numerator / small_claims_within_limit_rate__denominator
        end as small_claims_within_limit_rate__value,
        case
            when speedy_within_limit_rate__denominator != 0
                then speedy_within_limit_rate__numerator / speedy_within_limit_rate__denominator
        end as speedy_within_limit_rate__value,
        case
            when second_instance_within_limit_rate__denominator != 0
                then second_instance_within_limit_rate__numerator / second_instance_within_limit_rate__denominator
        end as second_instance_within_limit_rate__value,
        case
            when retrial_review_within_limit_rate__denominator != 0
                then retrial_review_within_limit_rate__numerator / retrial_review_within_limit_rate__denominator
        end as retrial_review_within_limit_rate__value,
        case
            when retrial_within_limit_rate__denominator != 0
                then retrial_within_limit_rate__numerator / retrial_within_limit_rate__denominator
        end as retrial_within_limit_rate__value,
        case
            when normal_limit_closure_rate__denominator != 0
                then normal_limit_closure_rate__numerator / normal_limit_closure_rate__denominator
        end as normal_limit_closure_rate__value,
        case
            when extension_rate__from_20160101__denominator != 0
                then extension_rate__from_20160101__numerator / extension_rate__from_20160101__denominator
        end as extension_rate__from_20160101__value,
        case
            when extension_rate__from_20240901__denominator != 0
                then extension_rate__from_20240901__numerator / extension_rate__from_20240901__denominator
        end as extension_rate__from_20240901__value,
        case
            when suspension_rate__denominator != 0
                then suspension_rate__numerator / suspension_rate__denominator
        end as suspension_rate__value,
        case
            when time_limit_change_rate__denominator != 0
                then time_limit_change_rate__numerator / time_limit_change_rate__denominator
        end as time_limit_change_rate__value,
        case
            when avg_extension_days__denominator != 0
                then avg_extension_days__numerator / avg_extension_days__denominator
        end as avg_extension_days__value,
        case
            when avg_suspended_days__denominator != 0
                then avg_suspended_days__numerator / avg_suspended_days__denominator
        end as avg_suspended_days__value,
        overdue_closed_cases__numerator as overdue_closed_cases__value,
        overdue_pending_cases__numerator as overdue_pending_cases__value,
        long_pending_18m__numerator as long_pending_18m__value,
        long_pending_36m__numerator as long_pending_36m__value,
        case
            when long_pending_18m_ratio__denominator != 0
                then long_pending_18m_ratio__numerator / long_pending_18m_ratio__denominator
        end as long_pending_18m_ratio__value,
        long_pending_closed_cases__numerator as long_pending_closed_cases__value,
        case
            when first_instance_180d_rate__denominator != 0
                then first_instance_180d_rate__numerator / first_instance_180d_rate__denominator
        end as first_instance_180d_rate__value,
        case
            when avg_elapsed_days__denominator != 0
                then avg_elapsed_days__numerator / avg_elapsed_days__denominator
        end as avg_elapsed_days__value,
        case
            when pending_avg_age_days__denominator != 0
                then pending_avg_age_days__numerator / pending_avg_age_days__denominator
        end as pending_avg_age_days__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                ordinary_within_limit_rate__indicator_id,
                ordinary_within_limit_rate__definition_valid_from,
                ordinary_within_limit_rate__numerator,
                ordinary_within_limit_rate__denominator,
                ordinary_within_limit_rate__value,
                ordinary_within_limit_rate__applies
            ) as ordinary_within_limit_rate,
            (
                simple_within_limit_rate__indicator_id,
                simple_within_limit_rate__definition_valid_from,
                simple_within_limit_rate__numerator,
                simple_within_limit_rate__denominator,
                simple_within_limit_rate__value,
                simple_within_limit_rate__applies
            ) as simple_within_limit_rate,
            (
                small_claims_within_limit_rate__indicator_id,
                small_claims_within_limit_rate__definition_valid_from,
                small_claims_within_limit_rate__numerator,
                small_claims_within_limit_rate__denominator,
                small_claims_within_limit_rate__value,
                small_claims_within_limit_rate__applies
            ) as small_claims_within_limit_rate,
            (
                speedy_within_limit_rate__indicator_id,
                speedy_within_limit_rate__definition_valid_from,
                speedy_within_limit_rate__numerator,
                speedy_within_limit_rate__denominator,
                speedy_within_limit_rate__value,
                speedy_within_limit_rate__applies
            ) as speedy_within_limit_rate,
            (
                second_instance_within_limit_rate__indicator_id,
                second_instance_within_limit_rate__definition_valid_from,
                second_instance_within_limit_rate__numerator,
                second_instance_within_limit_rate__denominator,
                second_instance_within_limit_rate__value,
                second_instance_within_limit_rate__applies
            ) as second_instance_within_limit_rate,
            (
                retrial_review_within_limit_rate__indicator_id,
                retrial_review_within_limit_rate__definition_valid_from,
                retrial_review_within_limit_rate__numerator,
                retrial_review_within_limit_rate__denominator,
                retrial_review_within_limit_rate__value,
                retrial_review_within_limit_rate__applies
            ) as retrial_review_within_limit_rate,
            (
                retrial_within_limit_rate__indicator_id,
                retrial_within_limit_rate__definition_valid_from,
                retrial_within_limit_rate__numerator,
                retrial_within_limit_rate__denominator,
                retrial_within_limit_rate__value,
                retrial_within_limit_rate__applies
            ) as retrial_within_limit_rate,
            (
                normal_limit_closure_rate__indicator_id,
                normal_limit_closure_rate__definition_valid_from,
                normal_limit_closure_rate__numerator,
                normal_limit_closure_rate__denominator,
                normal_limit_closure_rate__value,
                normal_limit_closure_rate__applies
            ) as normal_limit_closure_rate,
            (
                extension_rate__from_20160101__indicator_id,
                extension_rate__from_20160101__definition_valid_from,
                extension_rate__from_20160101__numerator,
                extension_rate__from_20160101__denominator,
                extension_rate__from_20160101__value,
                extension_rate__from_20160101__applies
            ) as extension_rate__from_20160101,
            (
                extension_rate__from_20240901__indicator_id,
                extension_rate__from_20240901__definition_valid_from,
                extension_rate__from_20240901__numerator,
                extension_rate__from_20240901__denominator,
                extension_rate__from_20240901__value,
                extension_rate__from_20240901__applies
            ) as extension_rate__from_20240901,
            (
                suspension_rate__indicator_id,
                suspension_rate__definition_valid_from,
                suspension_rate__numerator,
                suspension_rate__denominator,
                suspension_rate__value,
                suspension_rate__applies
            ) as suspension_rate,
            (
                time_limit_change_rate__indicator_id,
                time_limit_change_rate__definition_valid_from,
                time_limit_change_rate__numerator,
                time_limit_change_rate__denominator,
                time_limit_change_rate__value,
                time_limit_change_rate__applies
            ) as time_limit_change_rate,
            (
                avg_extension_days__indicator_id,
                avg_extension_days__definition_valid_from,
                avg_extension_days__numerator,
                avg_extension_days__denominator,
                avg_extension_days__value,
                avg_extension_days__applies
            ) as avg_extension_days,
            (
                avg_suspended_days__indicator_id,
                avg_suspended_days__definition_valid_from,
                avg_suspended_days__numerator,
                avg_suspended_days__denominator,
                avg_suspended_days__value,
                avg_suspended_days__applies
            ) as avg_suspended_days,
            (
                overdue_closed_cases__indicator_id,
                overdue_closed_cases__definition_valid_from,
                overdue_closed_cases__numerator,
                overdue_closed_cases__denominator,
                overdue_closed_cases__value,
                overdue_closed_cases__applies
            ) as overdue_closed_cases,
            (
                overdue_pending_cases__indicator_id,
                overdue_pending_cases__definition_valid_from,
                overdue_pending_cases__numerator,
                overdue_pending_cases__denominator,
                overdue_pending_cases__value,
                overdue_pending_cases__applies
            ) as overdue_pending_cases,
            (
                long_pending_18m__indicator_id,
                long_pending_18m__definition_valid_from,
                long_pending_18m__numerator,
                long_pending_18m__denominator,
                long_pending_18m__value,
                long_pending_18m__applies
            ) as long_pending_18m,
            (
                long_pending_36m__indicator_id,
                long_pending_36m__definition_valid_from,
                long_pending_36m__numerator,
                long_pending_36m__denominator,
                long_pending_36m__value,
                long_pending_36m__applies
            ) as long_pending_36m,
            (
                long_pending_18m_ratio__indicator_id,
                long_pending_18m_ratio__definition_valid_from,
                long_pending_18m_ratio__numerator,
                long_pending_18m_ratio__denominator,
                long_pending_18m_ratio__value,
                long_pending_18m_ratio__applies
            ) as long_pending_18m_ratio,
            (
                long_pending_closed_cases__indicator_id,
                long_pending_closed_cases__definition_valid_from,
                long_pending_closed_cases__numerator,
                long_pending_closed_cases__denominator,
                long_pending_closed_cases__value,
                long_pending_closed_cases__applies
            ) as long_pending_closed_cases,
            (
                first_instance_180d_rate__indicator_id,
                first_instance_180d_rate__definition_valid_from,
                first_instance_180d_rate__numerator,
                first_instance_180d_rate__denominator,
                first_instance_180d_rate__value,
                first_instance_180d_rate__applies
            ) as first_instance_180d_rate,
            (
                avg_elapsed_days__indicator_id,
                avg_elapsed_days__definition_valid_from,
                avg_elapsed_days__numerator,
                avg_elapsed_days__denominator,
                avg_elapsed_days__value,
                avg_elapsed_days__applies
            ) as avg_elapsed_days,
            (
                pending_avg_age_days__indicator_id,
                pending_avg_age_days__definition_valid_from,
                pending_avg_age_days__numerator,
                pending_avg_age_days__denominator,
                pending_avg_age_days__value,
                pending_avg_age_days__applies
            ) as pending_avg_age_days
        )
    )

),

final as (

    {{ kept_period_rows('time_limit') }}
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
