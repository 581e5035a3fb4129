{#-
    动态排名: each ranked person's and department's monthly rank in its peer group beside the month before.
    rank_change is previous rank minus current rank (positive = moved up), and only when both months are
    ranked in the same peer group; otherwise null.
-#}
with

totals as (

    select * from {{ ref('score_totals') }}
    where period_type = 'month' and level in ('person', 'department')

),

with_previous as (

    select
        *,
        lag(period) over (partition by level, entity_id order by period) as previous_period,
        lag(peer_group_id) over (partition by level, entity_id order by period) as previous_peer_group_id,
        lag(rank_in_peer_group) over (partition by level, entity_id order by period) as previous_rank
    from totals

),

final as (

    select
        level,
        entity_id,
        period,
        peer_group_id,
        total,
        rank_in_peer_group,
        peer_group_size,
        previous_period,
        previous_peer_group_id,
        previous_rank,
        cast(case
            when previous_peer_group_id = peer_group_id then previous_rank - rank_in_peer_group
        end as {{ dbt.type_int() }}) as rank_change
    from with_previous

)

select * from final
