-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- appeal_and_retrial: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('appeal_and_retrial')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('appeal_and_retrial') }}

),

final as (

    {{ kept_period_rows('appeal_and_retrial') }}
    select
        'second_instance_closed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'second_instance_upheld_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_upheld, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_upheld, 0) as double) / (coalesce(m_trial_cases__closed_in__count__is_second_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'second_instance_amended_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_amended, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_amended, 0) as double) / (coalesce(m_trial_cases__closed_in__count__is_second_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'second_instance_remanded_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_remanded, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_remanded, 0) as double) / (coalesce(m_trial_cases__closed_in__count__is_second_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'second_instance_mediated_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_mediated, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_mediated, 0) as double) / (coalesce(m_trial_cases__closed_in__count__is_second_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'second_instance_withdrawn_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_withdrawn, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_withdrawn, 0) as double) / (coalesce(m_trial_cases__closed_in__count__is_second_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'appellate_amend_remand_ratio' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_amended, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_remanded, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_remanded, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_amended, 0) as double) / (coalesce(m_trial_cases__closed_in__count__is_second_instance__review_outcome_remanded, 0)) end as double) as value,
        '2024-09-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2024-09-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'second_instance_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_duration_days__is_second_instance, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__duration_days_known__is_second_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__duration_days_known__is_second_instance, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_duration_days__is_second_instance, 0) as double) / (coalesce(m_trial_cases__closed_in__count__duration_days_known__is_second_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'first_instance_amended_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_reviews__closed_in__count__is_second_instance__review_outcome_amended, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) != 0 then cast(coalesce(m_case_reviews__closed_in__count__is_second_instance__review_outcome_amended, 0) as double) / (coalesce(m_trial_cases__closed_in__count__is_first_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'first_instance_remanded_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_reviews__closed_in__count__is_second_instance__review_outcome_remanded, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__is_first_instance, 0) != 0 then cast(coalesce(m_case_reviews__closed_in__count__is_second_instance__review_outcome_remanded, 0) as double) / (coalesce(m_trial_cases__closed_in__count__is_first_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'appealed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_reviews__filed_in__count__is_second_instance, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_case_reviews__filed_in__count__is_second_instance, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'reversed_remanded_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'retrial_application_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_reviews__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm1_or_adm2_or_civ1_or_civ2_or_crim1_9c2d44bc03, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_adm1_or_adm2_or_civ1_or_civ2_or_crim1_9c2d44bc03, 0) != 0 then cast(coalesce(m_case_reviews__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_adm1_or_adm2_or_civ1_or_civ2_or_crim1_9c2d44bc03, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'retrial_review_filed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('trial_supervision'))

    union all

    select
        'retrial_review_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_adm_petition_or_civ_petit_a4bdf50ce0, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_8f4c90ba1f, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_8f4c90ba1f, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_duration_days__case_type_code_adm_petition_or_civ_petit_a4bdf50ce0, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_8f4c90ba1f, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('trial_supervision'))

    union all

    select
        'retrial_closed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('trial_supervision'))

    union all

    select
        'retrial_amended_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__review_o_c3e156a0a2, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__review_o_c3e156a0a2, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('trial_supervision'))

    union all

    select
        'retrial_remanded_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__review_o_e086829362, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__review_o_e086829362, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('trial_supervision'))

    union all

    select
        'retrial_amend_remand_ratio' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__review_o_c3e156a0a2, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__review_o_e086829362, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__review_o_e086829362, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__review_o_c3e156a0a2, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__review_o_e086829362, 0)) end as double) as value,
        '2024-09-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2024-09-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('trial_supervision'))

    union all

    select
        'effective_decisions_reversed_on_retrial' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_reviews__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__is_amen_7c76016cb2, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_case_reviews__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__is_amen_7c76016cb2, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

)

select * from final
