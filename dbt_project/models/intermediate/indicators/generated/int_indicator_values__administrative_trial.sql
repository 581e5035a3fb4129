-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- administrative_trial: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('administrative_trial')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('administrative_trial') }}

),

final as (

    {{ kept_period_rows('administrative_trial') }}
    select
        'admin_first_closed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'admin_first_pending_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count__case_type_code_adm1, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__pending_at_end__count__case_type_code_adm1, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'admin_first_closure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__carried_over__count__case_type_code_adm1, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_adm1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__carried_over__count__case_type_code_adm1, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_adm1, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) as double) / (coalesce(m_trial_cases__carried_over__count__case_type_code_adm1, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_adm1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'admin_first_clearance_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_adm1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__filed_in__count__case_type_code_adm1, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) as double) / (coalesce(m_trial_cases__filed_in__count__case_type_code_adm1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'admin_first_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__is_within_limit, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__has_statutory_limit, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__has_statutory_limit, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__is_within_limit, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__has_statutory_limit, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'admin_first_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_adm1, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__duration_days_known, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__duration_days_known, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_adm1, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__duration_days_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'admin_first_mediation_withdrawal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_mediation_or_withdrawal, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_mediation_or_withdrawal, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'admin_first_dismissal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_dismissal, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_dismissal, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'admin_appeal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_judgment_or_ruli_fe55f723e4, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_judgment_or_ruling, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_judgment_or_ruling, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_judgment_or_ruli_fe55f723e4, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_judgment_or_ruling, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'admin_acceptance_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__is_reviewed, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) != 0 then 1 - cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1__is_reviewed, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'admin_first_reversal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_38dc35b63d, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0) != 0 then cast(coalesce(m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_38dc35b63d, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_adm1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'admin_second_closed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm2, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm2, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'admin_second_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm2__is_within_limit, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm2__has_statutory_limit, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_adm2__has_statutory_limit, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm2__is_within_limit, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_adm2__has_statutory_limit, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'admin_second_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_adm2, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm2__duration_days_known, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_adm2__duration_days_known, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_adm2, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_adm2__duration_days_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'admin_second_reversal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm2__is_amended_or_remanded, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm2, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_adm2, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm2__is_amended_or_remanded, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_adm2, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'admin_retrial_application_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_reviews__filed_in__count__case_type_code_adm_petition, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1_or_adm2__closing_method_judgment_or_ruling, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_adm1_or_adm2__closing_method_judgment_or_ruling, 0) != 0 then cast(coalesce(m_case_reviews__filed_in__count__case_type_code_adm_petition, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_adm1_or_adm2__closing_method_judgment_or_ruling, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

)

select * from final
