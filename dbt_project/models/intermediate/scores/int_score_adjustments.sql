{#-
    Conduct adjustments (作风纪律扣分 / 表彰加分): one line per VERIFIED conduct event of the member in the
    period, worth the signed points configured for its event type and severity (cfg_score_conduct, for the
    levels conduct.yaml names: a person's own events, a department's or court's members' events). When the
    deductions or bonuses of a member exceed their caps, a cap line returns the excess, so that the lines
    still add up to what is applied. Unverified events never appear.
-#}
{{ config(**period_incremental_config('scores')) }}
with

members as (

    {{ rows_to_rebuild(ref('int_score_members'), 'scores') }}

),

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

events as (

    select * from {{ ref('fct_conduct_events') }}
    where verified

),

conduct as (

    select * from {{ ref('cfg_score_conduct') }}

),

settings as (

    select * from {{ ref('cfg_score_settings') }}

),

event_entities as (

    -- the entity an event counts for at each level
    select
        person_id as person_entity,
        dept_id as department_entity,
        court_code as court_entity,
        event_id,
        event_date,
        event_type,
        severity
    from events

),

event_levels as (

    {{ crossed_with_levels('event_entities', ['person', 'department', 'court']) }}

),

event_lines as (

    select
        members.level,
        members.entity_id,
        members.period_type,
        members.period,
        case when conduct.points < 0 then 'deduction' else 'bonus' end as line_type,
        event_levels.event_id,
        event_levels.event_type,
        event_levels.severity,
        event_levels.event_date,
        {{ to_decimal('conduct.points', 12, 4) }} as contribution
    from members
    inner join periods
        on members.period_type = periods.period_type and members.period = periods.period
    inner join event_levels
        on
            members.level = event_levels.level
            and members.entity_id = event_levels.entity_id
            and periods.period_start <= event_levels.event_date
            and periods.period_end >= event_levels.event_date
    inner join conduct
        on
            event_levels.level = conduct.level
            and event_levels.event_type = conduct.event_type
            and event_levels.severity = conduct.severity

),

sums as (

    select
        {{ entity_period_columns() }},
        sum(case when line_type = 'deduction' then -contribution else 0 end) as deducted,
        sum(case when line_type = 'bonus' then contribution else 0 end) as added
    from event_lines
    group by 1, 2, 3, 4

),

cap_lines as (

    select
        sums.level,
        sums.entity_id,
        sums.period_type,
        sums.period,
        'deduction_cap' as line_type,
        cast(sums.deducted - settings.max_deduction as decimal(12, 4)) as contribution
    from sums
    cross join settings
    where sums.deducted > settings.max_deduction
    union all
    select
        sums.level,
        sums.entity_id,
        sums.period_type,
        sums.period,
        'bonus_cap' as line_type,
        cast(settings.max_bonus - sums.added as decimal(12, 4)) as contribution
    from sums
    cross join settings
    where sums.added > settings.max_bonus

),

final as (

    select * from event_lines
    union all
    select
        {{ entity_period_columns() }},
        line_type,
        cast(null as {{ dbt.type_string() }}) as event_id,
        cast(null as {{ dbt.type_string() }}) as event_type,
        cast(null as {{ dbt.type_string() }}) as severity,
        cast(null as date) as event_date,
        contribution
    from cap_lines

)

{{ kept_period_rows('scores') }}select * from final
