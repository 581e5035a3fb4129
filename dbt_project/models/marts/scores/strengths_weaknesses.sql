{#-
    优势指标 / 薄弱指标: for each person and department and period, the three indicators where its points
    stand furthest above (strength) and below (weakness) the points its peer group's median value earns.
    Indicators level with the median are neither. Ties are broken by indicator id, so the lists are stable.
-#}
{{ config(**period_incremental_config('scores')) }}
with

points as (

    select * from {{ ref('int_score_points') }} as points
    where
        level in ('person', 'department')
        and points is not null
        and median_points is not null
        and {{ is_rebuilt_for('points', 'scores') }}

),

gaps as (

    select
        *,
        {{ round_as_decimal('points - median_points', 4) }} as gap_to_median,
        row_number() over (
            partition by {{ entity_period_columns() }}
            order by round(cast(points - median_points as decimal(30, 12)), 4) desc nulls last, indicator_id
        ) as strength_position,
        row_number() over (
            partition by {{ entity_period_columns() }}
            order by round(cast(points - median_points as decimal(30, 12)), 4) nulls last, indicator_id
        ) as weakness_position
    from points

),

final as (

    select
        {{ entity_period_columns() }},
        peer_group_id,
        case when gap_to_median > 0 then 'strength' else 'weakness' end as kind,
        cast(case when gap_to_median > 0 then strength_position else weakness_position end as {{ dbt.type_int() }})
            as list_position,
        indicator_id,
        indicator_name_zh,
        dimension,
        value,
        peer_median,
        points,
        median_points,
        cast(gap_to_median as double) as gap_to_median
    from gaps
    where
        (gap_to_median > 0 and strength_position <= 3)
        or (gap_to_median < 0 and weakness_position <= 3)

)

{{ kept_period_rows('scores') }}select * from final
