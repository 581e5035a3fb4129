-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- quota_judges, rows posting overlaps P: 1 measures, rows joined to each period
{{ config(materialized=measure_part_materialization()) }}
with

periods as (

    select * from {{ ref('int_indicator_build_periods') }}

),

fact_rows as (

    select * from {{ ref('int_quota_judge_postings') }}

),

in_period as (

    select
        p.period_type,
        p.period,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then f.person_id end as i_m_quota_judges__posted_in__count_distinct_person_id
    from fact_rows as f
    inner join periods as p
        on f.valid_from <= p.period_end and (f.valid_to is null or f.valid_to >= p.period_start)

),

by_level as (

    {{ crossed_with_levels('in_period', ['court', 'department', 'city']) }}

)

select
    level,
    entity_id,
    period_type,
    period,
    cast(
        count(distinct i_m_quota_judges__posted_in__count_distinct_person_id)
        as {{ dbt.type_bigint() }}
    ) as m_quota_judges__posted_in__count_distinct_person_id
from by_level
where entity_id is not null
group by level, entity_id, period_type, period
