-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_petitions: the periods whose measures its rows changed since the last build (7 passes)
{{ config(materialized=measure_part_materialization()) }}
-- depends_on: {{ ref('fct_petitions') }}
{%- set columns = [
    'category',
    'channel',
    'court_code',
    'due_date',
    'escalated_to',
    'handler_dept_id',
    'handler_id',
    'is_collective',
    'is_repeat',
    'is_resolved_on_time',
    'received_date',
    'related_case_number',
    'resolution',
    'resolved_date',
    'satisfaction'
] %}
{%- set baseline = none if indicator_engine_builds_everything() else indicator_baseline(ref('fct_petitions'), columns) %}
with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

{% if baseline is none %}
-- every period is built tonight (int_indicator_build_periods), or there is nothing to compare with

final as (

    select
        'fct_petitions' as relation,
        period_type,
        period
    from periods

)
{% else %}

snapshot_days as (

    select p.period_end from periods as p
    union
    select cast({{ dbt.dateadd('day', -1, 'p.period_start') }} as date) as period_end from periods as p

),

changed_rows as (

    {{ changed_rows(ref('fct_petitions'), baseline, columns) }}

),

changed_petitions as (

    select * from changed_rows

),

c0 as (

    select
        f.net,
        p.period_end as snapshot_day,
        f.court_code as court_entity,
        f.handler_dept_id as department_entity,
        f.handler_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_petitions__open_at_end__count,
        case
            when (coalesce(f.due_date < p.period_end and (f.resolved_date is null or f.resolved_date > f.due_date), false))
                then 1
            else 0
        end as i_m_petitions__open_at_end__count__is_overdue_at_end
    from changed_petitions as f
    inner join snapshot_days as p
        on f.received_date <= p.period_end and (f.resolved_date is null or f.resolved_date > p.period_end)

),

c0_net as (

    select
        snapshot_day,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_petitions__open_at_end__count,
        i_m_petitions__open_at_end__count__is_overdue_at_end
    from c0
    group by all
    having sum(net) != 0

),

c0_periods as (

    select distinct
        p.period_type,
        p.period
    from c0_net as d
    inner join periods as p
        on d.snapshot_day = p.period_end

),

c1 as (

    select
        f.net,
        p.period_type,
        p.period,
        f.court_code as court_entity,
        f.handler_dept_id as department_entity,
        f.handler_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when (coalesce(coalesce(f.resolved_date <= p.period_end, false), false)) and (f.resolution = 'resolved')
                then 1
            else 0
        end as i_m_petitions__open_at_start__count__resolution_resolved__resolved_by_period_end
    from changed_petitions as f
    inner join periods as p
        on f.received_date < p.period_start and (f.resolved_date is null or f.resolved_date >= p.period_start)

),

c1_net as (

    select
        period_type,
        period,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_petitions__open_at_start__count__resolution_resolved__resolved_by_period_end
    from c1
    group by all
    having sum(net) != 0

),

c1_periods as (

    select distinct
        p.period_type,
        p.period
    from c1_net as d
    inner join periods as p
        on d.period_type = p.period_type and d.period = p.period

),

c2 as (

    select
        f.net,
        p.period_end as snapshot_day,
        f.court_code as court_entity,
        f.handler_dept_id as department_entity,
        f.handler_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_petitions__open_at_start__count
    from changed_petitions as f
    inner join snapshot_days as p
        on f.received_date <= p.period_end and (f.resolved_date is null or f.resolved_date > p.period_end)

),

c2_net as (

    select
        snapshot_day,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_petitions__open_at_start__count
    from c2
    group by all
    having sum(net) != 0

),

c2_periods as (

    select distinct
        p.period_type,
        p.period
    from c2_net as d
    inner join periods as p
        on d.snapshot_day = cast({{ dbt.dateadd('day', -1, 'p.period_start') }} as date)

),

