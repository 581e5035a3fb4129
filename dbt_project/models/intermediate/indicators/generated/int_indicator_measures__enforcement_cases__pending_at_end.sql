-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- enforcement_cases, rows pending at the end of P: 4 measures, evaluated once per snapshot day
{{ config(materialized=measure_part_materialization()) }}
with

periods as (

    select * from {{ ref('int_indicator_build_periods') }}

),

snapshot_days as (

    select distinct p.period_end
    from periods as p

),

fact_rows as (

    select * from {{ ref('fct_enforcement_cases') }}

),

pending as (

    select
        p.period_end as snapshot_day,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_officer_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_enforcement_cases__pending_at_end__count,
        case
            when true
                then {{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }}  -- noqa: LT05
        end as i_m_enforcement_cases__pending_at_end__median_age_days_at_end,
        case
            when ({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_enforcement_cases__pending_at_end__count__age_days_at_end_known,
        case
            when (coalesce({{ dbt.datediff('f.filing_date', 'p.period_end', 'day') }} > 365, false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_enforcement_cases__pending_at_end__count__age_over_12_months_at_end
    from fact_rows as f
    inner join snapshot_days as p
        on f.filing_date <= p.period_end and (f.closing_date is null or f.closing_date > p.period_end)

),

by_level as (

    {{ crossed_with_levels('pending', ['court', 'department', 'person', 'city']) }}

),

by_day as (

    select
        level,
        entity_id,
        snapshot_day,
        cast(sum(i_m_enforcement_cases__pending_at_end__count) as {{ dbt.type_bigint() }}) as m_enforcement_cases__pending_at_end__count,
        cast(
            {{ courtperf_median('i_m_enforcement_cases__pending_at_end__median_age_days_at_end') }}
            as double
        ) as m_enforcement_cases__pending_at_end__median_age_days_at_end,
        cast(
            sum(i_m_enforcement_cases__pending_at_end__count__age_days_at_end_known)
            as {{ dbt.type_bigint() }}
        ) as m_enforcement_cases__pending_at_end__count__age_days_at_end_known,
        cast(
            sum(i_m_enforcement_cases__pending_at_end__count__age_over_12_months_at_end)
            as {{ dbt.type_bigint() }}
        ) as m_enforcement_cases__pending_at_end__count__age_over_12_months_at_end
    from by_level
    where entity_id is not null
    group by level, entity_id, snapshot_day

)

select
    by_day.level,
    by_day.entity_id,
    p.period_type,
    p.period,

    by_day.m_enforcement_cases__pending_at_end__count,
    by_day.m_enforcement_cases__pending_at_end__median_age_days_at_end,
    by_day.m_enforcement_cases__pending_at_end__count__age_days_at_end_known,
    by_day.m_enforcement_cases__pending_at_end__count__age_over_12_months_at_end
from by_day
inner join periods as p
    on by_day.snapshot_day = p.period_end
