-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- enforcement_cases, rows pending on the day before P: 3 measures, evaluated once per snapshot day
{{ config(materialized=measure_part_materialization()) }}
with

periods as (

    select * from {{ ref('int_indicator_build_periods') }}

),

snapshot_days as (

    select distinct cast({{ dbt.dateadd('day', -1, 'p.period_start') }} as date) as period_end
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
        case when true then 1 else 0 end as i_m_enforcement_cases__carried_over__count,
        case
            when (coalesce(f.is_first_enforcement, false))
                then 1
            else 0
        end as i_m_enforcement_cases__carried_over__count__is_first_enforcement,
        case
            when (f.case_type_code not in ('执保', '执恢'))
                then 1
            else 0
        end as i_m_enforcement_cases__carried_over__count__case_type_code_not_v4f173f_or_vcef0b2
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
        cast(sum(i_m_enforcement_cases__carried_over__count) as {{ dbt.type_bigint() }}) as m_enforcement_cases__carried_over__count,
        cast(
            sum(i_m_enforcement_cases__carried_over__count__is_first_enforcement)
            as {{ dbt.type_bigint() }}
        ) as m_enforcement_cases__carried_over__count__is_first_enforcement,
        cast(
            sum(i_m_enforcement_cases__carried_over__count__case_type_code_not_v4f173f_or_vcef0b2)
            as {{ dbt.type_bigint() }}
        ) as m_enforcement_cases__carried_over__count__case_type_code_not_v4f173f_or_vcef0b2
    from by_level
    where entity_id is not null
    group by level, entity_id, snapshot_day

)

select
    by_day.level,
    by_day.entity_id,
    p.period_type,
    p.period,

    by_day.m_enforcement_cases__carried_over__count,
    by_day.m_enforcement_cases__carried_over__count__is_first_enforcement,
    by_day.m_enforcement_cases__carried_over__count__case_type_code_not_v4f173f_or_vcef0b2
from by_day
inner join periods as p
    on by_day.snapshot_day = cast({{ dbt.dateadd('day', -1, 'p.period_start') }} as date)
