-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- evaluation: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('evaluation')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('evaluation') }}

),

final as (

    {{ kept_period_rows('evaluation') }}
    select
        'evaluation_avg_score' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_evaluations__for_period__sum_score, 0) as double) as numerator,
        cast(coalesce(m_evaluations__for_period__count__score_known, 0) as double) as denominator,
        cast(case when coalesce(m_evaluations__for_period__count__score_known, 0) != 0 then cast(coalesce(m_evaluations__for_period__sum_score, 0) as double) / (coalesce(m_evaluations__for_period__count__score_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('person')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'leader_evaluation_avg_score' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_evaluations__for_period__sum_score__evaluator_role_leader, 0) as double) as numerator,
        cast(coalesce(m_evaluations__for_period__count__evaluator_role_leader__score_known, 0) as double) as denominator,
        cast(case when coalesce(m_evaluations__for_period__count__evaluator_role_leader__score_known, 0) != 0 then cast(coalesce(m_evaluations__for_period__sum_score__evaluator_role_leader, 0) as double) / (coalesce(m_evaluations__for_period__count__evaluator_role_leader__score_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('person')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'peer_evaluation_avg_score' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_evaluations__for_period__sum_score__evaluator_role_peer, 0) as double) as numerator,
        cast(coalesce(m_evaluations__for_period__count__evaluator_role_peer__score_known, 0) as double) as denominator,
        cast(case when coalesce(m_evaluations__for_period__count__evaluator_role_peer__score_known, 0) != 0 then cast(coalesce(m_evaluations__for_period__sum_score__evaluator_role_peer, 0) as double) / (coalesce(m_evaluations__for_period__count__evaluator_role_peer__score_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('person')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'subordinate_evaluation_avg_score' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_evaluations__for_period__sum_score__evaluator_role_subordinate, 0) as double) as numerator,
        cast(coalesce(m_evaluations__for_period__count__evaluator_role_subordinate__score_known, 0) as double) as denominator,
        cast(case when coalesce(m_evaluations__for_period__count__evaluator_role_subordinate__score_known, 0) != 0 then cast(coalesce(m_evaluations__for_period__sum_score__evaluator_role_subordinate, 0) as double) / (coalesce(m_evaluations__for_period__count__evaluator_role_subordinate__score_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('person')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))

    union all

    select
        'democratic_evaluation_avg_score' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_evaluations__for_period__sum_score__evaluator_role_peer_or_subordinate, 0) as double) as numerator,
        cast(coalesce(m_evaluations__for_period__count__evaluator_role_peer_or_subordinate__score_known, 0) as double) as denominator,
        cast(case when coalesce(m_evaluations__for_period__count__evaluator_role_peer_or_subordinate__score_known, 0) != 0 then cast(coalesce(m_evaluations__for_period__sum_score__evaluator_role_peer_or_subordinate, 0) as double) / (coalesce(m_evaluations__for_period__count__evaluator_role_peer_or_subordinate__score_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('person')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'evaluation_median_score' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(m_evaluations__for_period__median_score as double) as numerator,
        cast(coalesce(m_evaluations__for_period__count__score_known, 0) as double) as denominator,
        cast(case when coalesce(m_evaluations__for_period__count__score_known, 0) > 0 then m_evaluations__for_period__median_score end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('person')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'evaluations_received' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_evaluations__for_period__count, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_evaluations__for_period__count, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('person')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'excellent_vote_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_evaluations__for_period__count__score_ge_90, 0) as double) as numerator,
        cast(coalesce(m_evaluations__for_period__count, 0) as double) as denominator,
        cast(case when coalesce(m_evaluations__for_period__count, 0) != 0 then cast(coalesce(m_evaluations__for_period__count__score_ge_90, 0) as double) / (coalesce(m_evaluations__for_period__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('person')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'incompetent_vote_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_evaluations__for_period__count__score_lt_60, 0) as double) as numerator,
        cast(coalesce(m_evaluations__for_period__count, 0) as double) as denominator,
        cast(case when coalesce(m_evaluations__for_period__count, 0) != 0 then cast(coalesce(m_evaluations__for_period__count__score_lt_60, 0) as double) / (coalesce(m_evaluations__for_period__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('person')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'leader_excellent_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_evaluations__for_period__count__evaluator_role_leader__score_ge_90, 0) as double) as numerator,
        cast(coalesce(m_evaluations__for_period__count__evaluator_role_leader, 0) as double) as denominator,
        cast(case when coalesce(m_evaluations__for_period__count__evaluator_role_leader, 0) != 0 then cast(coalesce(m_evaluations__for_period__count__evaluator_role_leader__score_ge_90, 0) as double) / (coalesce(m_evaluations__for_period__count__evaluator_role_leader, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('person')
        and period_end >= cast('2016-01-01' as date)

)

select * from final
