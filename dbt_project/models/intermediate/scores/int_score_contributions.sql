{#-
    What each indicator contributes to a member's total: points × effective weight / 100.
    The configured weight of an indicator is dimension weight × indicator weight / 100 (all of a group's
    configured weights add up to 100). When an indicator has no value for the member in the period, its
    weight is redistributed proportionally: first over the other indicators of the same dimension (so
    the dimension keeps its configured weight), and when the whole dimension has no value, over the other
    dimensions. Effective weights of a member therefore always add up to 100 (or to 0 when nothing has a
    value). Contributions are decimal(12,4), so their sum is exact.
-#}
{{ config(**period_incremental_config('scores')) }}
with

points as (

    {{ rows_to_rebuild(ref('int_score_points'), 'scores') }}

),

dimensions as (

    select
        {{ entity_period_columns() }},
        dimension,
        max(dimension_weight) as dimension_weight,
        sum(case when points is not null then indicator_weight else 0 end) as valued_indicator_weight
    from points
    group by 1, 2, 3, 4, 5

),

member_dimensions as (

    select
        *,
        sum(case when valued_indicator_weight > 0 then dimension_weight else 0 end) over (
            partition by {{ entity_period_columns() }}
        ) as valued_dimension_weight
    from dimensions

),

weighted as (

    select
        points.*,
        case
            when points.points is null or member_dimensions.valued_indicator_weight = 0 then 0
            else
                member_dimensions.dimension_weight * 100 / member_dimensions.valued_dimension_weight
                * points.indicator_weight / member_dimensions.valued_indicator_weight
        end as effective_weight
    from points
    inner join member_dimensions
        on
            {{ same_entity_period('points', 'member_dimensions') }}
            and points.dimension = member_dimensions.dimension

),

final as (

    select
        *,
        {{ to_decimal('coalesce(points * effective_weight / 100, 0)', 12, 4) }} as contribution
    from weighted

)

{{ kept_period_rows('scores') }}select * from final
