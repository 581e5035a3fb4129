-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- business_environment: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('business_environment')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('business_environment') }}

),

final as (

    {{ kept_period_rows('business_environment') }}
    select
        'enterprise_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__involves_enterprise, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__involves_enterprise, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__involves_enterprise, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__involves_enterprise, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__involves_enterprise, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'enterprise_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__involves_enterprise__is_within_limit, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__has_statutory_limit__involves_enterprise, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__has_statutory_limit__involves_enterprise, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__involves_enterprise__is_within_limit, 0) as double) / (coalesce(m_trial_cases__closed_in__count__has_statutory_limit__involves_enterprise, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'bankruptcy_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_elapsed_days__case_type_code_bankruptcy, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_known, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_known, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_elapsed_days__case_type_code_bankruptcy, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'bankruptcy_recovery_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_bankruptcy_recovered_amount__case_type_code_bankruptcy, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__sum_bankruptcy_total_claims__case_type_code_bankruptcy, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__sum_bankruptcy_total_claims__case_type_code_bankruptcy, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_bankruptcy_recovered_amount__case_type_code_bankruptcy, 0) as double) / (coalesce(m_trial_cases__closed_in__sum_bankruptcy_total_claims__case_type_code_bankruptcy, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'biz_enterprise_filed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__involves_enterprise, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__filed_in__count__involves_enterprise, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('filing', 'civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'biz_enterprise_long_pending_12m' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_12_months_at_end__involves_enterprise, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_12_months_at_end__involves_enterprise, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('filing', 'civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'biz_enterprise_long_pending_ratio' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_12_months_at_end__involves_enterprise, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__pending_at_end__count__involves_enterprise, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__pending_at_end__count__involves_enterprise, 0) != 0 then cast(coalesce(m_trial_cases__pending_at_end__count__age_over_12_months_at_end__involves_enterprise, 0) as double) / (coalesce(m_trial_cases__pending_at_end__count__involves_enterprise, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('filing', 'civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'biz_ent_civil_first_closed' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__involves_enterprise, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__involves_enterprise, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_ent_appeal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruli_d82cbbd64f, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruli_38472b40e2, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruli_38472b40e2, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruli_d82cbbd64f, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruli_38472b40e2, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_ent_first_reversal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_reviews__closed_in__count__case_type_code_civ2__involves_enterprise__is_amende_cfe0a39d28, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__involves_enterprise, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__involves_enterprise, 0) != 0 then cast(coalesce(m_case_reviews__closed_in__count__case_type_code_civ2__involves_enterprise__is_amende_cfe0a39d28, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__involves_enterprise, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_ent_civil_second_reversal_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__involves_enterprise__is_amended_568ebee56a, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__involves_enterprise, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__involves_enterprise, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__involves_enterprise__is_amended_568ebee56a, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__involves_enterprise, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_ent_admin_first_filed' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_adm1__involves_enterprise, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_adm1__involves_enterprise, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'biz_sales_first_avg_elapsed_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_elapsed_days__case_type_code_civ1__cause_of_action_vadf2db, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__elapse_aef226d1a2, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__elapse_aef226d1a2, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_elapsed_days__case_type_code_civ1__cause_of_action_vadf2db, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__elapse_aef226d1a2, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_sales_second_avg_elapsed_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_elapsed_days__case_type_code_civ2__cause_of_action_vadf2db, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__cause_of_action_vadf2db__elapse_6ff96fd509, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__cause_of_action_vadf2db__elapse_6ff96fd509, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_elapsed_days__case_type_code_civ2__cause_of_action_vadf2db, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ2__cause_of_action_vadf2db__elapse_6ff96fd509, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_sales_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__is_within_limit, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__has_st_0da04ac6b0, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__has_st_0da04ac6b0, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__is_within_limit, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__has_st_0da04ac6b0, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_sales_simple_procedure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__proced_fcd2e1dedd, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__proced_fcd2e1dedd, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_sales_mediation_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__closin_aebebd85a6, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__closin_aebebd85a6, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_sales_small_claims_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__proced_ec58ebab1a, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__proced_ec58ebab1a, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_sales_acceptance_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__is_reviewed, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db, 0) != 0 then 1 - cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__is_reviewed, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_dispute_total_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_commercial_disputes__resolved_in__sum_total_days__involves_enterprise, 0) as double) as numerator,
        cast(coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_known, 0) as double) as denominator,
        cast(case when coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_known, 0) != 0 then cast(coalesce(m_commercial_disputes__resolved_in__sum_total_days__involves_enterprise, 0) as double) / (coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_dispute_first_instance_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_commercial_disputes__resolved_in__sum_first_instance_days__involves_enterprise, 0) as double) as numerator,
        cast(coalesce(m_commercial_disputes__resolved_in__count__first_instance_days_known__involves_enterprise, 0) as double) as denominator,
        cast(case when coalesce(m_commercial_disputes__resolved_in__count__first_instance_days_known__involves_enterprise, 0) != 0 then cast(coalesce(m_commercial_disputes__resolved_in__sum_first_instance_days__involves_enterprise, 0) as double) / (coalesce(m_commercial_disputes__resolved_in__count__first_instance_days_known__involves_enterprise, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_dispute_resolved_within_1y_share' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_le_365, 0) as double) as numerator,
        cast(coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise, 0) as double) as denominator,
        cast(case when coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise, 0) != 0 then cast(coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_le_365, 0) as double) / (coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_dispute_appeal_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_commercial_disputes__resolved_in__sum_appeal_days__involves_enterprise__is_appealed, 0) as double) as numerator,
        cast(coalesce(m_commercial_disputes__resolved_in__count__appeal_days_known__involves_enterprise__is_appealed, 0) as double) as denominator,
        cast(case when coalesce(m_commercial_disputes__resolved_in__count__appeal_days_known__involves_enterprise__is_appealed, 0) != 0 then cast(coalesce(m_commercial_disputes__resolved_in__sum_appeal_days__involves_enterprise__is_appealed, 0) as double) / (coalesce(m_commercial_disputes__resolved_in__count__appeal_days_known__involves_enterprise__is_appealed, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_dispute_enforcement_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_commercial_disputes__resolved_in__sum_enforcement_days__involves_enterprise, 0) as double) as numerator,
        cast(coalesce(m_commercial_disputes__resolved_in__count__enforcement_days_known__involves_enterprise, 0) as double) as denominator,
        cast(case when coalesce(m_commercial_disputes__resolved_in__count__enforcement_days_known__involves_enterprise, 0) != 0 then cast(coalesce(m_commercial_disputes__resolved_in__sum_enforcement_days__involves_enterprise, 0) as double) / (coalesce(m_commercial_disputes__resolved_in__count__enforcement_days_known__involves_enterprise, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_voluntary_performance_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_commercial_disputes__effective_in__count__has_enforcement__is_effective, 0) as double) as numerator,
        cast(coalesce(m_commercial_disputes__effective_in__count__is_effective, 0) as double) as denominator,
        cast(case when coalesce(m_commercial_disputes__effective_in__count__is_effective, 0) != 0 then 1 - cast(coalesce(m_commercial_disputes__effective_in__count__has_enforcement__is_effective, 0) as double) / (coalesce(m_commercial_disputes__effective_in__count__is_effective, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_enforcement_application_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_commercial_disputes__effective_in__count__has_enforcement__is_effective, 0) as double) as numerator,
        cast(coalesce(m_commercial_disputes__effective_in__count__is_effective, 0) as double) as denominator,
        cast(case when coalesce(m_commercial_disputes__effective_in__count__is_effective, 0) != 0 then cast(coalesce(m_commercial_disputes__effective_in__count__has_enforcement__is_effective, 0) as double) / (coalesce(m_commercial_disputes__effective_in__count__is_effective, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_insolvency_case_recovery_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_bankruptcy_recovery_ratio__case_type_code_bankruptcy, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__bankruptcy_recovery_ratio_known__case_type_code_bankruptcy, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__bankruptcy_recovery_ratio_known__case_type_code_bankruptcy, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_bankruptcy_recovery_ratio__case_type_code_bankruptcy, 0) as double) / (coalesce(m_trial_cases__closed_in__count__bankruptcy_recovery_ratio_known__case_type_code_bankruptcy, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_insolvency_reorganization_outcome_share' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_dispute_enforcement_recovery_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_commercial_disputes__resolved_in__sum_enforcement_executed_amount__involves_enterprise, 0) as double) as numerator,
        cast(coalesce(m_commercial_disputes__resolved_in__sum_enforcement_applied_amount__involves_enterprise, 0) as double) as denominator,
        cast(case when coalesce(m_commercial_disputes__resolved_in__sum_enforcement_applied_amount__involves_enterprise, 0) != 0 then cast(coalesce(m_commercial_disputes__resolved_in__sum_enforcement_executed_amount__involves_enterprise, 0) as double) / (coalesce(m_commercial_disputes__resolved_in__sum_enforcement_applied_amount__involves_enterprise, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_dispute_terminated_procedure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_commercial_disputes__resolved_in__count__enforcement_closing_method_terminated_proc_54f29cdd4d, 0) as double) as numerator,
        cast(coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise, 0) as double) as denominator,
        cast(case when coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise, 0) != 0 then cast(coalesce(m_commercial_disputes__resolved_in__count__enforcement_closing_method_terminated_proc_54f29cdd4d, 0) as double) / (coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_dispute_enforcement_within_limit_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise__is_enforcement_within_limit, 0) as double) as numerator,
        cast(coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise, 0) as double) as denominator,
        cast(case when coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise, 0) != 0 then cast(coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise__is_enforcement_within_limit, 0) as double) / (coalesce(m_commercial_disputes__resolved_in__count__involves_enterprise, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_court_fee_claim_ratio' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_statutory_court_fee_ratio__case_type_code_civ1__claim_a_4e095ba17e, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__claim_amount_gt_0__involves_ent_58431b90c4, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__claim_amount_gt_0__involves_ent_58431b90c4, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_statutory_court_fee_ratio__case_type_code_civ1__claim_a_4e095ba17e, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ1__claim_amount_gt_0__involves_ent_58431b90c4, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_dispute_enforcement_fee_ratio' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_commercial_disputes__resolved_in__sum_enforcement_fee_ratio__involves_enterprise, 0) as double) as numerator,
        cast(coalesce(m_commercial_disputes__resolved_in__count__enforcement_fee_ratio_known__involves_enterprise, 0) as double) as denominator,
        cast(case when coalesce(m_commercial_disputes__resolved_in__count__enforcement_fee_ratio_known__involves_enterprise, 0) != 0 then cast(coalesce(m_commercial_disputes__resolved_in__sum_enforcement_fee_ratio__involves_enterprise, 0) as double) / (coalesce(m_commercial_disputes__resolved_in__count__enforcement_fee_ratio_known__involves_enterprise, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_dispute_preservation_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_commercial_disputes__effective_in__count__has_preservation__involves_enterprise__is_effective, 0) as double) as numerator,
        cast(coalesce(m_commercial_disputes__effective_in__count__involves_enterprise__is_effective, 0) as double) as denominator,
        cast(case when coalesce(m_commercial_disputes__effective_in__count__involves_enterprise__is_effective, 0) != 0 then cast(coalesce(m_commercial_disputes__effective_in__count__has_preservation__involves_enterprise__is_effective, 0) as double) / (coalesce(m_commercial_disputes__effective_in__count__involves_enterprise__is_effective, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_preservation_avg_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__sum_duration_days__case_type_code_vcef0b2, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__case_type_code_vcef0b2__duration_days_known, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__case_type_code_vcef0b2__duration_days_known, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__sum_duration_days__case_type_code_vcef0b2, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__case_type_code_vcef0b2__duration_days_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement', 'civil', 'commercial'))

    union all

    select
        'biz_preservation_within_5d_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count__case_type_code_vcef0b2__duration_days_le_5, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__case_type_code_vcef0b2, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__case_type_code_vcef0b2, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__count__case_type_code_vcef0b2__duration_days_le_5, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__case_type_code_vcef0b2, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement', 'civil', 'commercial'))

    union all

    select
        'biz_insolvency_closed_within_6m_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_le_183, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_le_183, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'biz_dispute_appeal_transfer_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_commercial_disputes__appealed_in__sum_appeal_transfer_days__involves_enterprise__is_appealed, 0) as double) as numerator,
        cast(coalesce(m_commercial_disputes__appealed_in__count__appeal_transfer_days_known__involves_enter_0013520332, 0) as double) as denominator,
        cast(case when coalesce(m_commercial_disputes__appealed_in__count__appeal_transfer_days_known__involves_enter_0013520332, 0) != 0 then cast(coalesce(m_commercial_disputes__appealed_in__sum_appeal_transfer_days__involves_enterprise__is_appealed, 0) as double) / (coalesce(m_commercial_disputes__appealed_in__count__appeal_transfer_days_known__involves_enter_0013520332, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

)

select * from final
