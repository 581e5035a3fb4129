-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- evaluation: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('evaluation')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('evaluation') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- evaluation_avg_score (from 2016-01-01)
        'evaluation_avg_score' as evaluation_avg_score__indicator_id,
        '2016-01-01' as evaluation_avg_score__definition_valid_from,
        cast(coalesce(m_evaluations__for_period__sum_score, 0) as double) as evaluation_avg_score__numerator,
        cast(coalesce(m_evaluations__for_period__count__score_known, 0) as double) as evaluation_avg_score__denominator,
        {{ indicator_applies(levels=['person'], valid_from='2016-01-01') }} as evaluation_avg_score__applies,
        -- leader_evaluation_avg_score (from 2016-01-01)
        'leader_evaluation_avg_score' as leader_evaluation_avg_score__indicator_id,
        '2016-01-01' as leader_evaluation_avg_score__definition_valid_from,
        cast(coalesce(m_evaluations__for_period__sum_score__evaluator_role_leader, 0) as double) as leader_evaluation_avg_score__numerator,
        cast(
            coalesce(m_evaluations__for_period__count__evaluator_role_leader__score_known, 0)
            as double
        ) as leader_evaluation_avg_score__denominator,
        {{ indicator_applies(levels=['person'], valid_from='2016-01-01') }} as leader_evaluation_avg_score__applies,
        -- peer_evaluation_avg_score (from 2016-01-01)
        'peer_evaluation_avg_score' as peer_evaluation_avg_score__indicator_id,
        '2016-01-01' as peer_evaluation_avg_score__definition_valid_from,
        cast(coalesce(m_evaluations__for_period__sum_score__evaluator_role_peer, 0) as double) as peer_evaluation_avg_score__numerator,
        cast(
            coalesce(m_evaluations__for_period__count__evaluator_role_peer__score_known, 0)
            as double
        ) as peer_evaluation_avg_score__denominator,
        {{ indicator_applies(levels=['person'], valid_from='2016-01-01') }} as peer_evaluation_avg_score__applies,
        -- subordinate_evaluation_avg_score (from 2016-01-01)
        'subordinate_evaluation_avg_score' as subordinate_evaluation_avg_score__indicator_id,
        '2016-01-01' as subordinate_evaluation_avg_score__definition_valid_from,
        cast(
            coalesce(m_evaluations__for_period__sum_score__evaluator_role_subordinate, 0)
            as double
        ) as subordinate_evaluation_avg_score__numerator,
        cast(
            coalesce(m_evaluations__for_period__count__evaluator_role_subordinate__score_known, 0)
            as double
        ) as subordinate_evaluation_avg_score__denominator,
        {{ indicator_applies(
            levels=['person'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
        ) }} as subordinate_evaluation_avg_score__applies,
        -- democratic_evaluation_avg_score (from 2016-01-01)
        'democratic_evaluation_avg_score' as democratic_evaluation_avg_score__indicator_id,
        '2016-01-01' as democratic_evaluation_avg_score__definition_valid_from,
        cast(
            coalesce(m_evaluations__for_period__sum_score__evaluator_role_peer_or_subordinate, 0)
            as double
        ) as democratic_evaluation_avg_score__numerator,
        cast(
            coalesce(m_evaluations__for_period__count__evaluator_role_peer_or_subordinate__score_known, 0)
            as double
        ) as democratic_evaluation_avg_score__denominator,
        {{ indicator_applies(levels=['person'], valid_from='2016-01-01') }} as democratic_evaluation_avg_score__applies,
        -- evaluation_median_score (from 2016-01-01)
        'evaluation_median_score' as evaluation_median_score__indicator_id,
        '2016-01-01' as evaluation_median_score__definition_valid_from,
        cast(m_evaluations__for_period__median_score as double) as evaluation_median_score__numerator,
        cast(coalesce(m_evaluations__for_period__count__score_known, 0) as double) as evaluation_median_score__denominator,
        {{ indicator_applies(levels=['person'], valid_from='2016-01-01') }} as evaluation_median_score__applies,
        -- evaluations_received (from 2016-01-01)
        'evaluations_received' as evaluations_received__indicator_id,
        '2016-01-01' as evaluations_received__definition_valid_from,
        cast(coalesce(m_evaluations__for_period__count, 0) as double) as evaluations_received__numerator,
        cast(null as double) as evaluations_received__denominator,
        {{ indicator_applies(levels=['person'], valid_from='2016-01-01') }} as evaluations_received__applies,
        -- excellent_vote_rate (from 2016-01-01)
        'excellent_vote_rate' as excellent_vote_rate__indicator_id,
        '2016-01-01' as excellent_vote_rate__definition_valid_from,
        cast(coalesce(m_evaluations__for_period__count__score_ge_90, 0) as double) as excellent_vote_rate__numerator,
        cast(coalesce(m_evaluations__for_period__count, 0) as double) as excellent_vote_rate__denominator,
        {{ indicator_applies(levels=['person'], valid_from='2016-01-01') }} as excellent_vote_rate__applies,
        -- incompetent_vote_rate (from 2016-01-01)
        'incompetent_vote_rate' as incompetent_vote_rate__indicator_id,
        '2016-01-01' as incompetent_vote_rate__definition_valid_from,
        cast(coalesce(m_evaluations__for_period__count__score_lt_60, 0) as double) as incompetent_vote_rate__numerator,
        cast(coalesce(m_evaluations__for_period__count, 0) as double) as incompetent_vote_rate__denominator,
        {{ indicator_applies(levels=['person'], valid_from='2016-01-01') }} as incompetent_vote_rate__applies,
        -- leader_excellent_rate (from 2016-01-01)
        'leader_excellent_rate' as leader_excellent_rate__indicator_id,
        '2016-01-01' as leader_excellent_rate__definition_valid_from,
        cast(
            coalesce(m_evaluations__for_period__count__evaluator_role_leader__score_ge_90, 0)
            as double
        ) as leader_excellent_rate__numerator,
        cast(coalesce(m_evaluations__for_period__count__evaluator_role_leader, 0) as double) as leader_excellent_rate__denominator,
        {{ indicator_applies(levels=['person'], valid_from='2016-01-01') }} as leader_excellent_rate__applies
    from measures

),

