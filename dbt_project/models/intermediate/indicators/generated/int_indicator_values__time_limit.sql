-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- time_limit: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('time_limit')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('time_limit') }}

),

final as (

    {{ kept_period_rows('time_limit') }}
    select
        'ordinary_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_within_limit__procedure_ordinary, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_ordinary, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_ordinary, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_within_limit__procedure_ordinary, 0) as double) / (coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_ordinary, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'simple_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_within_limit__procedure_simple, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_simple, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_simple, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_within_limit__procedure_simple, 0) as double) / (coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_simple, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal'))

    union all

    select
        'small_claims_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_within_limit__procedure_small_claims, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_small_claims, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_small_claims, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_within_limit__procedure_small_claims, 0) as double) / (coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_small_claims, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'speedy_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_within_limit__procedure_speedy, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_speedy, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_speedy, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_within_limit__procedure_speedy, 0) as double) / (coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_speedy, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'second_instance_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance__is_within_limit, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit__is_second_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__has_statutory_limit__is_second_instance, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_second_instance__is_within_limit, 0) as double) / (coalesce(m_trial_cases__closed_in__count__has_statutory_limit__is_second_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'retrial_review_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_within_limit__procedure_review, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_review, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_review, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_within_limit__procedure_review, 0) as double) / (coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_review, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('trial_supervision'))

    union all

    select
        'retrial_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_within_limit__procedure_retrial, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_retrial, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_retrial, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_within_limit__procedure_retrial, 0) as double) / (coalesce(m_trial_cases__closed_in__count__has_statutory_limit__procedure_retrial, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('trial_supervision'))

    union all

    select
        'normal_limit_closure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_within_limit__not_has_extension, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_within_limit__not_has_extension, 0) as double) / (coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'extension_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__has_extension__has_statutory_limit, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__has_extension__has_statutory_limit, 0) as double) / (coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and period_end <= cast('2024-08-31' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'extension_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__has_extension__has_statutory_limit, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__has_extension__has_statutory_limit, 0) as double) / (coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0)) end as double) as value,
        '2024-09-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2024-09-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'suspension_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit__has_suspension, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit__has_suspension, 0) as double) / (coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'time_limit_change_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit__has_time_limit_events, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit__has_time_limit_events, 0) as double) / (coalesce(m_trial_cases__closed_in__count__has_statutory_limit, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'avg_extension_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_extension_days__has_extension, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__extension_days_known__has_extension, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__extension_days_known__has_extension, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_extension_days__has_extension, 0) as double) / (coalesce(m_trial_cases__closed_in__count__extension_days_known__has_extension, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'avg_suspended_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_suspended_days__has_suspension, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_suspension__suspended_days_known, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__has_suspension__suspended_days_known, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_suspended_days__has_suspension, 0) as double) / (coalesce(m_trial_cases__closed_in__count__has_suspension__suspended_days_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'overdue_closed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit__not_is_within_limit, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit__not_is_within_limit, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'overdue_pending_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count__is_over_limit_at_end, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__pending_at_end__count__is_over_limit_at_end, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'long_pending_18m' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_18_months_at_end, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_18_months_at_end, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'long_pending_36m' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_36_months_at_end, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_36_months_at_end, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'long_pending_18m_ratio' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_18_months_at_end, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__pending_at_end__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__pending_at_end__count, 0) != 0 then cast(coalesce(m_trial_cases__pending_at_end__count__age_over_18_months_at_end, 0) as double) / (coalesce(m_trial_cases__pending_at_end__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'long_pending_closed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__elapsed_days_gt_365, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__closed_in__count__elapsed_days_gt_365, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'first_instance_180d_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__elapsed_days_le_180__is_first_instance, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__elapsed_days_le_180__is_first_instance, 0) as double) / (coalesce(m_trial_cases__closed_in__count__is_first_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'avg_elapsed_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_elapsed_days, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__elapsed_days_known, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__elapsed_days_known, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_elapsed_days, 0) as double) / (coalesce(m_trial_cases__closed_in__count__elapsed_days_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'pending_avg_age_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__sum_age_days_at_end, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_days_at_end_known, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__pending_at_end__count__age_days_at_end_known, 0) != 0 then cast(coalesce(m_trial_cases__pending_at_end__sum_age_days_at_end, 0) as double) / (coalesce(m_trial_cases__pending_at_end__count__age_days_at_end_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

)

select * from final
