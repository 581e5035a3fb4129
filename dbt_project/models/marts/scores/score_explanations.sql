{#-
    Why a score is what it is, line by line (see int_score_lines): the lines of an entity and period add
    up exactly to its total in score_totals.
-#}
{{ config(**period_incremental_config('scores')) }}
with

lines as (

    {{ rows_to_rebuild(ref('int_score_lines'), 'scores') }}

),

final as (

    select
        {{ entity_period_columns() }},
        peer_group_id,
        line_number,
        line_type,
        dimension,
        indicator_id,
        indicator_name_zh,
        rule,
        direction,
        value,
        benchmark_target,
        benchmark_floor,
        interval_lower,
        interval_upper,
        tolerance,
        peer_median,
        cast(peer_count as {{ dbt.type_int() }}) as peer_count,
        points,
        configured_weight,
        effective_weight,
        contribution,
        event_id,
        event_type,
        severity,
        event_date,
        note,
        scoring_config_version
    from lines

)

{{ kept_period_rows('scores') }}select * from final
