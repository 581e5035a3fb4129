-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- bankruptcy: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('bankruptcy')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('bankruptcy') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- bkr_filed_cases (from 2016-01-01)
        'bkr_filed_cases' as bkr_filed_cases__indicator_id,
        '2016-01-01' as bkr_filed_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_bankruptcy, 0) as double) as bkr_filed_cases__numerator,
        cast(null as double) as bkr_filed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as bkr_filed_cases__applies,
        -- bkr_closed_cases (from 2016-01-01)
        'bkr_closed_cases' as bkr_closed_cases__indicator_id,
        '2016-01-01' as bkr_closed_cases__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy, 0) as double) as bkr_closed_cases__numerator,
        cast(null as double) as bkr_closed_cases__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as bkr_closed_cases__applies,
        -- bkr_pending_cases_end (from 2016-01-01)
        'bkr_pending_cases_end' as bkr_pending_cases_end__indicator_id,
        '2016-01-01' as bkr_pending_cases_end__definition_valid_from,
        cast(coalesce(m_trial_cases__pending_at_end__count__case_type_code_bankruptcy, 0) as double) as bkr_pending_cases_end__numerator,
        cast(null as double) as bkr_pending_cases_end__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as bkr_pending_cases_end__applies,
        -- bkr_closure_rate (from 2016-01-01)
        'bkr_closure_rate' as bkr_closure_rate__indicator_id,
        '2016-01-01' as bkr_closure_rate__definition_valid_from,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy, 0) as double) as bkr_closure_rate__numerator,
        cast(
            coalesce(m_trial_cases__carried_over__count__case_type_code_bankruptcy, 0)
            + coalesce(m_trial_cases__filed_in__count__case_type_code_bankruptcy, 0)
            as double
        ) as bkr_closure_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as bkr_closure_rate__applies,
        -- bkr_reorganization_share (from 2016-01-01)
        'bkr_reorganization_share' as bkr_reorganization_share__indicator_id,
        '2016-01-01' as bkr_reorganization_share__definition_valid_from,
        cast(
            coalesce(m_trial_cases__filed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy, 0)
            as double
        ) as bkr_reorganization_share__numerator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_bankruptcy, 0) as double) as bkr_reorganization_share__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as bkr_reorganization_share__applies,
        -- bkr_median_duration_days (from 2016-01-01)
        'bkr_median_duration_days' as bkr_median_duration_days__indicator_id,
        '2016-01-01' as bkr_median_duration_days__definition_valid_from,
        cast(m_trial_cases__closed_in__median_elapsed_days__case_type_code_bankruptcy as double) as bkr_median_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_known, 0)
            as double
        ) as bkr_median_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as bkr_median_duration_days__applies,
        -- bkr_reorganization_avg_duration_days (from 2016-01-01)
        'bkr_reorganization_avg_duration_days' as bkr_reorganization_avg_duration_days__indicator_id,
        '2016-01-01' as bkr_reorganization_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_elapsed_days__bankruptcy_reorganization__case_type_code_bankruptcy, 0)
            as double
        ) as bkr_reorganization_avg_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy_cd9c22b03b, 0)
            as double
        ) as bkr_reorganization_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as bkr_reorganization_avg_duration_days__applies,
        -- bkr_liquidation_avg_duration_days (from 2016-01-01)
        'bkr_liquidation_avg_duration_days' as bkr_liquidation_avg_duration_days__indicator_id,
        '2016-01-01' as bkr_liquidation_avg_duration_days__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_elapsed_days__case_type_code_bankruptcy__not_bankruptcy_0d09d3ac4f, 0)
            as double
        ) as bkr_liquidation_avg_duration_days__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_known__not_b_fc4986332e, 0)
            as double
        ) as bkr_liquidation_avg_duration_days__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as bkr_liquidation_avg_duration_days__applies,
        -- bkr_closed_within_1y_rate (from 2016-01-01)
        'bkr_closed_within_1y_rate' as bkr_closed_within_1y_rate__indicator_id,
        '2016-01-01' as bkr_closed_within_1y_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_le_365, 0)
            as double
        ) as bkr_closed_within_1y_rate__numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy, 0) as double) as bkr_closed_within_1y_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as bkr_closed_within_1y_rate__applies,
        -- bkr_pending_over_36m (from 2016-01-01)
        'bkr_pending_over_36m' as bkr_pending_over_36m__indicator_id,
        '2016-01-01' as bkr_pending_over_36m__definition_valid_from,
        cast(
            coalesce(m_trial_cases__pending_at_end__count__age_over_36_months_at_end__case_type_code_bankruptcy, 0)
            as double
        ) as bkr_pending_over_36m__numerator,
        cast(null as double) as bkr_pending_over_36m__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as bkr_pending_over_36m__applies,
        -- bkr_reorganization_recovery_rate (from 2016-01-01)
        'bkr_reorganization_recovery_rate' as bkr_reorganization_recovery_rate__indicator_id,
        '2016-01-01' as bkr_reorganization_recovery_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_bankruptcy_recovered_amount__bankruptcy_reorganization_7854907a1d, 0)
            as double
        ) as bkr_reorganization_recovery_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__sum_bankruptcy_total_claims__bankruptcy_reorganization__cas_ce0d64a9cc, 0)
            as double
        ) as bkr_reorganization_recovery_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as bkr_reorganization_recovery_rate__applies,
        -- bkr_liquidation_recovery_rate (from 2016-01-01)
        'bkr_liquidation_recovery_rate' as bkr_liquidation_recovery_rate__indicator_id,
        '2016-01-01' as bkr_liquidation_recovery_rate__definition_valid_from,
        cast(
            coalesce(m_trial_cases__closed_in__sum_bankruptcy_recovered_amount__case_type_code_bankruptcy_99713eb145, 0)
            as double
        ) as bkr_liquidation_recovery_rate__numerator,
        cast(
            coalesce(m_trial_cases__closed_in__sum_bankruptcy_total_claims__case_type_code_bankruptcy__not_b0f4ac8772, 0)
            as double
        ) as bkr_liquidation_recovery_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as bkr_liquidation_recovery_rate__applies
    from measures

),

