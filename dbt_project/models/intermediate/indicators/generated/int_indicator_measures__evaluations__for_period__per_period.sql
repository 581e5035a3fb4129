-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- evaluations, rows evaluations whose period is P itself: 16 measures, rows joined to each period
{{ config(materialized=measure_part_materialization()) }}
with

periods as (

    select * from {{ ref('int_indicator_build_periods') }}

),

fact_rows as (

    select * from {{ ref('fct_evaluations') }}

),

in_period as (

    select
        p.period_type,
        p.period,
        f.person_id as person_entity,
        cast(case when true then f.score end as decimal(38, 9)) as i_m_evaluations__for_period__sum_score,
        case when (f.score is not null) then 1 else 0 end as i_m_evaluations__for_period__count__score_known,
        cast(
            case
                when (f.evaluator_role = 'leader')
                    then f.score
            end as decimal(38, 9)
        ) as i_m_evaluations__for_period__sum_score__evaluator_role_leader,
        case
            when (f.evaluator_role = 'leader') and (f.score is not null)
                then 1
            else 0
        end as i_m_evaluations__for_period__count__evaluator_role_leader__score_known,
        cast(
            case
                when (f.evaluator_role = 'peer')
                    then f.score
            end as decimal(38, 9)
        ) as i_m_evaluations__for_period__sum_score__evaluator_role_peer,
        case
            when (f.evaluator_role = 'peer') and (f.score is not null)
                then 1
            else 0
        end as i_m_evaluations__for_period__count__evaluator_role_peer__score_known,
        cast(
            case
                when (f.evaluator_role = 'subordinate')
                    then f.score
            end as decimal(38, 9)
        ) as i_m_evaluations__for_period__sum_score__evaluator_role_subordinate,
        case
            when (f.evaluator_role = 'subordinate') and (f.score is not null)
                then 1
            else 0
        end as i_m_evaluations__for_period__count__evaluator_role_subordinate__score_known,
        cast(
            case
                when (f.evaluator_role in ('peer', 'subordinate'))
                    then f.score
            end as decimal(38, 9)
        ) as i_m_evaluations__for_period__sum_score__evaluator_role_peer_or_subordinate,
        case
            when (f.evaluator_role in ('peer', 'subordinate')) and (f.score is not null)
                then 1
            else 0
        end as i_m_evaluations__for_period__count__evaluator_role_peer_or_subordinate__score_known,
        case when true then f.score end as i_m_evaluations__for_period__median_score,
        case when true then 1 else 0 end as i_m_evaluations__for_period__count,
        case when (f.score >= 90) then 1 else 0 end as i_m_evaluations__for_period__count__score_ge_90,
        case when (f.score < 60) then 1 else 0 end as i_m_evaluations__for_period__count__score_lt_60,
        case
            when (f.evaluator_role = 'leader') and (f.score >= 90)
                then 1
            else 0
        end as i_m_evaluations__for_period__count__evaluator_role_leader__score_ge_90,
        case when (f.evaluator_role = 'leader') then 1 else 0 end as i_m_evaluations__for_period__count__evaluator_role_leader
    from fact_rows as f
    inner join periods as p
        on f.period = p.period and p.period_type in ('month', 'quarter', 'year')

),

by_level as (

    {{ crossed_with_levels('in_period', ['person']) }}

)

select
    level,
    entity_id,
    period_type,
    period,
    cast(sum(i_m_evaluations__for_period__sum_score) as double) as m_evaluations__for_period__sum_score,
    cast(sum(i_m_evaluations__for_period__count__score_known) as {{ dbt.type_bigint() }}) as m_evaluations__for_period__count__score_known,
    cast(
        sum(i_m_evaluations__for_period__sum_score__evaluator_role_leader)
        as double
    ) as m_evaluations__for_period__sum_score__evaluator_role_leader,
    cast(
        sum(i_m_evaluations__for_period__count__evaluator_role_leader__score_known)
        as {{ dbt.type_bigint() }}
    ) as m_evaluations__for_period__count__evaluator_role_leader__score_known,
    cast(
        sum(i_m_evaluations__for_period__sum_score__evaluator_role_peer)
        as double
    ) as m_evaluations__for_period__sum_score__evaluator_role_peer,
    cast(
        sum(i_m_evaluations__for_period__count__evaluator_role_peer__score_known)
        as {{ dbt.type_bigint() }}
    ) as m_evaluations__for_period__count__evaluator_role_peer__score_known,
    cast(
        sum(i_m_evaluations__for_period__sum_score__evaluator_role_subordinate)
        as double
    ) as m_evaluations__for_period__sum_score__evaluator_role_subordinate,
    cast(
        sum(i_m_evaluations__for_period__count__evaluator_role_subordinate__score_known)
        as {{ dbt.type_bigint() }}
    ) as m_evaluations__for_period__count__evaluator_role_subordinate__score_known,
    cast(
        sum(i_m_evaluations__for_period__sum_score__evaluator_role_peer_or_subordinate)
        as double
    ) as m_evaluations__for_period__sum_score__evaluator_role_peer_or_subordinate,
    cast(
        sum(i_m_evaluations__for_period__count__evaluator_role_peer_or_subordinate__score_known)
        as {{ dbt.type_bigint() }}
    ) as m_evaluations__for_period__count__evaluator_role_peer_or_subordinate__score_known,
    cast({{ courtperf_median('i_m_evaluations__for_period__median_score') }} as double) as m_evaluations__for_period__median_score,
    cast(sum(i_m_evaluations__for_period__count) as {{ dbt.type_bigint() }}) as m_evaluations__for_period__count,
    cast(sum(i_m_evaluations__for_period__count__score_ge_90) as {{ dbt.type_bigint() }}) as m_evaluations__for_period__count__score_ge_90,
    cast(sum(i_m_evaluations__for_period__count__score_lt_60) as {{ dbt.type_bigint() }}) as m_evaluations__for_period__count__score_lt_60,
    cast(
        sum(i_m_evaluations__for_period__count__evaluator_role_leader__score_ge_90)
        as {{ dbt.type_bigint() }}
    ) as m_evaluations__for_period__count__evaluator_role_leader__score_ge_90,
    cast(
        sum(i_m_evaluations__for_period__count__evaluator_role_leader)
        as {{ dbt.type_bigint() }}
    ) as m_evaluations__for_period__count__evaluator_role_leader
from by_level
where entity_id is not null
group by level, entity_id, period_type, period
