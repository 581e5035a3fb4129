{#-
    Dimension scores (quality, efficiency, effect, workload, evaluation) of every scored entity and
    period: points 0-100 are the effective-weighted mean of the dimension's indicator points;
    contribution is what the dimension adds to the total (before conduct adjustments); data_defects counts
    the open source-data defects touching the entity in the period (provisional when > 0).
-#}
{{ config(**period_incremental_config('scores')) }}
with

contributions as (

    {{ rows_to_rebuild(ref('int_score_contributions'), 'scores') }}

),

marks as (

    select * from {{ ref('int_data_defect_marks') }}

),

dimensions as (

    select
        {{ entity_period_columns() }},
        peer_group_id,
        dimension,
        cast(max(dimension_weight) as double) as configured_weight,
        cast(sum(effective_weight) as double) as effective_weight,
        -- the weighted mean from decimal sums: a sum of doubles depends on the order rows are added in, which
        -- differs between runs and engines
        cast(sum(cast(coalesce(points, 0) * effective_weight as decimal(38, 9))) as double)
        / nullif(cast(sum(cast(effective_weight as decimal(38, 9))) as double), 0) as points,
        cast(sum(contribution) as decimal(12, 4)) as contribution
    from contributions
    group by 1, 2, 3, 4, 5, 6

),

final as (

    select
        dimensions.*,
        coalesce(marks.data_defects, 0) as data_defects
    from dimensions
    {{ join_data_defect_marks('dimensions') }}

)

{{ kept_period_rows('scores') }}select * from final
