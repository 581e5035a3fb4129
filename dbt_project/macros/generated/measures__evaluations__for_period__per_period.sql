{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    evaluations, rows evaluations whose period is P itself: 16 measures, rows joined to each period: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__evaluations__for_period__per_period() -%}
    {{ return({
        'fact': 'fct_evaluations',
        'shape': 'per_period',
        'levels': ['person'],
        'measures': {
            'm_evaluations__for_period__sum_score': 'sum',
            'm_evaluations__for_period__count__score_known': 'count',
            'm_evaluations__for_period__sum_score__evaluator_role_leader': 'sum',
            'm_evaluations__for_period__count__evaluator_role_leader__score_known': 'count',
            'm_evaluations__for_period__sum_score__evaluator_role_peer': 'sum',
            'm_evaluations__for_period__count__evaluator_role_peer__score_known': 'count',
            'm_evaluations__for_period__sum_score__evaluator_role_subordinate': 'sum',
            'm_evaluations__for_period__count__evaluator_role_subordinate__score_known': 'count',
            'm_evaluations__for_period__sum_score__evaluator_role_peer_or_subordinate': 'sum',
            'm_evaluations__for_period__count__evaluator_role_peer_or_subordinate__score_known': 'count',
            'm_evaluations__for_period__median_score': 'median',
            'm_evaluations__for_period__count': 'count',
            'm_evaluations__for_period__count__score_ge_90': 'count',
            'm_evaluations__for_period__count__score_lt_60': 'count',
            'm_evaluations__for_period__count__evaluator_role_leader__score_ge_90': 'count',
            'm_evaluations__for_period__count__evaluator_role_leader': 'count',
        },
        'rows': measure_rows__evaluations__for_period__per_period,
    }) }}
{%- endmacro %}

{% macro measure_rows__evaluations__for_period__per_period(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
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
    from {{ relation }} as f
    inner join periods as p
        on f.period = p.period and p.period_type in ('month', 'quarter', 'year')
{%- endmacro %}
