-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- enforcement_measures: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('enforcement_measures')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('enforcement_measures') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- enfm_actions_taken (from 2016-01-01)
        'enfm_actions_taken' as enfm_actions_taken__indicator_id,
        '2016-01-01' as enfm_actions_taken__definition_valid_from,
        cast(coalesce(m_enforcement_actions__taken_in__count, 0) as double) as enfm_actions_taken__numerator,
        cast(null as double) as enfm_actions_taken__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enfm_actions_taken__applies,
        -- enfm_property_inquiries (from 2016-01-01)
        'enfm_property_inquiries' as enfm_property_inquiries__indicator_id,
        '2016-01-01' as enfm_property_inquiries__definition_valid_from,
        cast(
            coalesce(m_enforcement_actions__taken_in__count__action_type_property_inquiry, 0)
            as double
        ) as enfm_property_inquiries__numerator,
        cast(null as double) as enfm_property_inquiries__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enfm_property_inquiries__applies,
        -- enfm_seizures (from 2016-01-01)
        'enfm_seizures' as enfm_seizures__indicator_id,
        '2016-01-01' as enfm_seizures__definition_valid_from,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_seizure, 0) as double) as enfm_seizures__numerator,
        cast(null as double) as enfm_seizures__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enfm_seizures__applies,
        -- enfm_freezes (from 2016-01-01)
        'enfm_freezes' as enfm_freezes__indicator_id,
        '2016-01-01' as enfm_freezes__definition_valid_from,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_freeze, 0) as double) as enfm_freezes__numerator,
        cast(null as double) as enfm_freezes__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enfm_freezes__applies,
        -- enfm_deductions (from 2016-01-01)
        'enfm_deductions' as enfm_deductions__indicator_id,
        '2016-01-01' as enfm_deductions__definition_valid_from,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_deduction, 0) as double) as enfm_deductions__numerator,
        cast(null as double) as enfm_deductions__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enfm_deductions__applies,
        -- enfm_auctions (from 2016-01-01)
        'enfm_auctions' as enfm_auctions__indicator_id,
        '2016-01-01' as enfm_auctions__definition_valid_from,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_auction, 0) as double) as enfm_auctions__numerator,
        cast(null as double) as enfm_auctions__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enfm_auctions__applies,
        -- enfm_dishonest_listings (from 2016-01-01)
        'enfm_dishonest_listings' as enfm_dishonest_listings__indicator_id,
        '2016-01-01' as enfm_dishonest_listings__definition_valid_from,
        cast(
            coalesce(m_enforcement_actions__taken_in__count__action_type_dishonest_list, 0)
            as double
        ) as enfm_dishonest_listings__numerator,
        cast(null as double) as enfm_dishonest_listings__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enfm_dishonest_listings__applies,
        -- enfm_consumption_restrictions (from 2016-01-01)
        'enfm_consumption_restrictions' as enfm_consumption_restrictions__indicator_id,
        '2016-01-01' as enfm_consumption_restrictions__definition_valid_from,
        cast(
            coalesce(m_enforcement_actions__taken_in__count__action_type_consumption_restriction, 0)
            as double
        ) as enfm_consumption_restrictions__numerator,
        cast(null as double) as enfm_consumption_restrictions__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enfm_consumption_restrictions__applies,
        -- enfm_detentions (from 2016-01-01)
        'enfm_detentions' as enfm_detentions__indicator_id,
        '2016-01-01' as enfm_detentions__definition_valid_from,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_detention, 0) as double) as enfm_detentions__numerator,
        cast(null as double) as enfm_detentions__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enfm_detentions__applies,
        -- enfm_fines (from 2016-01-01)
        'enfm_fines' as enfm_fines__indicator_id,
        '2016-01-01' as enfm_fines__definition_valid_from,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_fine, 0) as double) as enfm_fines__numerator,
        cast(null as double) as enfm_fines__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enfm_fines__applies,
        -- enfm_credit_sanctions (from 2016-01-01)
        'enfm_credit_sanctions' as enfm_credit_sanctions__indicator_id,
        '2016-01-01' as enfm_credit_sanctions__definition_valid_from,
        cast(
            coalesce(m_enforcement_actions__taken_in__count__action_type_consumption_restriction_or_dishonest_list, 0)
            as double
        ) as enfm_credit_sanctions__numerator,
        cast(null as double) as enfm_credit_sanctions__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enfm_credit_sanctions__applies,
        -- enfm_coercive_measures (from 2016-01-01)
        'enfm_coercive_measures' as enfm_coercive_measures__indicator_id,
        '2016-01-01' as enfm_coercive_measures__definition_valid_from,
        cast(
            coalesce(m_enforcement_actions__taken_in__count__action_type_detention_or_fine, 0)
            as double
        ) as enfm_coercive_measures__numerator,
        cast(null as double) as enfm_coercive_measures__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enfm_coercive_measures__applies,
        -- enfm_deducted_amount (from 2016-01-01)
        'enfm_deducted_amount' as enfm_deducted_amount__indicator_id,
        '2016-01-01' as enfm_deducted_amount__definition_valid_from,
        cast(coalesce(m_enforcement_actions__taken_in__sum_amount__action_type_deduction, 0) as double) as enfm_deducted_amount__numerator,
        cast(null as double) as enfm_deducted_amount__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enfm_deducted_amount__applies,
        -- enfm_auction_amount (from 2016-01-01)
        'enfm_auction_amount' as enfm_auction_amount__indicator_id,
        '2016-01-01' as enfm_auction_amount__definition_valid_from,
        cast(coalesce(m_enforcement_actions__taken_in__sum_amount__action_type_auction, 0) as double) as enfm_auction_amount__numerator,
        cast(null as double) as enfm_auction_amount__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enfm_auction_amount__applies,
        -- enfm_measure_coverage_rate (from 2016-01-01)
        'enfm_measure_coverage_rate' as enfm_measure_coverage_rate__indicator_id,
        '2016-01-01' as enfm_measure_coverage_rate__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__has_actions__is_first_enforcement, 0)
            as double
        ) as enfm_measure_coverage_rate__numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as enfm_measure_coverage_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enfm_measure_coverage_rate__applies,
        -- enfm_actions_per_closed_case (from 2016-01-01)
        'enfm_actions_per_closed_case' as enfm_actions_per_closed_case__indicator_id,
        '2016-01-01' as enfm_actions_per_closed_case__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__sum_action_count__is_first_enforcement, 0)
            as double
        ) as enfm_actions_per_closed_case__numerator,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__action_count_known__is_first_enforcement, 0)
            as double
        ) as enfm_actions_per_closed_case__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enfm_actions_per_closed_case__applies,
        -- enfm_terminated_without_measures_rate (from 2016-01-01)
        'enfm_terminated_without_measures_rate' as enfm_terminated_without_measures_rate__indicator_id,
        '2016-01-01' as enfm_terminated_without_measures_rate__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_d681218153, 0)
            as double
        ) as enfm_terminated_without_measures_rate__numerator,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_enforcement, 0)
            as double
        ) as enfm_terminated_without_measures_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enfm_terminated_without_measures_rate__applies,
        -- enfm_actions_per_terminated_case (from 2016-01-01)
        'enfm_actions_per_terminated_case' as enfm_actions_per_terminated_case__indicator_id,
        '2016-01-01' as enfm_actions_per_terminated_case__definition_valid_from,
        cast(
            coalesce(m_enforcement_cases__closed_in__sum_action_count__closing_method_terminated_procedure_da67a2d5f3, 0)
            as double
        ) as enfm_actions_per_terminated_case__numerator,
        cast(
            coalesce(m_enforcement_cases__closed_in__count__action_count_known__closing_method_terminated_e8807ca768, 0)
            as double
        ) as enfm_actions_per_terminated_case__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'],
            business_lines=['enforcement'],
        ) }} as enfm_actions_per_terminated_case__applies
    from measures

),

