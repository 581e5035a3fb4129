{#-
    One row per scored court, department and person and period: the total (the exact sum of its
    explanation lines, to the cent), its parts, eligibility, ranks and workload against the peer median.
    Ranks are standard competition ranks (1, 2, 2, 4) of the total among the ELIGIBLE members of the peer
    group (and of the peer group within the same court), only for levels that settings.yaml ranks.
    data_defects > 0 marks a provisional total: open source-data defects touch the entity in the period.
-#}
{{ config(**period_incremental_config('scores')) }}
with

members as (

    {{ rows_to_rebuild(ref('int_score_members'), 'scores') }}

),

lines as (

    {{ rows_to_rebuild(ref('int_score_lines'), 'scores') }}

),

points as (

    {{ rows_to_rebuild(ref('int_score_points'), 'scores') }}

),

marks as (

    select * from {{ ref('int_data_defect_marks') }}

),

sums as (

    select
        {{ entity_period_columns() }},
        cast(sum(contribution) as decimal(12, 2)) as total,
        cast(sum(case when line_type = 'indicator' then contribution else 0 end) as decimal(12, 4))
            as indicator_points,
        cast(
            sum(case when line_type in ('deduction', 'deduction_cap') then contribution else 0 end)
            as decimal(12, 4)
        ) as deductions,
        cast(
            sum(case when line_type in ('bonus', 'bonus_cap') then contribution else 0 end)
            as decimal(12, 4)
        ) as bonuses,
        sum(case when line_type = 'indicator' and value is not null then 1 else 0 end) as valued_indicators
    from lines
    group by 1, 2, 3, 4

),

workloads as (

    select
        points.level,
        points.entity_id,
        points.period_type,
        points.period,
        points.value as workload_value,
        points.peer_median as peer_median_workload
    from points
    inner join members
        on
            {{ same_entity_period('points', 'members') }}
            and points.indicator_id = members.workload_indicator_id

),

statuses as (

    select
        members.*,
        sums.total,
        sums.indicator_points,
        sums.deductions,
        sums.bonuses,
        workloads.workload_value,
        workloads.peer_median_workload,
        members.is_eligible and sums.valued_indicators > 0 as is_scored_eligible,
        case
            when not members.is_eligible then members.ineligible_reason
            when sums.valued_indicators = 0 then '同类组的指标本期均无数值'
        end as eligibility_reason
    from members
    inner join sums
        on
            {{ same_entity_period('members', 'sums') }}
    left join workloads
        on
            {{ same_entity_period('members', 'workloads') }}

),

ranked as (

    select
        {{ entity_period_columns() }},
        rank() over (
            partition by peer_group_id, period_type, period order by total desc nulls last
        ) as rank_in_peer_group,
        rank() over (
            partition by peer_group_id, court_code, period_type, period order by total desc nulls last
        ) as rank_in_court,
        percent_rank() over (
            partition by peer_group_id, period_type, period order by total nulls last
        ) as percent_below,
        count(*) over (partition by peer_group_id, period_type, period) as ranked_count
    from statuses
    where is_scored_eligible and is_ranked

),

final as (

    select
        statuses.level,
        statuses.entity_id,
        statuses.period_type,
        statuses.period,
        statuses.court_code,
        statuses.dept_id,
        statuses.role,
        statuses.business_line,
        statuses.peer_group_id,
        statuses.peer_group_name_zh,
        statuses.is_mover,
        statuses.posted_days,
        statuses.days_in_period,
        statuses.indicator_points,
        statuses.deductions,
        statuses.bonuses,
        statuses.total,
        statuses.is_scored_eligible as is_eligible,
        statuses.eligibility_reason,
        case
            when not statuses.is_scored_eligible
                then {{ dbt.concat(["'不参加排名：'", 'statuses.eligibility_reason']) }}
            when not statuses.is_ranked then '该层级不排名（settings.yaml ranked_levels）'
        end as not_ranked_reason,
        cast(ranked.rank_in_peer_group as {{ dbt.type_int() }}) as rank_in_peer_group,
        cast(ranked.rank_in_court as {{ dbt.type_int() }}) as rank_in_court,
        cast(case when ranked.ranked_count = 1 then 1 else ranked.percent_below end as double) as percentile,
        cast(sum(case when statuses.is_scored_eligible then 1 else 0 end) over (
            partition by statuses.peer_group_id, statuses.period_type, statuses.period
        ) as {{ dbt.type_int() }}) as peer_group_size,
        statuses.workload_indicator_id,
        statuses.workload_value,
        statuses.peer_median_workload,
        cast(
            statuses.workload_value / nullif(statuses.peer_median_workload, 0) as double
        ) as workload_vs_peer_median,
        statuses.scoring_config_version,
        coalesce(marks.data_defects, 0) as data_defects
    from statuses
    {{ join_data_defect_marks('statuses') }}
    left join ranked
        on
            {{ same_entity_period('statuses', 'ranked') }}

)

{{ kept_period_rows('scores') }}select * from final
