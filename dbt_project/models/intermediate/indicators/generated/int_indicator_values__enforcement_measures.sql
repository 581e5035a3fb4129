-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- enforcement_measures: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('enforcement_measures')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('enforcement_measures') }}

),

final as (

    {{ kept_period_rows('enforcement_measures') }}
    select
        'enfm_actions_taken' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_actions__taken_in__count, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_actions__taken_in__count, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enfm_property_inquiries' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_property_inquiry, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_property_inquiry, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enfm_seizures' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_seizure, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_seizure, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enfm_freezes' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_freeze, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_freeze, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enfm_deductions' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_deduction, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_deduction, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enfm_auctions' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_auction, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_auction, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enfm_dishonest_listings' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_dishonest_list, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_dishonest_list, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enfm_consumption_restrictions' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_consumption_restriction, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_consumption_restriction, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enfm_detentions' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_detention, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_detention, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enfm_fines' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_fine, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_fine, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enfm_credit_sanctions' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_consumption_restriction_or_dishonest_list, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_consumption_restriction_or_dishonest_list, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enfm_coercive_measures' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_detention_or_fine, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_actions__taken_in__count__action_type_detention_or_fine, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enfm_deducted_amount' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_actions__taken_in__sum_amount__action_type_deduction, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_actions__taken_in__sum_amount__action_type_deduction, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enfm_auction_amount' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_actions__taken_in__sum_amount__action_type_auction, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_enforcement_actions__taken_in__sum_amount__action_type_auction, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enfm_measure_coverage_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count__has_actions__is_first_enforcement, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__count__has_actions__is_first_enforcement, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__is_first_enforcement, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enfm_actions_per_closed_case' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__sum_action_count__is_first_enforcement, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__action_count_known__is_first_enforcement, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__action_count_known__is_first_enforcement, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__sum_action_count__is_first_enforcement, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__action_count_known__is_first_enforcement, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enfm_terminated_without_measures_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_d681218153, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_enforcement, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_enforcement, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_d681218153, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_enforcement, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'enfm_actions_per_terminated_case' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_enforcement_cases__closed_in__sum_action_count__closing_method_terminated_procedure_da67a2d5f3, 0) as double) as numerator,
        cast(coalesce(m_enforcement_cases__closed_in__count__action_count_known__closing_method_terminated_e8807ca768, 0) as double) as denominator,
        cast(case when coalesce(m_enforcement_cases__closed_in__count__action_count_known__closing_method_terminated_e8807ca768, 0) != 0 then cast(coalesce(m_enforcement_cases__closed_in__sum_action_count__closing_method_terminated_procedure_da67a2d5f3, 0) as double) / (coalesce(m_enforcement_cases__closed_in__count__action_count_known__closing_method_terminated_e8807ca768, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

)

select * from final
