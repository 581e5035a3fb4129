-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- case_workload, rows filed in P: 1 additive measures by month, rolled up
{{ config(materialized=measure_part_materialization()) }}
with

period_months as (

    select * from {{ ref('int_indicator_build_period_months') }}

),

fact_rows as (

    select * from {{ ref('int_case_weights') }}

),

row_inputs as (

    select
        cast({{ dbt.date_trunc('month', 'f.filing_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        cast(case when true then f.case_weight end as decimal(38, 9)) as i_m_case_workload__filed_in__sum_case_weight
    from fact_rows as f
    where f.filing_date is not null

),

entity_months as (

    select
        month_start,
        court_entity,
        department_entity,
        city_entity,
        sum(i_m_case_workload__filed_in__sum_case_weight) as i_m_case_workload__filed_in__sum_case_weight
    from row_inputs
    group by month_start, court_entity, department_entity, city_entity

),

by_level as (

    {{ crossed_with_levels('entity_months', ['court', 'department', 'city']) }}

),

level_months as (

    select
        level,
        entity_id,
        month_start,
        sum(i_m_case_workload__filed_in__sum_case_weight) as i_m_case_workload__filed_in__sum_case_weight
    from by_level
    where entity_id is not null
    group by level, entity_id, month_start

)

select
    level_months.level,
    level_months.entity_id,
    period_months.period_type,
    period_months.period,
    cast(sum(level_months.i_m_case_workload__filed_in__sum_case_weight) as double) as m_case_workload__filed_in__sum_case_weight
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
