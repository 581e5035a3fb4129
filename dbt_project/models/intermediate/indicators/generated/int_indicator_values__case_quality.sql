-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- case_quality: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('case_quality')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('case_quality') }}

),

final as (

    {{ kept_period_rows('case_quality') }}
    select
        'inspected_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_inspections__inspected_in__count, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_case_inspections__inspected_in__count, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'inspection_excellent_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_inspections__inspected_in__count__result_excellent, 0) as double) as numerator,
        cast(coalesce(m_case_inspections__inspected_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_case_inspections__inspected_in__count, 0) != 0 then cast(coalesce(m_case_inspections__inspected_in__count__result_excellent, 0) as double) / (coalesce(m_case_inspections__inspected_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'inspection_pass_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_inspections__inspected_in__count__result_excellent_or_qualified, 0) as double) as numerator,
        cast(coalesce(m_case_inspections__inspected_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_case_inspections__inspected_in__count, 0) != 0 then cast(coalesce(m_case_inspections__inspected_in__count__result_excellent_or_qualified, 0) as double) / (coalesce(m_case_inspections__inspected_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'inspection_flawed_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_inspections__inspected_in__count__result_flawed, 0) as double) as numerator,
        cast(coalesce(m_case_inspections__inspected_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_case_inspections__inspected_in__count, 0) != 0 then cast(coalesce(m_case_inspections__inspected_in__count__result_flawed, 0) as double) / (coalesce(m_case_inspections__inspected_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'inspection_unqualified_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_inspections__inspected_in__count__result_unqualified, 0) as double) as numerator,
        cast(coalesce(m_case_inspections__inspected_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_case_inspections__inspected_in__count, 0) != 0 then cast(coalesce(m_case_inspections__inspected_in__count__result_unqualified, 0) as double) / (coalesce(m_case_inspections__inspected_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'flawed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_inspections__inspected_in__count__result_flawed, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_case_inspections__inspected_in__count__result_flawed, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'unqualified_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_inspections__inspected_in__count__result_unqualified, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_case_inspections__inspected_in__count__result_unqualified, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'avg_inspection_score' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_inspections__inspected_in__sum_score, 0) as double) as numerator,
        cast(coalesce(m_case_inspections__inspected_in__count__score_known, 0) as double) as denominator,
        cast(case when coalesce(m_case_inspections__inspected_in__count__score_known, 0) != 0 then cast(coalesce(m_case_inspections__inspected_in__sum_score, 0) as double) / (coalesce(m_case_inspections__inspected_in__count__score_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'defects_found' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_inspections__inspected_in__sum_defect_count, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_case_inspections__inspected_in__sum_defect_count, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'defects_per_inspection' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_inspections__inspected_in__sum_defect_count, 0) as double) as numerator,
        cast(coalesce(m_case_inspections__inspected_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_case_inspections__inspected_in__count, 0) != 0 then cast(coalesce(m_case_inspections__inspected_in__sum_defect_count, 0) as double) / (coalesce(m_case_inspections__inspected_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'key_inspection_share' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_inspections__inspected_in__count__inspection_type_key, 0) as double) as numerator,
        cast(coalesce(m_case_inspections__inspected_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_case_inspections__inspected_in__count, 0) != 0 then cast(coalesce(m_case_inspections__inspected_in__count__inspection_type_key, 0) as double) / (coalesce(m_case_inspections__inspected_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'key_inspection_unqualified_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_inspections__inspected_in__count__inspection_type_key__result_unqualified, 0) as double) as numerator,
        cast(coalesce(m_case_inspections__inspected_in__count__inspection_type_key, 0) as double) as denominator,
        cast(case when coalesce(m_case_inspections__inspected_in__count__inspection_type_key, 0) != 0 then cast(coalesce(m_case_inspections__inspected_in__count__inspection_type_key__result_unqualified, 0) as double) / (coalesce(m_case_inspections__inspected_in__count__inspection_type_key, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'routine_inspection_pass_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_inspections__inspected_in__count__inspection_type_routine__result_excellent_or_qualified, 0) as double) as numerator,
        cast(coalesce(m_case_inspections__inspected_in__count__inspection_type_routine, 0) as double) as denominator,
        cast(case when coalesce(m_case_inspections__inspected_in__count__inspection_type_routine, 0) != 0 then cast(coalesce(m_case_inspections__inspected_in__count__inspection_type_routine__result_excellent_or_qualified, 0) as double) / (coalesce(m_case_inspections__inspected_in__count__inspection_type_routine, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'routine_inspection_avg_score' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_inspections__inspected_in__sum_score__inspection_type_routine, 0) as double) as numerator,
        cast(coalesce(m_case_inspections__inspected_in__count__inspection_type_routine__score_known, 0) as double) as denominator,
        cast(case when coalesce(m_case_inspections__inspected_in__count__inspection_type_routine__score_known, 0) != 0 then cast(coalesce(m_case_inspections__inspected_in__sum_score__inspection_type_routine, 0) as double) / (coalesce(m_case_inspections__inspected_in__count__inspection_type_routine__score_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'special_inspections' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_inspections__inspected_in__count__inspection_type_special, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_case_inspections__inspected_in__count__inspection_type_special, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'inspection_coverage_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_inspections__inspected_in__count, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count, 0) != 0 then cast(coalesce(m_case_inspections__inspected_in__count, 0) as double) / (coalesce(m_trial_cases__closed_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

)

select * from final
