-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- hearing: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('hearing')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('hearing') }}

),

final as (

    {{ kept_period_rows('hearing') }}
    select
        'hearings_scheduled' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__scheduled_in__count, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_hearings__scheduled_in__count, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'hearing_postponement_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__scheduled_in__count__status_postponed, 0) as double) as numerator,
        cast(coalesce(m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed, 0) as double) as denominator,
        cast(case when coalesce(m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed, 0) != 0 then cast(coalesce(m_hearings__scheduled_in__count__status_postponed, 0) as double) / (coalesce(m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'hearing_cancellation_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__scheduled_in__count__status_cancelled, 0) as double) as numerator,
        cast(coalesce(m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed, 0) as double) as denominator,
        cast(case when coalesce(m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed, 0) != 0 then cast(coalesce(m_hearings__scheduled_in__count__status_cancelled, 0) as double) / (coalesce(m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'postponed_hearings' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__scheduled_in__count__status_postponed, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_hearings__scheduled_in__count__status_postponed, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'avg_hearing_minutes' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__held_in__sum_duration_minutes__status_held, 0) as double) as numerator,
        cast(coalesce(m_hearings__held_in__count__duration_minutes_known__status_held, 0) as double) as denominator,
        cast(case when coalesce(m_hearings__held_in__count__duration_minutes_known__status_held, 0) != 0 then cast(coalesce(m_hearings__held_in__sum_duration_minutes__status_held, 0) as double) / (coalesce(m_hearings__held_in__count__duration_minutes_known__status_held, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'civil_avg_hearing_minutes' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__held_in__sum_duration_minutes__case_type_code_civ1__status_held, 0) as double) as numerator,
        cast(coalesce(m_hearings__held_in__count__case_type_code_civ1__duration_minutes_known__status_held, 0) as double) as denominator,
        cast(case when coalesce(m_hearings__held_in__count__case_type_code_civ1__duration_minutes_known__status_held, 0) != 0 then cast(coalesce(m_hearings__held_in__sum_duration_minutes__case_type_code_civ1__status_held, 0) as double) / (coalesce(m_hearings__held_in__count__case_type_code_civ1__duration_minutes_known__status_held, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'criminal_avg_hearing_minutes' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__held_in__sum_duration_minutes__case_type_code_crim1__status_held, 0) as double) as numerator,
        cast(coalesce(m_hearings__held_in__count__case_type_code_crim1__duration_minutes_known__status_held, 0) as double) as denominator,
        cast(case when coalesce(m_hearings__held_in__count__case_type_code_crim1__duration_minutes_known__status_held, 0) != 0 then cast(coalesce(m_hearings__held_in__sum_duration_minutes__case_type_code_crim1__status_held, 0) as double) / (coalesce(m_hearings__held_in__count__case_type_code_crim1__duration_minutes_known__status_held, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'administrative_avg_hearing_minutes' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__held_in__sum_duration_minutes__case_type_code_adm1__status_held, 0) as double) as numerator,
        cast(coalesce(m_hearings__held_in__count__case_type_code_adm1__duration_minutes_known__status_held, 0) as double) as denominator,
        cast(case when coalesce(m_hearings__held_in__count__case_type_code_adm1__duration_minutes_known__status_held, 0) != 0 then cast(coalesce(m_hearings__held_in__sum_duration_minutes__case_type_code_adm1__status_held, 0) as double) / (coalesce(m_hearings__held_in__count__case_type_code_adm1__duration_minutes_known__status_held, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'livestreamed_hearings' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__held_in__count__livestreamed__status_held, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_hearings__held_in__count__livestreamed__status_held, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'civil_livestream_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__held_in__count__case_type_code_civ1_or_civ2__livestreamed__status_held, 0) as double) as numerator,
        cast(coalesce(m_hearings__held_in__count__case_type_code_civ1_or_civ2__status_held, 0) as double) as denominator,
        cast(case when coalesce(m_hearings__held_in__count__case_type_code_civ1_or_civ2__status_held, 0) != 0 then cast(coalesce(m_hearings__held_in__count__case_type_code_civ1_or_civ2__livestreamed__status_held, 0) as double) / (coalesce(m_hearings__held_in__count__case_type_code_civ1_or_civ2__status_held, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'criminal_livestream_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__held_in__count__case_type_code_crim1_or_crim2__livestreamed__status_held, 0) as double) as numerator,
        cast(coalesce(m_hearings__held_in__count__case_type_code_crim1_or_crim2__status_held, 0) as double) as denominator,
        cast(case when coalesce(m_hearings__held_in__count__case_type_code_crim1_or_crim2__status_held, 0) != 0 then cast(coalesce(m_hearings__held_in__count__case_type_code_crim1_or_crim2__livestreamed__status_held, 0) as double) / (coalesce(m_hearings__held_in__count__case_type_code_crim1_or_crim2__status_held, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'administrative_livestream_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__held_in__count__case_type_code_adm1_or_adm2__livestreamed__status_held, 0) as double) as numerator,
        cast(coalesce(m_hearings__held_in__count__case_type_code_adm1_or_adm2__status_held, 0) as double) as denominator,
        cast(case when coalesce(m_hearings__held_in__count__case_type_code_adm1_or_adm2__status_held, 0) != 0 then cast(coalesce(m_hearings__held_in__count__case_type_code_adm1_or_adm2__livestreamed__status_held, 0) as double) / (coalesce(m_hearings__held_in__count__case_type_code_adm1_or_adm2__status_held, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'civil_trial_date_certainty' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__scheduled_in__count__case_type_code_civ1__held_on_schedule__status_held, 0) as double) as numerator,
        cast(coalesce(m_hearings__scheduled_in__count__case_type_code_civ1__status_held_or_postponed, 0) as double) as denominator,
        cast(case when coalesce(m_hearings__scheduled_in__count__case_type_code_civ1__status_held_or_postponed, 0) != 0 then cast(coalesce(m_hearings__scheduled_in__count__case_type_code_civ1__held_on_schedule__status_held, 0) as double) / (coalesce(m_hearings__scheduled_in__count__case_type_code_civ1__status_held_or_postponed, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'criminal_trial_date_certainty' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__scheduled_in__count__case_type_code_crim1__held_on_schedule__status_held, 0) as double) as numerator,
        cast(coalesce(m_hearings__scheduled_in__count__case_type_code_crim1__status_held_or_postponed, 0) as double) as denominator,
        cast(case when coalesce(m_hearings__scheduled_in__count__case_type_code_crim1__status_held_or_postponed, 0) != 0 then cast(coalesce(m_hearings__scheduled_in__count__case_type_code_crim1__held_on_schedule__status_held, 0) as double) / (coalesce(m_hearings__scheduled_in__count__case_type_code_crim1__status_held_or_postponed, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'administrative_trial_date_certainty' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__scheduled_in__count__case_type_code_adm1__held_on_schedule__status_held, 0) as double) as numerator,
        cast(coalesce(m_hearings__scheduled_in__count__case_type_code_adm1__status_held_or_postponed, 0) as double) as denominator,
        cast(case when coalesce(m_hearings__scheduled_in__count__case_type_code_adm1__status_held_or_postponed, 0) != 0 then cast(coalesce(m_hearings__scheduled_in__count__case_type_code_adm1__held_on_schedule__status_held, 0) as double) / (coalesce(m_hearings__scheduled_in__count__case_type_code_adm1__status_held_or_postponed, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'appeal_trial_date_certainty' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__held_on_schedu_d9309aa239, 0) as double) as numerator,
        cast(coalesce(m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held_or_postponed, 0) as double) as denominator,
        cast(case when coalesce(m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held_or_postponed, 0) != 0 then cast(coalesce(m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__held_on_schedu_d9309aa239, 0) as double) / (coalesce(m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held_or_postponed, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'second_instance_hearings_held' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__held_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_hearings__held_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'hearings_per_closed_case' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__held_in__count__status_held, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count, 0) != 0 then cast(coalesce(m_hearings__held_in__count__status_held, 0) as double) / (coalesce(m_trial_cases__closed_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'second_instance_hearing_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__has_held_hearing__is_second_instance, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__is_second_instance, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__has_held_hearing__is_second_instance, 0) as double) / (coalesce(m_trial_cases__closed_in__count__is_second_instance, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'hearings_per_quota_judge' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__held_in__count__status_held, 0) as double) as numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as denominator,
        cast(case when coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) != 0 then cast(coalesce(m_hearings__held_in__count__status_held, 0) as double) / (coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

)

select * from final
