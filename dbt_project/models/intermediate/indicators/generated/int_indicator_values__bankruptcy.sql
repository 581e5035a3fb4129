-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- bankruptcy: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('bankruptcy')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('bankruptcy') }}

),

final as (

    {{ kept_period_rows('bankruptcy') }}
    select
        'bkr_filed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_bankruptcy, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_bankruptcy, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'bkr_closed_cases' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'bkr_pending_cases_end' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count__case_type_code_bankruptcy, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__pending_at_end__count__case_type_code_bankruptcy, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'bkr_closure_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__carried_over__count__case_type_code_bankruptcy, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_bankruptcy, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__carried_over__count__case_type_code_bankruptcy, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_bankruptcy, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy, 0) as double) / (coalesce(m_trial_cases__carried_over__count__case_type_code_bankruptcy, 0) + coalesce(m_trial_cases__filed_in__count__case_type_code_bankruptcy, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'bkr_reorganization_share' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__filed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__filed_in__count__case_type_code_bankruptcy, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__filed_in__count__case_type_code_bankruptcy, 0) != 0 then cast(coalesce(m_trial_cases__filed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy, 0) as double) / (coalesce(m_trial_cases__filed_in__count__case_type_code_bankruptcy, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'bkr_median_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(m_trial_cases__closed_in__median_elapsed_days__case_type_code_bankruptcy as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_known, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_known, 0) > 0 then m_trial_cases__closed_in__median_elapsed_days__case_type_code_bankruptcy end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'bkr_reorganization_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_elapsed_days__bankruptcy_reorganization__case_type_code_bankruptcy, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy_cd9c22b03b, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy_cd9c22b03b, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_elapsed_days__bankruptcy_reorganization__case_type_code_bankruptcy, 0) as double) / (coalesce(m_trial_cases__closed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy_cd9c22b03b, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'bkr_liquidation_avg_duration_days' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_elapsed_days__case_type_code_bankruptcy__not_bankruptcy_0d09d3ac4f, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_known__not_b_fc4986332e, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_known__not_b_fc4986332e, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_elapsed_days__case_type_code_bankruptcy__not_bankruptcy_0d09d3ac4f, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_known__not_b_fc4986332e, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'bkr_closed_within_1y_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_le_365, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_le_365, 0) as double) / (coalesce(m_trial_cases__closed_in__count__case_type_code_bankruptcy, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'bkr_pending_over_36m' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_36_months_at_end__case_type_code_bankruptcy, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_trial_cases__pending_at_end__count__age_over_36_months_at_end__case_type_code_bankruptcy, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'bkr_reorganization_recovery_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_bankruptcy_recovered_amount__bankruptcy_reorganization_7854907a1d, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__sum_bankruptcy_total_claims__bankruptcy_reorganization__cas_ce0d64a9cc, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__sum_bankruptcy_total_claims__bankruptcy_reorganization__cas_ce0d64a9cc, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_bankruptcy_recovered_amount__bankruptcy_reorganization_7854907a1d, 0) as double) / (coalesce(m_trial_cases__closed_in__sum_bankruptcy_total_claims__bankruptcy_reorganization__cas_ce0d64a9cc, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'bkr_liquidation_recovery_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_trial_cases__closed_in__sum_bankruptcy_recovered_amount__case_type_code_bankruptcy_99713eb145, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__sum_bankruptcy_total_claims__case_type_code_bankruptcy__not_b0f4ac8772, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__sum_bankruptcy_total_claims__case_type_code_bankruptcy__not_b0f4ac8772, 0) != 0 then cast(coalesce(m_trial_cases__closed_in__sum_bankruptcy_recovered_amount__case_type_code_bankruptcy_99713eb145, 0) as double) / (coalesce(m_trial_cases__closed_in__sum_bankruptcy_total_claims__case_type_code_bankruptcy__not_b0f4ac8772, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

)

select * from final
