-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- civil_trial: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('civil_trial')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('civil_trial') }}

),

final as (

    {{ kept_period_rows('civil_trial') }}
    select
        'civil_first_closed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_first_pending_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count__case_type_code_civ1, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__pending_at_end__count__case_type_code_civ1, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_first_closure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__carried_over__count__case_type_code_civ1, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__carried_over__count__case_type_code_civ1, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) / (coalesce(m_trial_cases__carried_over__count__case_type_code_civ1, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_first_clearance_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) / (coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_first_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__is_within_limit, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__has_statutory_limit, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__has_statutory_limit, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__is_within_limit, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__has_statutory_limit, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_first_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_first_median_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(m_trial_cases__closed_in__median_duration_days__case_type_code_civ1 as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known, 0) > 0 then m_trial_cases__closed_in__median_duration_days__case_type_code_civ1 end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_first_mediation_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_mediation, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_mediation, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_first_withdrawal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_withdrawal, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_withdrawal, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_first_mediation_withdrawal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_mediation_or_withdrawal, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_mediation_or_withdrawal, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_first_dismissal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_dismissal, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_dismissal, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_appeal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruli_4afafdb850, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruling, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruling, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruli_4afafdb850, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruling, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_acceptance_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__is_reviewed, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) != 0 then 1 - cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__is_reviewed, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_first_reversal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_ed86186642, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) != 0 then cast(coalesce(m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_ed86186642, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_simple_procedure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__procedure_simple_or_small_claims, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__procedure_simple_or_small_claims, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_small_claims_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__procedure_small_claims, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__procedure_small_claims, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_small_claims_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__procedure_small_claims, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_a8c00e97eb, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_a8c00e97eb, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__procedure_small_claims, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_a8c00e97eb, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_simple_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__procedure_simple, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_simple, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_simple, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__procedure_simple, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_simple, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_ordinary_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__procedure_ordinary, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_ordinary, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_ordinary, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__procedure_ordinary, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_ordinary, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_first_long_pending_ratio' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_12_months_at_end__case_type_code_civ1, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__pending_at_end__count__case_type_code_civ1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__pending_at_end__count__case_type_code_civ1, 0) != 0 then cast(coalesce(m_trial_cases__pending_at_end__count__age_over_12_months_at_end__case_type_code_civ1, 0) as double) / (coalesce(m_trial_cases__pending_at_end__count__case_type_code_civ1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_first_closed_claim_amount' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_claim_amount__case_type_code_civ1, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__closed_in__sum_claim_amount__case_type_code_civ1, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_first_avg_claim_amount' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_claim_amount__case_type_code_civ1, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__claim_amount_known, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__claim_amount_known, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_claim_amount__case_type_code_civ1, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__claim_amount_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_second_closed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_second_closure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__carried_over__count__case_type_code_civ2, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_civ2, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__carried_over__count__case_type_code_civ2, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_civ2, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2, 0) as double) / (coalesce(m_trial_cases__carried_over__count__case_type_code_civ2, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_civ2, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_second_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__is_within_limit, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__has_statutory_limit, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__has_statutory_limit, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__is_within_limit, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__has_statutory_limit, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_second_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_civ2, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__duration_days_known, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__duration_days_known, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_civ2, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__duration_days_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_second_reversal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__is_amended_or_remanded, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ2, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__is_amended_or_remanded, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ2, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_second_mediation_withdrawal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__closing_method_mediation_or_withdrawal, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ2, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__closing_method_mediation_or_withdrawal, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ2, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_retrial_application_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_reviews__filed_in__count__case_type_code_civ_petition, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1_or_civ2__closing_method_judgment_f85b3c53c7, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1_or_civ2__closing_method_judgment_f85b3c53c7, 0) != 0 then cast(coalesce(m_case_reviews__filed_in__count__case_type_code_civ_petition, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1_or_civ2__closing_method_judgment_f85b3c53c7, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'civil_special_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ_special__is_within_limit, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ_special__has_statutory_limit, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ_special__has_statutory_limit, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ_special__is_within_limit, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ_special__has_statutory_limit, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

)

select * from final
