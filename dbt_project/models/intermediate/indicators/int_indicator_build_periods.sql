{#-
    The periods the engine computes tonight (docs/incremental.md): every period on a full refresh, on the first
    build, and when the engine's models changed since the last build; otherwise the periods whose facts changed
    (int_indicator_changed_periods) or whose scaffold changed (who was posted where: a changed posting history),
    compared with the copies the last build left. A night with nothing changed computes no period.
-#}
-- depends_on: {{ ref('int_indicator_changed_periods') }}
-- depends_on: {{ ref('int_indicator_scaffold') }}
{%- set everything = indicator_engine_builds_everything() %}
{%- set scaffold_baseline = none if everything else indicator_baseline(ref('int_indicator_scaffold')) %}

with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

changed as (

    {% if everything or scaffold_baseline is none -%}
        select
            period_type,
            period
        from periods
    {%- else -%}
        select
            period_type,
            period
        from {{ ref('int_indicator_changed_periods') }}

        union

        select
            scaffold_changes.period_type,
            scaffold_changes.period
        from ({{ changed_rows(ref('int_indicator_scaffold'), scaffold_baseline) }}) as scaffold_changes
    {%- endif %}

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
