-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- litigation_source: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('litigation_source')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('litigation_source') }}

),

final as (

    {{ kept_period_rows('litigation_source') }}
    select
        'prelit_mediation_success_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__result_failed_or_success__stage_pre_litigation, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__result_failed_or_success__stage_pre_litigation, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0) as double) / (coalesce(m_mediations__closed_in__count__result_failed_or_success__stage_pre_litigation, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'lawsuits_per_10k' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_adm1_or_civ1, 0) as double) as numerator,
        cast(population as double) as denominator,
        cast(case when population > 0 then cast(coalesce(m_trial_cases__filed_in__count__case_type_code_adm1_or_civ1, 0) as double) / population * 10000 end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'judicial_confirmation_count' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__judicial_confirmation__result_success, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_mediations__closed_in__count__judicial_confirmation__result_success, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_mediations_received' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__received_in__count__stage_pre_litigation, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_mediations__received_in__count__stage_pre_litigation, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('filing', 'civil', 'commercial'))

    union all

    select
        'prelit_mediations_closed' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__stage_pre_litigation, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_mediations__closed_in__count__stage_pre_litigation, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('filing', 'civil', 'commercial'))

    union all

    select
        'prelit_mediations_succeeded' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('filing', 'civil', 'commercial'))

    union all

    select
        'prelit_mediations_open_end' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__open_at_end__count__stage_pre_litigation, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_mediations__open_at_end__count__stage_pre_litigation, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('filing', 'civil', 'commercial'))

    union all

    select
        'insuit_mediations_received' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__received_in__count__stage_in_litigation, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_mediations__received_in__count__stage_in_litigation, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'insuit_mediations_succeeded' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__result_success__stage_in_litigation, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_mediations__closed_in__count__result_success__stage_in_litigation, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'prelit_confirmation_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_presuit_confirm__is_within_limit, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_presuit_confirm__has_statutory_limit, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_presuit_confirm__has_statutory_limit, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_presuit_confirm__is_within_limit, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_presuit_confirm__has_statutory_limit, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('filing', 'civil', 'commercial'))

    union all

    select
        'people_mediation_confirmation_filed' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ_special__cause_of_action_v05d74e, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ_special__cause_of_action_v05d74e, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_mediation_settle_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__stage_pre_litigation, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__stage_pre_litigation, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0) as double) / (coalesce(m_mediations__closed_in__count__stage_pre_litigation, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('filing', 'civil', 'commercial'))

    union all

    select
        'insuit_mediation_success_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__result_success__stage_in_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__result_failed_or_success__stage_in_litigation, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__result_failed_or_success__stage_in_litigation, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__result_success__stage_in_litigation, 0) as double) / (coalesce(m_mediations__closed_in__count__result_failed_or_success__stage_in_litigation, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'prelit_judicial_confirmation_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__judicial_confirmation__result_success__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__judicial_confirmation__result_success__stage_pre_litigation, 0) as double) / (coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('filing', 'civil', 'commercial'))

    union all

    select
        'prelit_conversion_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__is_converted_to_case__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__stage_pre_litigation, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__stage_pre_litigation, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__is_converted_to_case__stage_pre_litigation, 0) as double) / (coalesce(m_mediations__closed_in__count__stage_pre_litigation, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_withdrawal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__result_withdrawn__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__stage_pre_litigation, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__stage_pre_litigation, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__result_withdrawn__stage_pre_litigation, 0) as double) / (coalesce(m_mediations__closed_in__count__stage_pre_litigation, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_mediation_completion_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__received_in__count__closed_by_period_end__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__received_in__count__stage_pre_litigation, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__received_in__count__stage_pre_litigation, 0) != 0 then cast(coalesce(m_mediations__received_in__count__closed_by_period_end__stage_pre_litigation, 0) as double) / (coalesce(m_mediations__received_in__count__stage_pre_litigation, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('filing', 'civil', 'commercial'))

    union all

    select
        'prelit_mediation_within_30_days_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__days_to_close_le_30__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__stage_pre_litigation, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__stage_pre_litigation, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__days_to_close_le_30__stage_pre_litigation, 0) as double) / (coalesce(m_mediations__closed_in__count__stage_pre_litigation, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('filing', 'civil', 'commercial'))

    union all

    select
        'prelit_success_share_of_disputes' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0) as double) / (coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_success_to_civil_filings' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__result_success__stage_pre_litigation, 0) as double) / (coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_mediation_share' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__received_in__count__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0) != 0 then cast(coalesce(m_mediations__received_in__count__stage_pre_litigation, 0) as double) / (coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_delegated_share' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__received_in__count__mediator_type_not_court_staff__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__received_in__count__stage_pre_litigation, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__received_in__count__stage_pre_litigation, 0) != 0 then cast(coalesce(m_mediations__received_in__count__mediator_type_not_court_staff__stage_pre_litigation, 0) as double) / (coalesce(m_mediations__received_in__count__stage_pre_litigation, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_mediation_avg_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__sum_days_to_close__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__days_to_close_known__stage_pre_litigation, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__days_to_close_known__stage_pre_litigation, 0) != 0 then cast(coalesce(m_mediations__closed_in__sum_days_to_close__stage_pre_litigation, 0) as double) / (coalesce(m_mediations__closed_in__count__days_to_close_known__stage_pre_litigation, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('filing', 'civil', 'commercial'))

    union all

    select
        'prelit_mediation_median_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(m_mediations__closed_in__median_days_to_close__stage_pre_litigation as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__days_to_close_known__stage_pre_litigation, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__days_to_close_known__stage_pre_litigation, 0) > 0 then m_mediations__closed_in__median_days_to_close__stage_pre_litigation end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'insuit_mediation_avg_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__sum_days_to_close__stage_in_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__days_to_close_known__stage_in_litigation, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__days_to_close_known__stage_in_litigation, 0) != 0 then cast(coalesce(m_mediations__closed_in__sum_days_to_close__stage_in_litigation, 0) as double) / (coalesce(m_mediations__closed_in__count__days_to_close_known__stage_in_litigation, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_mediation_amount' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__sum_amount__result_success__stage_pre_litigation, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_mediations__closed_in__sum_amount__result_success__stage_pre_litigation, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_mediation_avg_amount' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__sum_amount__result_success__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__amount_known__result_success__stage_pre_litigation, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__amount_known__result_success__stage_pre_litigation, 0) != 0 then cast(coalesce(m_mediations__closed_in__sum_amount__result_success__stage_pre_litigation, 0) as double) / (coalesce(m_mediations__closed_in__count__amount_known__result_success__stage_pre_litigation, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'civil_suits_per_10k' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0) as double) as numerator,
        cast(population as double) as denominator,
        cast(case when population > 0 then cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0) as double) / population * 10000 end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'admin_suits_per_10k' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_adm1, 0) as double) as numerator,
        cast(population as double) as denominator,
        cast(case when population > 0 then cast(coalesce(m_trial_cases__filed_in__count__case_type_code_adm1, 0) as double) / population * 10000 end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'first_instance_suits_per_10k' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__is_first_instance, 0) as double) as numerator,
        cast(population as double) as denominator,
        cast(case when population > 0 then cast(coalesce(m_trial_cases__filed_in__count__is_first_instance, 0) as double) / population * 10000 end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'enterprise_suits_per_10k' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ1__involves_enterprise, 0) as double) as numerator,
        cast(population as double) as denominator,
        cast(case when population > 0 then cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ1__involves_enterprise, 0) as double) / population * 10000 end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_success_rate_invited_mediator' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__mediator_type_invited_mediator__result_success__stage_8299f7463d, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__mediator_type_invited_mediator__result_failed_or_succ_db81195c6d, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__mediator_type_invited_mediator__result_failed_or_succ_db81195c6d, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__mediator_type_invited_mediator__result_success__stage_8299f7463d, 0) as double) / (coalesce(m_mediations__closed_in__count__mediator_type_invited_mediator__result_failed_or_succ_db81195c6d, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_success_rate_people_mediation' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_succ_1bdd31eb2d, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_fail_4bc030757c, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_fail_4bc030757c, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_succ_1bdd31eb2d, 0) as double) / (coalesce(m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_fail_4bc030757c, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_success_rate_industry_org' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__mediator_type_industry_organisation__result_success_063af91c04, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__mediator_type_industry_organisation__result_failed_or_6dd6e3cf9f, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__mediator_type_industry_organisation__result_failed_or_6dd6e3cf9f, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__mediator_type_industry_organisation__result_success_063af91c04, 0) as double) / (coalesce(m_mediations__closed_in__count__mediator_type_industry_organisation__result_failed_or_6dd6e3cf9f, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_success_rate_court_staff' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__mediator_type_court_staff__result_success__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__mediator_type_court_staff__result_failed_or_success_acf459e3a8, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__mediator_type_court_staff__result_failed_or_success_acf459e3a8, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__mediator_type_court_staff__result_success__stage_pre_litigation, 0) as double) / (coalesce(m_mediations__closed_in__count__mediator_type_court_staff__result_failed_or_success_acf459e3a8, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_success_rate_family' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__dispute_type_v948447__result_success__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__dispute_type_v948447__result_failed_or_success__stage_a798075090, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__dispute_type_v948447__result_failed_or_success__stage_a798075090, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__dispute_type_v948447__result_success__stage_pre_litigation, 0) as double) / (coalesce(m_mediations__closed_in__count__dispute_type_v948447__result_failed_or_success__stage_a798075090, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_success_rate_private_lending' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__dispute_type_v8e1420__result_success__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__dispute_type_v8e1420__result_failed_or_success__stage_b798ccfe74, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__dispute_type_v8e1420__result_failed_or_success__stage_b798ccfe74, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__dispute_type_v8e1420__result_success__stage_pre_litigation, 0) as double) / (coalesce(m_mediations__closed_in__count__dispute_type_v8e1420__result_failed_or_success__stage_b798ccfe74, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_success_rate_property_service' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__dispute_type_ve66502__result_success__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__dispute_type_ve66502__result_failed_or_success__stage_2d464f3494, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__dispute_type_ve66502__result_failed_or_success__stage_2d464f3494, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__dispute_type_ve66502__result_success__stage_pre_litigation, 0) as double) / (coalesce(m_mediations__closed_in__count__dispute_type_ve66502__result_failed_or_success__stage_2d464f3494, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_success_rate_sales_contract' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__dispute_type_v8e475a__result_success__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__dispute_type_v8e475a__result_failed_or_success__stage_47f292a376, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__dispute_type_v8e475a__result_failed_or_success__stage_47f292a376, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__dispute_type_v8e475a__result_success__stage_pre_litigation, 0) as double) / (coalesce(m_mediations__closed_in__count__dispute_type_v8e475a__result_failed_or_success__stage_47f292a376, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_success_rate_labour' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__dispute_type_v7eeac5__result_success__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__dispute_type_v7eeac5__result_failed_or_success__stage_3cbdc77e0f, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__dispute_type_v7eeac5__result_failed_or_success__stage_3cbdc77e0f, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__dispute_type_v7eeac5__result_success__stage_pre_litigation, 0) as double) / (coalesce(m_mediations__closed_in__count__dispute_type_v7eeac5__result_failed_or_success__stage_3cbdc77e0f, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_success_rate_financial_loan' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__dispute_type_v57f385__result_success__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__dispute_type_v57f385__result_failed_or_success__stage_f37267e0c8, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__dispute_type_v57f385__result_failed_or_success__stage_f37267e0c8, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__dispute_type_v57f385__result_success__stage_pre_litigation, 0) as double) / (coalesce(m_mediations__closed_in__count__dispute_type_v57f385__result_failed_or_success__stage_f37267e0c8, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_success_rate_traffic_accident' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_mediations__closed_in__count__dispute_type_va80897__result_success__stage_pre_litigation, 0) as double) as numerator,
        cast(coalesce(m_mediations__closed_in__count__dispute_type_va80897__result_failed_or_success__stage_9a5d8a7624, 0) as double) as denominator,
        cast(case when coalesce(m_mediations__closed_in__count__dispute_type_va80897__result_failed_or_success__stage_9a5d8a7624, 0) != 0 then cast(coalesce(m_mediations__closed_in__count__dispute_type_va80897__result_success__stage_pre_litigation, 0) as double) / (coalesce(m_mediations__closed_in__count__dispute_type_va80897__result_failed_or_success__stage_9a5d8a7624, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'prelit_confirmation_enforcement_ratio' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_prelit_confirmation, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_presuit_confirm, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_presuit_confirm, 0) != 0 then cast(coalesce(m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_prelit_confirmation, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_presuit_confirm, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

)

select * from final
