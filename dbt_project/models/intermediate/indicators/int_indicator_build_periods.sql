{#-
    The periods the engine computes tonight (docs/incremental.md): every period on a full refresh, on the first
    build, and when the engine's models changed since the last build; otherwise the periods where a fact the
    measures read or the scaffold (who was posted where) changed since the copies the last build left
    (int_indicator_changed_periods). A night with nothing changed computes no period. Each values table rebuilds
    the part of these its own indicators read (int_indicator_build_categories).
-#}
with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

changed as (

    select * from {{ ref('int_indicator_changed_periods') }}

),

final as (

    select periods.*
    from periods
    where exists (
        select 1 from changed
        where changed.period_type = periods.period_type and changed.period = periods.period
    )

)

select * from final