definition_values as (

    select
        *,
        case
            when evaluation_avg_score__denominator != 0
                then evaluation_avg_score__numerator / evaluation_avg_score__denominator
        end as evaluation_avg_score__value,
        case
            when leader_evaluation_avg_score__denominator != 0
                then leader_evaluation_avg_score__numerator / leader_evaluation_avg_score__denominator
        end as leader_evaluation_avg_score__value,
        case
            when peer_evaluation_avg_score__denominator != 0
                then peer_evaluation_avg_score__numerator / peer_evaluation_avg_score__denominator
        end as peer_evaluation_avg_score__value,
        case
            when subordinate_evaluation_avg_score__denominator != 0
                then subordinate_evaluation_avg_score__numerator / subordinate_evaluation_avg_score__denominator
        end as subordinate_evaluation_avg_score__value,
        case
            when democratic_evaluation_avg_score__denominator != 0
                then democratic_evaluation_avg_score__numerator / democratic_evaluation_avg_score__denominator
        end as democratic_evaluation_avg_score__value,
        case when evaluation_median_score__denominator > 0 then evaluation_median_score__numerator end as evaluation_median_score__value,
        evaluations_received__numerator as evaluations_received__value,
        case
            when excellent_vote_rate__denominator != 0
                then excellent_vote_rate__numerator / excellent_vote_rate__denominator
        end as excellent_vote_rate__value,
        case
            when incompetent_vote_rate__denominator != 0
                then incompetent_vote_rate__numerator / incompetent_vote_rate__denominator
        end as incompetent_vote_rate__value,
        case
            when leader_excellent_rate__denominator != 0
                then leader_excellent_rate__numerator / leader_excellent_rate__denominator
        end as leader_excellent_rate__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                evaluation_avg_score__indicator_id,
                evaluation_avg_score__definition_valid_from,
                evaluation_avg_score__numerator,
                evaluation_avg_score__denominator,
                evaluation_avg_score__value,
                evaluation_avg_score__applies
            ) as evaluation_avg_score,
            (
                leader_evaluation_avg_score__indicator_id,
                leader_evaluation_avg_score__definition_valid_from,
                leader_evaluation_avg_score__numerator,
                leader_evaluation_avg_score__denominator,
                leader_evaluation_avg_score__value,
                leader_evaluation_avg_score__applies
            ) as leader_evaluation_avg_score,
            (
                peer_evaluation_avg_score__indicator_id,
                peer_evaluation_avg_score__definition_valid_from,
                peer_evaluation_avg_score__numerator,
                peer_evaluation_avg_score__denominator,
                peer_evaluation_avg_score__value,
                peer_evaluation_avg_score__applies
            ) as peer_evaluation_avg_score,
            (
                subordinate_evaluation_avg_score__indicator_id,
                subordinate_evaluation_avg_score__definition_valid_from,
                subordinate_evaluation_avg_score__numerator,
                subordinate_evaluation_avg_score__denominator,
                subordinate_evaluation_avg_score__value,
                subordinate_evaluation_avg_score__applies
            ) as subordinate_evaluation_avg_score,
            (
                democratic_evaluation_avg_score__indicator_id,
                democratic_evaluation_avg_score__definition_valid_from,
                democratic_evaluation_avg_score__numerator,
                democratic_evaluation_avg_score__denominator,
                democratic_evaluation_avg_score__value,
                democratic_evaluation_avg_score__applies
            ) as democratic_evaluation_avg_score,
            (
                evaluation_median_score__indicator_id,
                evaluation_median_score__definition_valid_from,
                evaluation_median_score__numerator,
                evaluation_median_score__denominator,
                evaluation_median_score__value,
                evaluation_median_score__applies
            ) as evaluation_median_score,
            (
                evaluations_received__indicator_id,
                evaluations_received__definition_valid_from,
                evaluations_received__numerator,
                evaluations_received__denominator,
                evaluations_received__value,
                evaluations_received__applies
            ) as evaluations_received,
            (
                excellent_vote_rate__indicator_id,
                excellent_vote_rate__definition_valid_from,
                excellent_vote_rate__numerator,
                excellent_vote_rate__denominator,
                excellent_vote_rate__value,
                excellent_vote_rate__applies
            ) as excellent_vote_rate,
            (
                incompetent_vote_rate__indicator_id,
                incompetent_vote_rate__definition_valid_from,
                incompetent_vote_rate__numerator,
                incompetent_vote_rate__denominator,
                incompetent_vote_rate__value,
                incompetent_vote_rate__applies
            ) as incompetent_vote_rate,
            (
                leader_excellent_rate__indicator_id,
                leader_excellent_rate__definition_valid_from,
                leader_excellent_rate__numerator,
                leader_excellent_rate__denominator,
                leader_excellent_rate__value,
                leader_excellent_rate__applies
            ) as leader_excellent_rate
        )
    )

),

final as (

    {{ kept_period_rows('evaluation') }}
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
