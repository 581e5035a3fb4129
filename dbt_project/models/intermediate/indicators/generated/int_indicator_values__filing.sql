-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- filing: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('filing')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('filing') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- accepted_cases (from 2016-01-01)
        'accepted_cases' as accepted_cases__indicator_id,
        '2016-01-01' as accepted_cases__definition_valid_from,
        cast(
            coalesce(m_trial_cases__carried_over__count, 0)
            + coalesce(m_trial_cases__filed_in__count, 0)
            as double
        ) as accepted_cases__numerator,
        cast(null as double) as accepted_cases__denominator,
        {{ indicator_applies(levels=['court', 'department', 'city'], valid_from='2016-01-01') }} as accepted_cases__applies,
        -- civil_first_instance_filed (from 2016-01-01)
        'civil_first_instance_filed' as civil_first_instance_filed__indicator_id,
        '2016-01-01' as civil_first_instance_filed__definition_valid_from,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ1, 0) as double) as civil_first_instance_filed__numerator,
        cast(null as double) as civil_first_instance_filed__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'city'],
            valid_from='2016-01-01',
            business_lines=['civil', 'commercial', 'filing'],
        ) }} as civil_first_instance_filed__applies,
        -- criminal_first_instance_filed (from 2016-01-01)
        'criminal_first_instance_filed' as criminal_first_instance_filed__indicator_id,
        '2016-01-01' as criminal_first_instance_filed__definition_valid_from,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_crim1, 0) as double) as criminal_first_instance_filed__numerator,
        cast(null as double) as criminal_first_instance_filed__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'city'],
            valid_from='2016-01-01',
            business_lines=['criminal', 'filing'],
        ) }} as criminal_first_instance_filed__applies,
        -- administrative_first_instance_filed (from 2016-01-01)
        'administrative_first_instance_filed' as administrative_first_instance_filed__indicator_id,
        '2016-01-01' as administrative_first_instance_filed__definition_valid_from,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_adm1, 0) as double) as administrative_first_instance_filed__numerator,
        cast(null as double) as administrative_first_instance_filed__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'city'],
            valid_from='2016-01-01',
            business_lines=['administrative', 'filing'],
        ) }} as administrative_first_instance_filed__applies,
        -- second_instance_filed (from 2016-01-01)
        'second_instance_filed' as second_instance_filed__indicator_id,
        '2016-01-01' as second_instance_filed__definition_valid_from,
        cast(coalesce(m_trial_cases__filed_in__count__is_second_instance, 0) as double) as second_instance_filed__numerator,
        cast(null as double) as second_instance_filed__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'city'],
            valid_from='2016-01-01',
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'filing'],
        ) }} as second_instance_filed__applies,
        -- special_procedure_filed (from 2016-01-01)
        'special_procedure_filed' as special_procedure_filed__indicator_id,
        '2016-01-01' as special_procedure_filed__definition_valid_from,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_civ_special, 0) as double) as special_procedure_filed__numerator,
        cast(null as double) as special_procedure_filed__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'city'],
            valid_from='2016-01-01',
            business_lines=['filing', 'civil', 'commercial'],
        ) }} as special_procedure_filed__applies,
        -- first_instance_filing_share (from 2016-01-01)
        'first_instance_filing_share' as first_instance_filing_share__indicator_id,
        '2016-01-01' as first_instance_filing_share__definition_valid_from,
        cast(coalesce(m_trial_cases__filed_in__count__is_first_instance, 0) as double) as first_instance_filing_share__numerator,
        cast(coalesce(m_trial_cases__filed_in__count, 0) as double) as first_instance_filing_share__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as first_instance_filing_share__applies,
        -- enterprise_filing_share (from 2016-01-01)
        'enterprise_filing_share' as enterprise_filing_share__indicator_id,
        '2016-01-01' as enterprise_filing_share__definition_valid_from,
        cast(coalesce(m_trial_cases__filed_in__count__involves_enterprise, 0) as double) as enterprise_filing_share__numerator,
        cast(coalesce(m_trial_cases__filed_in__count, 0) as double) as enterprise_filing_share__denominator,
        {{ indicator_applies(levels=['court', 'department', 'city'], valid_from='2016-01-01') }} as enterprise_filing_share__applies,
        -- filed_per_quota_judge (from 2016-01-01)
        'filed_per_quota_judge' as filed_per_quota_judge__indicator_id,
        '2016-01-01' as filed_per_quota_judge__definition_valid_from,
        cast(coalesce(m_trial_cases__filed_in__count, 0) as double) as filed_per_quota_judge__numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as filed_per_quota_judge__denominator,
        {{ indicator_applies(levels=['court', 'department', 'city'], valid_from='2016-01-01') }} as filed_per_quota_judge__applies,
        -- statistical_filed_cases (from 2016-01-01)
        'statistical_filed_cases' as statistical_filed_cases__indicator_id,
        '2016-01-01' as statistical_filed_cases__definition_valid_from,
        cast(
            coalesce(m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm, 0)
            + coalesce(m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2, 0)
            as double
        ) as statistical_filed_cases__numerator,
        cast(null as double) as statistical_filed_cases__denominator,
        {{ indicator_applies(levels=['court', 'department', 'city'], valid_from='2016-01-01') }} as statistical_filed_cases__applies,
        -- filings_per_10k (from 2016-01-01)
        'filings_per_10k' as filings_per_10k__indicator_id,
        '2016-01-01' as filings_per_10k__definition_valid_from,
        cast(
            coalesce(m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm, 0)
            + coalesce(m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2, 0)
            as double
        ) as filings_per_10k__numerator,
        cast(population as double) as filings_per_10k__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as filings_per_10k__applies,
        -- civil_filed_claim_amount (from 2016-01-01)
        'civil_filed_claim_amount' as civil_filed_claim_amount__indicator_id,
        '2016-01-01' as civil_filed_claim_amount__definition_valid_from,
        cast(coalesce(m_trial_cases__filed_in__sum_claim_amount__case_type_code_civ1, 0) as double) as civil_filed_claim_amount__numerator,
        cast(null as double) as civil_filed_claim_amount__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'city'],
            valid_from='2016-01-01',
            business_lines=['civil', 'commercial', 'filing'],
        ) }} as civil_filed_claim_amount__applies,
        -- civil_filed_avg_claim_amount (from 2016-01-01)
        'civil_filed_avg_claim_amount' as civil_filed_avg_claim_amount__indicator_id,
        '2016-01-01' as civil_filed_avg_claim_amount__definition_valid_from,
        cast(
            coalesce(m_trial_cases__filed_in__sum_claim_amount__case_type_code_civ1, 0)
            as double
        ) as civil_filed_avg_claim_amount__numerator,
        cast(
            coalesce(m_trial_cases__filed_in__count__case_type_code_civ1__claim_amount_known, 0)
            as double
        ) as civil_filed_avg_claim_amount__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'city'],
            valid_from='2016-01-01',
            business_lines=['civil', 'commercial', 'filing'],
        ) }} as civil_filed_avg_claim_amount__applies,
        -- enforcement_filing_share (from 2016-01-01)
        'enforcement_filing_share' as enforcement_filing_share__indicator_id,
        '2016-01-01' as enforcement_filing_share__definition_valid_from,
        cast(coalesce(m_enforcement_cases__filed_in__count, 0) as double) as enforcement_filing_share__numerator,
        cast(
            coalesce(m_trial_cases__filed_in__count, 0)
            + coalesce(m_enforcement_cases__filed_in__count, 0)
            as double
        ) as enforcement_filing_share__denominator,
        {{ indicator_applies(levels=['court', 'city'], valid_from='2016-01-01') }} as enforcement_filing_share__applies
    from measures

),