definition_values as (

    select
        *,
        enfm_actions_taken__numerator as enfm_actions_taken__value,
        enfm_property_inquiries__numerator as enfm_property_inquiries__value,
        enfm_seizures__numerator as enfm_seizures__value,
        enfm_freezes__numerator as enfm_freezes__value,
        enfm_deductions__numerator as enfm_deductions__value,
        enfm_auctions__numerator as enfm_auctions__value,
        enfm_dishonest_listings__numerator as enfm_dishonest_listings__value,
        enfm_consumption_restrictions__numerator as enfm_consumption_restrictions__value,
        enfm_detentions__numerator as enfm_detentions__value,
        enfm_fines__numerator as enfm_fines__value,
        enfm_credit_sanctions__numerator as enfm_credit_sanctions__value,
        enfm_coercive_measures__numerator as enfm_coercive_measures__value,
        enfm_deducted_amount__numerator as enfm_deducted_amount__value,
        enfm_auction_amount__numerator as enfm_auction_amount__value,
        case
            when enfm_measure_coverage_rate__denominator != 0
                then enfm_measure_coverage_rate__numerator / enfm_measure_coverage_rate__denominator
        end as enfm_measure_coverage_rate__value,
        case
            when enfm_actions_per_closed_case__denominator != 0
                then enfm_actions_per_closed_case__numerator / enfm_actions_per_closed_case__denominator
        end as enfm_actions_per_closed_case__value,
        case
            when enfm_terminated_without_measures_rate__denominator != 0
                then enfm_terminated_without_measures_rate__numerator / enfm_terminated_without_measures_rate__denominator
        end as enfm_terminated_without_measures_rate__value,
        case
            when enfm_actions_per_terminated_case__denominator != 0
                then enfm_actions_per_terminated_case__numerator / enfm_actions_per_terminated_case__denominator
        end as enfm_actions_per_terminated_case__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                enfm_actions_taken__indicator_id,
                enfm_actions_taken__definition_valid_from,
                enfm_actions_taken__numerator,
                enfm_actions_taken__denominator,
                enfm_actions_taken__value,
                enfm_actions_taken__applies
            ) as enfm_actions_taken,
            (
                enfm_property_inquiries__indicator_id,
                enfm_property_inquiries__definition_valid_from,
                enfm_property_inquiries__numerator,
                enfm_property_inquiries__denominator,
                enfm_property_inquiries__value,
                enfm_property_inquiries__applies
            ) as enfm_property_inquiries,
            (
                enfm_seizures__indicator_id,
                enfm_seizures__definition_valid_from,
                enfm_seizures__numerator,
                enfm_seizures__denominator,
                enfm_seizures__value,
                enfm_seizures__applies
            ) as enfm_seizures,
            (
                enfm_freezes__indicator_id,
                enfm_freezes__definition_valid_from,
                enfm_freezes__numerator,
                enfm_freezes__denominator,
                enfm_freezes__value,
                enfm_freezes__applies
            ) as enfm_freezes,
            (
                enfm_deductions__indicator_id,
                enfm_deductions__definition_valid_from,
                enfm_deductions__numerator,
                enfm_deductions__denominator,
                enfm_deductions__value,
                enfm_deductions__applies
            ) as enfm_deductions,
            (
                enfm_auctions__indicator_id,
                enfm_auctions__definition_valid_from,
                enfm_auctions__numerator,
                enfm_auctions__denominator,
                enfm_auctions__value,
                enfm_auctions__applies
            ) as enfm_auctions,
            (
                enfm_dishonest_listings__indicator_id,
                enfm_dishonest_listings__definition_valid_from,
                enfm_dishonest_listings__numerator,
                enfm_dishonest_listings__denominator,
                enfm_dishonest_listings__value,
                enfm_dishonest_listings__applies
            ) as enfm_dishonest_listings,
            (
                enfm_consumption_restrictions__indicator_id,
                enfm_consumption_restrictions__definition_valid_from,
                enfm_consumption_restrictions__numerator,
                enfm_consumption_restrictions__denominator,
                enfm_consumption_restrictions__value,
                enfm_consumption_restrictions__applies
            ) as enfm_consumption_restrictions,
            (
                enfm_detentions__indicator_id,
                enfm_detentions__definition_valid_from,
                enfm_detentions__numerator,
                enfm_detentions__denominator,
                enfm_detentions__value,
                enfm_detentions__applies
            ) as enfm_detentions,
            (
                enfm_fines__indicator_id,
                enfm_fines__definition_valid_from,
                enfm_fines__numerator,
                enfm_fines__denominator,
                enfm_fines__value,
                enfm_fines__applies
            ) as enfm_fines,
            (
                enfm_credit_sanctions__indicator_id,
                enfm_credit_sanctions__definition_valid_from,
                enfm_credit_sanctions__numerator,
                enfm_credit_sanctions__denominator,
                enfm_credit_sanctions__value,
                enfm_credit_sanctions__applies
            ) as enfm_credit_sanctions,
            (
                enfm_coercive_measures__indicator_id,
                enfm_coercive_measures__definition_valid_from,
                enfm_coercive_measures__numerator,
                enfm_coercive_measures__denominator,
                enfm_coercive_measures__value,
                enfm_coercive_measures__applies
            ) as enfm_coercive_measures,
            (
                enfm_deducted_amount__indicator_id,
                enfm_deducted_amount__definition_valid_from,
                enfm_deducted_amount__numerator,
                enfm_deducted_amount__denominator,
                enfm_deducted_amount__value,
                enfm_deducted_amount__applies
            ) as enfm_deducted_amount,
            (
                enfm_auction_amount__indicator_id,
                enfm_auction_amount__definition_valid_from,
                enfm_auction_amount__numerator,
                enfm_auction_amount__denominator,
                enfm_auction_amount__value,
                enfm_auction_amount__applies
            ) as enfm_auction_amount,
            (
                enfm_measure_coverage_rate__indicator_id,
                enfm_measure_coverage_rate__definition_valid_from,
                enfm_measure_coverage_rate__numerator,
                enfm_measure_coverage_rate__denominator,
                enfm_measure_coverage_rate__value,
                enfm_measure_coverage_rate__applies
            ) as enfm_measure_coverage_rate,
            (
                enfm_actions_per_closed_case__indicator_id,
                enfm_actions_per_closed_case__definition_valid_from,
                enfm_actions_per_closed_case__numerator,
                enfm_actions_per_closed_case__denominator,
                enfm_actions_per_closed_case__value,
                enfm_actions_per_closed_case__applies
            ) as enfm_actions_per_closed_case,
            (
                enfm_terminated_without_measures_rate__indicator_id,
                enfm_terminated_without_measures_rate__definition_valid_from,
                enfm_terminated_without_measures_rate__numerator,
                enfm_terminated_without_measures_rate__denominator,
                enfm_terminated_without_measures_rate__value,
                enfm_terminated_without_measures_rate__applies
            ) as enfm_terminated_without_measures_rate,
            (
                enfm_actions_per_terminated_case__indicator_id,
                enfm_actions_per_terminated_case__definition_valid_from,
                enfm_actions_per_terminated_case__numerator,
                enfm_actions_per_terminated_case__denominator,
                enfm_actions_per_terminated_case__value,
                enfm_actions_per_terminated_case__applies
            ) as enfm_actions_per_terminated_case
        )
    )

),

final as (

    {{ kept_period_rows('enforcement_measures') }}
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
