-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- filing: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('filing')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('filing') }}

),

final as (

    {{ kept_period_rows('filing') }}
    select
        'accepted_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__carried_over__count, 0) + coalesce(m_trial_cases__filed_in__count, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__carried_over__count, 0) + coalesce(m_trial_cases__filed_in__count, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'civil_first_instance_filed' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'filing'))

    union all

    select
        'criminal_first_instance_filed' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_crim1, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_crim1, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level in ('court', 'city') or business_line in ('criminal', 'filing'))

    union all

    select
        'administrative_first_instance_filed' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_adm1, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_adm1, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level in ('court', 'city') or business_line in ('administrative', 'filing'))

    union all

    select
        'second_instance_filed' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__is_second_instance, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__filed_in__count__is_second_instance, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'filing'))

    union all

    select
        'special_procedure_filed' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ_special, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ_special, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level in ('court', 'city') or business_line in ('filing', 'civil', 'commercial'))

    union all

    select
        'first_instance_filing_share' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__is_first_instance, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__filed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__filed_in__count, 0) != 0 then cast(coalesce(m_trial_cases__filed_in__count__is_first_instance, 0) as double) / (coalesce(m_trial_cases__filed_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'enterprise_filing_share' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__involves_enterprise, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__filed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__filed_in__count, 0) != 0 then cast(coalesce(m_trial_cases__filed_in__count__involves_enterprise, 0) as double) / (coalesce(m_trial_cases__filed_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'filed_per_quota_judge' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count, 0) as double) as numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as denominator,
        cast(case when coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) != 0 then cast(coalesce(m_trial_cases__filed_in__count, 0) as double) / (coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'statistical_filed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm, 0) + coalesce(m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm, 0) + coalesce(m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'filings_per_10k' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm, 0) + coalesce(m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2, 0) as double) as numerator,
        cast(population as double) as denominator,
        cast(case when population > 0 then cast(coalesce(m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm, 0) + coalesce(m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2, 0) as double) / population * 10000 end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'civil_filed_claim_amount' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__sum_claim_amount__case_type_code_civ1, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__filed_in__sum_claim_amount__case_type_code_civ1, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'filing'))

    union all

    select
        'civil_filed_avg_claim_amount' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__sum_claim_amount__case_type_code_civ1, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ1__claim_amount_known, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__filed_in__count__case_type_code_civ1__claim_amount_known, 0) != 0 then cast(coalesce(m_trial_cases__filed_in__sum_claim_amount__case_type_code_civ1, 0) as double) / (coalesce(m_trial_cases__filed_in__count__case_type_code_civ1__claim_amount_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'filing'))

    union all

    select
        'enforcement_filing_share' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__filed_in__count, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__filed_in__count, 0) + coalesce(m_enforcement_cases__filed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__filed_in__count, 0) + coalesce(m_enforcement_cases__filed_in__count, 0) != 0 then cast(coalesce(m_enforcement_cases__filed_in__count, 0) as double) / (coalesce(m_trial_cases__filed_in__count, 0) + coalesce(m_enforcement_cases__filed_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'city')
        and period_end >= cast('2016-01-01' as date)

)

select * from final
