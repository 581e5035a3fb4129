-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- trial_cases, rows pending on the day before P: 1 measures, rows joined to each period
{{ config(materialized=measure_part_materialization()) }}
with

periods as (

    select * from {{ ref('int_indicator_build_periods') }}

),

fact_rows as (

    select * from {{ ref('fct_trial_cases') }}

),

in_period as (

    select
        p.period_type,
        p.period,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when (coalesce(coalesce(f.closing_date <= p.period_end, false), false))
                then 1
            else 0
        end as i_m_trial_cases__carried_over__count__closed_by_period_end
    from fact_rows as f
    inner join periods as p
        on f.filing_date < p.period_start and (f.closing_date is null or f.closing_date >= p.period_start)

),

by_level as (

    {{ crossed_with_levels('in_period', ['court', 'department', 'person', 'city']) }}

)

select
    level,
    entity_id,
    period_type,
    period,
    cast(
        sum(i_m_trial_cases__carried_over__count__closed_by_period_end)
        as {{ dbt.type_bigint() }}
    ) as m_trial_cases__carried_over__count__closed_by_period_end
from by_level
where entity_id is not null
group by level, entity_id, period_type, period