definition_values as (

    select
        *,
        bkr_filed_cases__numerator as bkr_filed_cases__value,
        bkr_closed_cases__numerator as bkr_closed_cases__value,
        bkr_pending_cases_end__numerator as bkr_pending_cases_end__value,
        case
            when bkr_closure_rate__denominator != 0
                then bkr_closure_rate__numerator / bkr_closure_rate__denominator
        end as bkr_closure_rate__value,
        case
            when bkr_reorganization_share__denominator != 0
                then bkr_reorganization_share__numerator / bkr_reorganization_share__denominator
        end as bkr_reorganization_share__value,
        case when bkr_median_duration_days__denominator > 0 then bkr_median_duration_days__numerator end as bkr_median_duration_days__value,
        case
            when bkr_reorganization_avg_duration_days__denominator != 0
                then bkr_reorganization_avg_duration_days__numerator / bkr_reorganization_avg_duration_days__denominator
        end as bkr_reorganization_avg_duration_days__value,
        case
            when bkr_liquidation_avg_duration_days__denominator != 0
                then bkr_liquidation_avg_duration_days__numerator / bkr_liquidation_avg_duration_days__denominator
        end as bkr_liquidation_avg_duration_days__value,
        case
            when bkr_closed_within_1y_rate__denominator != 0
                then bkr_closed_within_1y_rate__numerator / bkr_closed_within_1y_rate__denominator
        end as bkr_closed_within_1y_rate__value,
        bkr_pending_over_36m__numerator as bkr_pending_over_36m__value,
        case
            when bkr_reorganization_recovery_rate__denominator != 0
                then bkr_reorganization_recovery_rate__numerator / bkr_reorganization_recovery_rate__denominator
        end as bkr_reorganization_recovery_rate__value,
        case
            when bkr_liquidation_recovery_rate__denominator != 0
                then bkr_liquidation_recovery_rate__numerator / bkr_liquidation_recovery_rate__denominator
        end as bkr_liquidation_recovery_rate__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                bkr_filed_cases__indicator_id,
                bkr_filed_cases__definition_valid_from,
                bkr_filed_cases__numerator,
                bkr_filed_cases__denominator,
                bkr_filed_cases__value,
                bkr_filed_cases__applies
            ) as bkr_filed_cases,
            (
                bkr_closed_cases__indicator_id,
                bkr_closed_cases__definition_valid_from,
                bkr_closed_cases__numerator,
                bkr_closed_cases__denominator,
                bkr_closed_cases__value,
                bkr_closed_cases__applies
            ) as bkr_closed_cases,
            (
                bkr_pending_cases_end__indicator_id,
                bkr_pending_cases_end__definition_valid_from,
                bkr_pending_cases_end__numerator,
                bkr_pending_cases_end__denominator,
                bkr_pending_cases_end__value,
                bkr_pending_cases_end__applies
            ) as bkr_pending_cases_end,
            (
                bkr_closure_rate__indicator_id,
                bkr_closure_rate__definition_valid_from,
                bkr_closure_rate__numerator,
                bkr_closure_rate__denominator,
                bkr_closure_rate__value,
                bkr_closure_rate__applies
            ) as bkr_closure_rate,
            (
                bkr_reorganization_share__indicator_id,
                bkr_reorganization_share__definition_valid_from,
                bkr_reorganization_share__numerator,
                bkr_reorganization_share__denominator,
                bkr_reorganization_share__value,
                bkr_reorganization_share__applies
            ) as bkr_reorganization_share,
            (
                bkr_median_duration_days__indicator_id,
                bkr_median_duration_days__definition_valid_from,
                bkr_median_duration_days__numerator,
                bkr_median_duration_days__denominator,
                bkr_median_duration_days__value,
                bkr_median_duration_days__applies
            ) as bkr_median_duration_days,
            (
                bkr_reorganization_avg_duration_days__indicator_id,
                bkr_reorganization_avg_duration_days__definition_valid_from,
                bkr_reorganization_avg_duration_days__numerator,
                bkr_reorganization_avg_duration_days__denominator,
                bkr_reorganization_avg_duration_days__value,
                bkr_reorganization_avg_duration_days__applies
            ) as bkr_reorganization_avg_duration_days,
            (
                bkr_liquidation_avg_duration_days__indicator_id,
                bkr_liquidation_avg_duration_days__definition_valid_from,
                bkr_liquidation_avg_duration_days__numerator,
                bkr_liquidation_avg_duration_days__denominator,
                bkr_liquidation_avg_duration_days__value,
                bkr_liquidation_avg_duration_days__applies
            ) as bkr_liquidation_avg_duration_days,
            (
                bkr_closed_within_1y_rate__indicator_id,
                bkr_closed_within_1y_rate__definition_valid_from,
                bkr_closed_within_1y_rate__numerator,
                bkr_closed_within_1y_rate__denominator,
                bkr_closed_within_1y_rate__value,
                bkr_closed_within_1y_rate__applies
            ) as bkr_closed_within_1y_rate,
            (
                bkr_pending_over_36m__indicator_id,
                bkr_pending_over_36m__definition_valid_from,
                bkr_pending_over_36m__numerator,
                bkr_pending_over_36m__denominator,
                bkr_pending_over_36m__value,
                bkr_pending_over_36m__applies
            ) as bkr_pending_over_36m,
            (
                bkr_reorganization_recovery_rate__indicator_id,
                bkr_reorganization_recovery_rate__definition_valid_from,
                bkr_reorganization_recovery_rate__numerator,
                bkr_reorganization_recovery_rate__denominator,
                bkr_reorganization_recovery_rate__value,
                bkr_reorganization_recovery_rate__applies
            ) as bkr_reorganization_recovery_rate,
            (
                bkr_liquidation_recovery_rate__indicator_id,
                bkr_liquidation_recovery_rate__definition_valid_from,
                bkr_liquidation_recovery_rate__numerator,
                bkr_liquidation_recovery_rate__denominator,
                bkr_liquidation_recovery_rate__value,
                bkr_liquidation_recovery_rate__applies
            ) as bkr_liquidation_recovery_rate
        )
    )

),

final as (

    {{ kept_period_rows('bankruptcy') }}
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