c3 as (

    select
        f.net,
        cast({{ dbt.date_trunc('month', 'f.received_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.handler_dept_id as department_entity,
        f.handler_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_petitions__received_in__count,
        case when (coalesce(f.is_resolved_on_time, false)) then 1 else 0 end as i_m_petitions__received_in__count__is_resolved_on_time,
        case when (coalesce(f.is_repeat, false)) then 1 else 0 end as i_m_petitions__received_in__count__is_repeat,
        case when (f.channel = 'online') then 1 else 0 end as i_m_petitions__received_in__count__channel_online,
        case when (f.category = 'ruling_dispute') then 1 else 0 end as i_m_petitions__received_in__count__category_ruling_dispute,
        case when (f.category = 'delay') then 1 else 0 end as i_m_petitions__received_in__count__category_delay,
        case when (f.category = 'enforcement') then 1 else 0 end as i_m_petitions__received_in__count__category_enforcement,
        case when (f.category = 'conduct') then 1 else 0 end as i_m_petitions__received_in__count__category_conduct,
        case when (coalesce(f.is_collective, false)) then 1 else 0 end as i_m_petitions__received_in__count__is_collective,
        case when (f.escalated_to = 'supreme_court') then 1 else 0 end as i_m_petitions__received_in__count__escalated_to_supreme_court,
        case
            when (f.escalated_to in ('higher_court', 'supreme_court'))
                then 1
            else 0
        end as i_m_petitions__received_in__count__escalated_to_higher_court_or_supreme_court,
        case
            when (coalesce(f.related_case_number is not null, false))
                then 1
            else 0
        end as i_m_petitions__received_in__count__has_related_case,
        case when (f.category != 'enforcement') then 1 else 0 end as i_m_petitions__received_in__count__category_not_enforcement
    from changed_petitions as f
    where f.received_date is not null

),

c3_net as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_petitions__received_in__count,
        i_m_petitions__received_in__count__is_resolved_on_time,
        i_m_petitions__received_in__count__is_repeat,
        i_m_petitions__received_in__count__channel_online,
        i_m_petitions__received_in__count__category_ruling_dispute,
        i_m_petitions__received_in__count__category_delay,
        i_m_petitions__received_in__count__category_enforcement,
        i_m_petitions__received_in__count__category_conduct,
        i_m_petitions__received_in__count__is_collective,
        i_m_petitions__received_in__count__escalated_to_supreme_court,
        i_m_petitions__received_in__count__escalated_to_higher_court_or_supreme_court,
        i_m_petitions__received_in__count__has_related_case,
        i_m_petitions__received_in__count__category_not_enforcement
    from c3
    group by all
    having sum(net) != 0

),

c3_periods as (

    select distinct
        p.period_type,
        p.period
    from c3_net as d
    inner join periods as p
        on d.month_start >= p.period_start and d.month_start <= p.period_end

),

c4 as (

    select
        f.net,
        p.period_type,
        p.period,
        f.court_code as court_entity,
        f.handler_dept_id as department_entity,
        f.handler_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when (f.resolution in ('resolved', 'explained')) and (coalesce(coalesce(f.resolved_date <= p.period_end, false), false))
                then 1
            else 0
        end as i_m_petitions__received_in__count__resolution_explained_or_resolved__resolved_by_period_end,
        case
            when (f.category = 'enforcement') and (coalesce(coalesce(f.resolved_date <= p.period_end, false), false))
                then 1
            else 0
        end as i_m_petitions__received_in__count__category_enforcement__resolved_by_period_end,
        case
            when (coalesce(coalesce(f.resolved_date <= p.period_end, false), false))
                then 1
            else 0
        end as i_m_petitions__received_in__count__resolved_by_period_end
    from changed_petitions as f
    inner join periods as p
        on f.received_date >= p.period_start and f.received_date <= p.period_end

),

c4_net as (

    select
        period_type,
        period,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_petitions__received_in__count__resolution_explained_or_resolved__resolved_by_period_end,
        i_m_petitions__received_in__count__category_enforcement__resolved_by_period_end,
        i_m_petitions__received_in__count__resolved_by_period_end
    from c4
    group by all
    having sum(net) != 0

),

c4_periods as (

    select distinct
        p.period_type,
        p.period
    from c4_net as d
    inner join periods as p
        on d.period_type = p.period_type and d.period = p.period

),

c5 as (

    select
        f.net,
        cast({{ dbt.date_trunc('month', 'f.resolved_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.handler_dept_id as department_entity,
        f.handler_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when ((f.is_repeat) = false) and (f.resolution = 'resolved')
                then 1
            else 0
        end as i_m_petitions__resolved_in__count__not_is_repeat__resolution_resolved,
        case when ((f.is_repeat) = false) then 1 else 0 end as i_m_petitions__resolved_in__count__not_is_repeat,
        case when true then 1 else 0 end as i_m_petitions__resolved_in__count,
        case when (f.resolution = 'resolved') then 1 else 0 end as i_m_petitions__resolved_in__count__resolution_resolved,
        case
            when (f.satisfaction in ('satisfied', 'basically_satisfied'))
                then 1
            else 0
        end as i_m_petitions__resolved_in__count__satisfaction_basically_satisfied_or_satisfied,
        case when (f.satisfaction is not null) then 1 else 0 end as i_m_petitions__resolved_in__count__satisfaction_known,
        cast(
            case
                when true
                    then {{ dbt.datediff('f.received_date', 'f.resolved_date', 'day') }}  -- noqa: LT05
            end as decimal(38, 9)
        ) as i_m_petitions__resolved_in__sum_days_to_resolve,
        case
            when ({{ dbt.datediff('f.received_date', 'f.resolved_date', 'day') }} is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_petitions__resolved_in__count__days_to_resolve_known
    from changed_petitions as f
    where f.resolved_date is not null

),

c5_net as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_petitions__resolved_in__count__not_is_repeat__resolution_resolved,
        i_m_petitions__resolved_in__count__not_is_repeat,
        i_m_petitions__resolved_in__count,
        i_m_petitions__resolved_in__count__resolution_resolved,
        i_m_petitions__resolved_in__count__satisfaction_basically_satisfied_or_satisfied,
        i_m_petitions__resolved_in__count__satisfaction_known,
        i_m_petitions__resolved_in__sum_days_to_resolve,
        i_m_petitions__resolved_in__count__days_to_resolve_known
    from c5
    group by all
    having sum(net) != 0

),

c5_periods as (

    select distinct
        p.period_type,
        p.period
    from c5_net as d
    inner join periods as p
        on d.month_start >= p.period_start and d.month_start <= p.period_end

),

c6 as (

    select
        f.net,
        p.period_type,
        p.period,
        f.court_code as court_entity,
        f.handler_dept_id as department_entity,
        f.handler_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when true
                then {{ dbt.datediff('f.received_date', 'f.resolved_date', 'day') }}  -- noqa: LT05
        end as i_m_petitions__resolved_in__median_days_to_resolve
    from changed_petitions as f
    inner join periods as p
        on f.resolved_date >= p.period_start and f.resolved_date <= p.period_end

),

c6_net as (

    select
        period_type,
        period,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_petitions__resolved_in__median_days_to_resolve
    from c6
    group by all
    having sum(net) != 0

),

c6_periods as (

    select distinct
        p.period_type,
        p.period
    from c6_net as d
    inner join periods as p
        on d.period_type = p.period_type and d.period = p.period

),

final as (

    select
        'fct_petitions' as relation,
        period_type,
        period
    from c0_periods

    union

    select
        'fct_petitions' as relation,
        period_type,
        period
    from c1_periods

    union

    select
        'fct_petitions' as relation,
        period_type,
        period
    from c2_periods

    union

    select
        'fct_petitions' as relation,
        period_type,
        period
    from c3_periods

    union

    select
        'fct_petitions' as relation,
        period_type,
        period
    from c4_periods

    union

    select
        'fct_petitions' as relation,
        period_type,
        period
    from c5_periods

    union

    select
        'fct_petitions' as relation,
        period_type,
        period
    from c6_periods

)
{% endif %}

select * from final