definition_values as (

    select
        *,
        accepted_cases__numerator as accepted_cases__value,
        civil_first_instance_filed__numerator as civil_first_instance_filed__value,
        criminal_first_instance_filed__numerator as criminal_first_instance_filed__value,
        administrative_first_instance_filed__numerator as administrative_first_instance_filed__value,
        second_instance_filed__numerator as second_instance_filed__value,
        special_procedure_filed__numerator as special_procedure_filed__value,
        case
            when first_instance_filing_share__denominator != 0
                then first_instance_filing_share__numerator / first_instance_filing_share__denominator
        end as first_instance_filing_share__value,
        case
            when enterprise_filing_share__denominator != 0
                then enterprise_filing_share__numerator / enterprise_filing_share__denominator
        end as enterprise_filing_share__value,
        case
            when filed_per_quota_judge__denominator != 0
                then filed_per_quota_judge__numerator / filed_per_quota_judge__denominator
        end as filed_per_quota_judge__value,
        statistical_filed_cases__numerator as statistical_filed_cases__value,
        case
            when filings_per_10k__denominator > 0
                then filings_per_10k__numerator / filings_per_10k__denominator * 10000
        end as filings_per_10k__value,
        civil_filed_claim_amount__numerator as civil_filed_claim_amount__value,
        case
            when civil_filed_avg_claim_amount__denominator != 0
                then civil_filed_avg_claim_amount__numerator / civil_filed_avg_claim_amount__denominator
        end as civil_filed_avg_claim_amount__value,
        case
            when enforcement_filing_share__denominator != 0
                then enforcement_filing_share__numerator / enforcement_filing_share__denominator
        end as enforcement_filing_share__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                accepted_cases__indicator_id,
                accepted_cases__definition_valid_from,
                accepted_cases__numerator,
                accepted_cases__denominator,
                accepted_cases__value,
                accepted_cases__applies
            ) as accepted_cases,
            (
                civil_first_instance_filed__indicator_id,
                civil_first_instance_filed__definition_valid_from,
                civil_first_instance_filed__numerator,
                civil_first_instance_filed__denominator,
                civil_first_instance_filed__value,
                civil_first_instance_filed__applies
            ) as civil_first_instance_filed,
            (
                criminal_first_instance_filed__indicator_id,
                criminal_first_instance_filed__definition_valid_from,
                criminal_first_instance_filed__numerator,
                criminal_first_instance_filed__denominator,
                criminal_first_instance_filed__value,
                criminal_first_instance_filed__applies
            ) as criminal_first_instance_filed,
            (
                administrative_first_instance_filed__indicator_id,
                administrative_first_instance_filed__definition_valid_from,
                administrative_first_instance_filed__numerator,
                administrative_first_instance_filed__denominator,
                administrative_first_instance_filed__value,
                administrative_first_instance_filed__applies
            ) as administrative_first_instance_filed,
            (
                second_instance_filed__indicator_id,
                second_instance_filed__definition_valid_from,
                second_instance_filed__numerator,
                second_instance_filed__denominator,
                second_instance_filed__value,
                second_instance_filed__applies
            ) as second_instance_filed,
            (
                special_procedure_filed__indicator_id,
                special_procedure_filed__definition_valid_from,
                special_procedure_filed__numerator,
                special_procedure_filed__denominator,
                special_procedure_filed__value,
                special_procedure_filed__applies
            ) as special_procedure_filed,
            (
                first_instance_filing_share__indicator_id,
                first_instance_filing_share__definition_valid_from,
                first_instance_filing_share__numerator,
                first_instance_filing_share__denominator,
                first_instance_filing_share__value,
                first_instance_filing_share__applies
            ) as first_instance_filing_share,
            (
                enterprise_filing_share__indicator_id,
                enterprise_filing_share__definition_valid_from,
                enterprise_filing_share__numerator,
                enterprise_filing_share__denominator,
                enterprise_filing_share__value,
                enterprise_filing_share__applies
            ) as enterprise_filing_share,
            (
                filed_per_quota_judge__indicator_id,
                filed_per_quota_judge__definition_valid_from,
                filed_per_quota_judge__numerator,
                filed_per_quota_judge__denominator,
                filed_per_quota_judge__value,
                filed_per_quota_judge__applies
            ) as filed_per_quota_judge,
            (
                statistical_filed_cases__indicator_id,
                statistical_filed_cases__definition_valid_from,
                statistical_filed_cases__numerator,
                statistical_filed_cases__denominator,
                statistical_filed_cases__value,
                statistical_filed_cases__applies
            ) as statistical_filed_cases,
            (
                filings_per_10k__indicator_id,
                filings_per_10k__definition_valid_from,
                filings_per_10k__numerator,
                filings_per_10k__denominator,
                filings_per_10k__value,
                filings_per_10k__applies
            ) as filings_per_10k,
            (
                civil_filed_claim_amount__indicator_id,
                civil_filed_claim_amount__definition_valid_from,
                civil_filed_claim_amount__numerator,
                civil_filed_claim_amount__denominator,
                civil_filed_claim_amount__value,
                civil_filed_claim_amount__applies
            ) as civil_filed_claim_amount,
            (
                civil_filed_avg_claim_amount__indicator_id,
                civil_filed_avg_claim_amount__definition_valid_from,
                civil_filed_avg_claim_amount__numerator,
                civil_filed_avg_claim_amount__denominator,
                civil_filed_avg_claim_amount__value,
                civil_filed_avg_claim_amount__applies
            ) as civil_filed_avg_claim_amount,
            (
                enforcement_filing_share__indicator_id,
                enforcement_filing_share__definition_valid_from,
                enforcement_filing_share__numerator,
                enforcement_filing_share__denominator,
                enforcement_filing_share__value,
                enforcement_filing_share__applies
            ) as enforcement_filing_share
        )
    )

),

final as (

    {{ kept_period_rows('filing') }}
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
