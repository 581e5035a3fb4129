-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_evaluations: the periods whose measures its rows changed since the last build (1 passes)
{{ config(materialized=measure_part_materialization()) }}
-- depends_on: {{ ref('fct_evaluations') }}
{%- set columns = [
    'evaluator_role',
    'period',
    'person_id',
    'score'
] %}
{%- set baseline = none if indicator_engine_builds_everything() else indicator_baseline(ref('fct_evaluations'), columns) %}
with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

{% if baseline is none %}
-- every period is built tonight (int_indicator_build_periods), or there is nothing to compare with

final as (

    select
        'fct_evaluations' as relation,
        period_type,
        period
    from periods

)
{% else %}

changed_rows as (

    {{ changed_rows(ref('fct_evaluations'), baseline, columns) }}

),

changed_evaluations as (

    select * from changed_rows

),

c0 as (

    select
        f.net,
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
    from changed_evaluations as f
    inner join periods as p
        on f.period = p.period and p.period_type in ('month', 'quarter', 'year')

),

c0_net as (

    select
        period_type,
        period,
        person_entity,
        i_m_evaluations__for_period__sum_score,
        i_m_evaluations__for_period__count__score_known,
        i_m_evaluations__for_period__sum_score__evaluator_role_leader,
        i_m_evaluations__for_period__count__evaluator_role_leader__score_known,
        i_m_evaluations__for_period__sum_score__evaluator_role_peer,
        i_m_evaluations__for_period__count__evaluator_role_peer__score_known,
        i_m_evaluations__for_period__sum_score__evaluator_role_subordinate,
        i_m_evaluations__for_period__count__evaluator_role_subordinate__score_known,
        i_m_evaluations__for_period__sum_score__evaluator_role_peer_or_subordinate,
        i_m_evaluations__for_period__count__evaluator_role_peer_or_subordinate__score_known,
        i_m_evaluations__for_period__median_score,
        i_m_evaluations__for_period__count,
        i_m_evaluations__for_period__count__score_ge_90,
        i_m_evaluations__for_period__count__score_lt_60,
        i_m_evaluations__for_period__count__evaluator_role_leader__score_ge_90,
        i_m_evaluations__for_period__count__evaluator_role_leader
    from c0
    group by all
    having sum(net) != 0

),

c0_periods as (

    select distinct
        p.period_type,
        p.period
    from c0_net as d
    inner join periods as p
        on d.period_type = p.period_type and d.period = p.period

),

final as (

    select
        'fct_evaluations' as relation,
        period_type,
        period
    from c0_periods

)
{% endif %}

select * from final
