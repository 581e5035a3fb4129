{#-
    Each member's points (0-100) for each indicator of its peer group, by the group's rule:
      benchmark           100 at the target, 0 at the floor, linear in between (per_month: both × months)
      reference_interval  100 inside [lower, upper]; outside, 100 - 100 × distance / tolerance, at least 0
      peer_relative       p10 / median / p90 points (cfg_score_settings) at the peer quantiles, linear between
      rank_percentile     100 × share of the other pool members with a worse value (100 when alone)
    Values are compared in the good direction (signed_value = -value when lower is better, rounded to 9
    decimals through round_as_decimal: engines round a double's ties differently). The peer pool
    of a group, period and indicator is its eligible members with a value (all members with a value when
    none is eligible); quantiles interpolate between neighbours as percentile_cont does, written with
    window functions so that any engine computes them alike, and are rounded to 9 decimals so that a
    value equal to the median compares equal. A null value gets null points (its weight is
    redistributed in int_score_contributions). median_points: what the peer median value would earn,
    the yardstick of strengths and weaknesses.
-#}
{{ config(**period_incremental_config('scores')) }}
{%- set benchmark -%}
    greatest(0, least(100, 100 * (@v - period_floor) / (period_target - period_floor)))
{%- endset -%}
{%- set interval -%}
case
    when interval_lower is not null and @v < interval_lower
        then greatest(0, 100 - 100 * (interval_lower - @v) / tolerance)
    when interval_upper is not null and @v > interval_upper
        then greatest(0, 100 - 100 * (@v - interval_upper) / tolerance)
    else 100
end
{%- endset %}
with

members as (

    {{ rows_to_rebuild(ref('int_score_members'), 'scores') }}

),

indicators as (

    select * from {{ ref('cfg_score_indicators') }}

),

settings as (

    select * from {{ ref('cfg_score_settings') }}

),

catalog_values as (

    select
        indicator_id,
        {{ entity_period_columns() }},
        value
    from {{ ref('indicator_values') }}
    where indicator_id in (select scored.indicator_id from indicators as scored)

),

office_values as (

    select
        'office_weighted_workload' as indicator_id,
        {{ entity_period_columns() }},
        office_weighted_workload as value  -- noqa: RF04
    from {{ ref('int_office_workload') }}

),

scored_values as (

    select * from catalog_values
    union all
    select * from office_values

),

member_values as (

    select
        members.level,
        members.entity_id,
        members.period_type,
        members.period,
        members.peer_group_id,
        members.is_eligible,
        indicators.indicator_id,
        indicators.indicator_name_zh,
        indicators.dimension,
        indicators.dimension_weight,
        indicators.indicator_weight,
        indicators.configured_weight,
        indicators.rule,
        indicators.direction,
        indicators.interval_lower,
        indicators.interval_upper,
        indicators.tolerance,
        scored_values.value,
        indicators.benchmark_target * case when indicators.per_month then members.months_in_period else 1 end
            as period_target,
        indicators.benchmark_floor * case when indicators.per_month then members.months_in_period else 1 end
            as period_floor,
        {{ round_as_decimal(
            "case when indicators.direction = 'lower' then -scored_values.value else scored_values.value end", 9
        ) }} as signed_value
    from members
    inner join indicators
        on members.peer_group_id = indicators.peer_group_id
    left join scored_values
        on
            indicators.indicator_id = scored_values.indicator_id
            and members.level = scored_values.level
            and members.entity_id = scored_values.entity_id
            and members.period_type = scored_values.period_type
            and members.period = scored_values.period

),

pooled as (

    select
        *,
        case
            when signed_value is null then 0
            when is_eligible then 1
            when max(case when is_eligible and signed_value is not null then 1 else 0 end) over (
                partition by peer_group_id, period_type, period, indicator_id
            ) = 0 then 1
            else 0
        end as in_pool
    from member_values

),

pool_positions as (

    select
        peer_group_id,
        period_type,
        period,
        indicator_id,
        signed_value,
        row_number() over (
            partition by peer_group_id, period_type, period, indicator_id order by signed_value nulls last
        ) as pool_position,
        count(*) over (partition by peer_group_id, period_type, period, indicator_id) as pool_size
    from pooled
    where in_pool = 1

),

quantile_positions as (

    select
        *,
        1 + 0.1 * (pool_size - 1) as position_10,
        1 + 0.5 * (pool_size - 1) as position_50,
        1 + 0.9 * (pool_size - 1) as position_90
    from pool_positions

),

pool_neighbours as (

    -- the pool values on either side of each quantile's position
    select
        peer_group_id,
        period_type,
        period,
        indicator_id,
        max(case when pool_position = floor(position_10) then signed_value end) as below_10,
        max(case when pool_position = floor(position_10) + 1 then signed_value end) as above_10,
        max(position_10 - floor(position_10)) as fraction_10,
        max(case when pool_position = floor(position_50) then signed_value end) as below_50,
        max(case when pool_position = floor(position_50) + 1 then signed_value end) as above_50,
        max(position_50 - floor(position_50)) as fraction_50,
        max(case when pool_position = floor(position_90) then signed_value end) as below_90,
        max(case when pool_position = floor(position_90) + 1 then signed_value end) as above_90,
        max(position_90 - floor(position_90)) as fraction_90,
        max(pool_size) as pool_size
    from quantile_positions
    group by 1, 2, 3, 4

),

pool_stats as (

    select
        peer_group_id,
        period_type,
        period,
        indicator_id,
        cast(round({{ pool_interpolation('below_10', 'above_10', 'fraction_10') }}, 9) as double) as signed_p10,
        cast(round({{ pool_interpolation('below_50', 'above_50', 'fraction_50') }}, 9) as double) as signed_p50,
        cast(round({{ pool_interpolation('below_90', 'above_90', 'fraction_90') }}, 9) as double) as signed_p90,
        pool_size
    from pool_neighbours

),

ranked as (

    select
        pooled.*,
        pool_stats.pool_size,
        pool_stats.signed_p10,
        pool_stats.signed_p50,
        pool_stats.signed_p90,
        sum(pooled.in_pool) over (
            partition by pooled.peer_group_id, pooled.period_type, pooled.period, pooled.indicator_id
            order by pooled.signed_value nulls last
            range between unbounded preceding and current row
        ) as pool_at_or_below,
        sum(pooled.in_pool) over (
            partition by
                pooled.peer_group_id, pooled.period_type, pooled.period, pooled.indicator_id,
                pooled.signed_value
        ) as pool_tied
    from pooled
    left join pool_stats
        on
            pooled.peer_group_id = pool_stats.peer_group_id
            and pooled.period_type = pool_stats.period_type
            and pooled.period = pool_stats.period
            and pooled.indicator_id = pool_stats.indicator_id

),

with_median as (

    select
        ranked.*,
        settings.peer_p10_points,
        settings.peer_median_points,
        settings.peer_p90_points,
        case when ranked.direction = 'lower' then 0 - ranked.signed_p50 else ranked.signed_p50 end as peer_median,
        case when ranked.direction = 'lower' then 0 - ranked.signed_p10 else ranked.signed_p10 end as peer_p10,
        case when ranked.direction = 'lower' then 0 - ranked.signed_p90 else ranked.signed_p90 end as peer_p90
    from ranked
    cross join settings

),

final as (

    select
        {{ entity_period_columns() }},
        peer_group_id,
        is_eligible,
        indicator_id,
        indicator_name_zh,
        dimension,
        dimension_weight,
        indicator_weight,
        configured_weight,
        rule,
        direction,
        case when rule = 'benchmark' then period_target end as benchmark_target,
        case when rule = 'benchmark' then period_floor end as benchmark_floor,
        interval_lower,
        interval_upper,
        tolerance,
        value,
        peer_median,
        peer_p10,
        peer_p90,
        coalesce(pool_size, 0) as peer_count,
        in_pool = 1 as is_in_peer_pool,
        cast(case
            when value is null then null
            when rule = 'benchmark' then {{ benchmark | replace('@v', 'value') }}
            when rule = 'reference_interval' then {{ interval | replace('@v', 'value') | indent(16) }}
            when rule = 'peer_relative'
                then case
                    when signed_value = signed_p50 then peer_median_points
                    when signed_value >= signed_p90 then peer_p90_points
                    when signed_value > signed_p50
                        then
                            peer_median_points + (peer_p90_points - peer_median_points)
                            * (signed_value - signed_p50) / (signed_p90 - signed_p50)
                    when signed_value <= signed_p10 then peer_p10_points
                    else
                        peer_p10_points + (peer_median_points - peer_p10_points)
                        * (signed_value - signed_p10) / (signed_p50 - signed_p10)
                end
            when rule = 'rank_percentile'
                then case
                    when pool_size - in_pool = 0 then 100
                    else 100.0 * (pool_at_or_below - pool_tied) / (pool_size - in_pool)
                end
        end as double) as points,
        cast(case
            when peer_median is null then null
            when rule = 'benchmark' then {{ benchmark | replace('@v', 'peer_median') }}
            when rule = 'reference_interval' then {{ interval | replace('@v', 'peer_median') | indent(16) }}
            when rule = 'peer_relative' then peer_median_points
            when rule = 'rank_percentile' then 50
        end as double) as median_points
    from with_median

)

{{ kept_period_rows('scores') }}select * from final
