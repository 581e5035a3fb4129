-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- criminal_trial: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('criminal_trial')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('criminal_trial') }}

),

final as (

    {{ kept_period_rows('criminal_trial') }}
    select
        'criminal_first_closed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_first_pending_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count__case_type_code_crim1, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__pending_at_end__count__case_type_code_crim1, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_first_closure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__carried_over__count__case_type_code_crim1, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_crim1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__carried_over__count__case_type_code_crim1, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_crim1, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) / (coalesce(m_trial_cases__carried_over__count__case_type_code_crim1, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_crim1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_first_clearance_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_crim1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__filed_in__count__case_type_code_crim1, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) / (coalesce(m_trial_cases__filed_in__count__case_type_code_crim1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_first_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__is_within_limit, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__has_statutory_limit, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__has_statutory_limit, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__is_within_limit, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__has_statutory_limit, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_first_overdue_pending_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count__case_type_code_crim1__is_over_limit_at_end, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__pending_at_end__count__case_type_code_crim1__is_over_limit_at_end, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_first_extension_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__has_extension, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__has_extension, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_first_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_first_median_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(m_trial_cases__closed_in__median_duration_days__case_type_code_crim1 as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known, 0) > 0 then m_trial_cases__closed_in__median_duration_days__case_type_code_crim1 end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_simple_procedure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__procedure_simple, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__procedure_simple, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_speedy_procedure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__procedure_speedy, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__procedure_speedy, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_speedy_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1__procedure_speedy, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_speedy, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_speedy, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1__procedure_speedy, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_speedy, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_simple_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1__procedure_simple, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_simple, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_simple, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1__procedure_simple, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_simple, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_ordinary_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1__procedure_ordinary, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_ordinary, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_ordinary, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1__procedure_ordinary, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_ordinary, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_appeal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__closing_method_judgment_or_rul_294c385007, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__closing_method_judgment_or_ruling, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__closing_method_judgment_or_ruling, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__closing_method_judgment_or_rul_294c385007, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__closing_method_judgment_or_ruling, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_acceptance_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__is_reviewed, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) != 0 then 1 - cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1__is_reviewed, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_first_reversal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_2d70d6ee26, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) != 0 then cast(coalesce(m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_2d70d6ee26, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_first_remanded_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_reviews__closed_in__count__is_second_instance__original_case_type_code_crim1_b76f601e6f, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0) != 0 then cast(coalesce(m_case_reviews__closed_in__count__is_second_instance__original_case_type_code_crim1_b76f601e6f, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_crim1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_second_closed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim2, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim2, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_second_closure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim2, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__carried_over__count__case_type_code_crim2, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_crim2, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__carried_over__count__case_type_code_crim2, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_crim2, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim2, 0) as double) / (coalesce(m_trial_cases__carried_over__count__case_type_code_crim2, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_crim2, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_second_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim2__is_within_limit, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim2__has_statutory_limit, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_crim2__has_statutory_limit, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim2__is_within_limit, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_crim2__has_statutory_limit, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_second_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_crim2, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim2__duration_days_known, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_crim2__duration_days_known, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_crim2, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_crim2__duration_days_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_second_reversal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim2__is_amended_or_remanded, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim2, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_crim2, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim2__is_amended_or_remanded, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_crim2, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'criminal_petition_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_reviews__filed_in__count__case_type_code_crim_petition, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_crim1_or_crim2__closing_method_judgme_dd26a4c45e, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_crim1_or_crim2__closing_method_judgme_dd26a4c45e, 0) != 0 then cast(coalesce(m_case_reviews__filed_in__count__case_type_code_crim_petition, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_crim1_or_crim2__closing_method_judgme_dd26a4c45e, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

)

select * from final
