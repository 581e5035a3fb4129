-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- case_inspections, rows inspected in P: 15 additive measures by month, rolled up
{{ config(materialized=measure_part_materialization()) }}
with

period_months as (

    select * from {{ ref('int_indicator_build_period_months') }}

),

fact_rows as (

    select * from {{ ref('fct_case_inspections') }}

),

row_inputs as (

    select
        cast({{ dbt.date_trunc('month', 'f.inspection_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.responsible_person_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_case_inspections__inspected_in__count,
        case when (f.result = 'excellent') then 1 else 0 end as i_m_case_inspections__inspected_in__count__result_excellent,
        case
            when (f.result in ('excellent', 'qualified'))
                then 1
            else 0
        end as i_m_case_inspections__inspected_in__count__result_excellent_or_qualified,
        case when (f.result = 'flawed') then 1 else 0 end as i_m_case_inspections__inspected_in__count__result_flawed,
        case when (f.result = 'unqualified') then 1 else 0 end as i_m_case_inspections__inspected_in__count__result_unqualified,
        cast(case when true then f.score end as decimal(38, 9)) as i_m_case_inspections__inspected_in__sum_score,
        case when (f.score is not null) then 1 else 0 end as i_m_case_inspections__inspected_in__count__score_known,
        cast(case when true then f.defect_count end as decimal(38, 9)) as i_m_case_inspections__inspected_in__sum_defect_count,
        case when (f.inspection_type = 'key') then 1 else 0 end as i_m_case_inspections__inspected_in__count__inspection_type_key,
        case
            when (f.inspection_type = 'key') and (f.result = 'unqualified')
                then 1
            else 0
        end as i_m_case_inspections__inspected_in__count__inspection_type_key__result_unqualified,
        case
            when (f.inspection_type = 'routine') and (f.result in ('excellent', 'qualified'))
                then 1
            else 0
        end as i_m_case_inspections__inspected_in__count__inspection_type_routine__result_excellent_or_qualified,
        case when (f.inspection_type = 'routine') then 1 else 0 end as i_m_case_inspections__inspected_in__count__inspection_type_routine,
        cast(
            case
                when (f.inspection_type = 'routine')
                    then f.score
            end as decimal(38, 9)
        ) as i_m_case_inspections__inspected_in__sum_score__inspection_type_routine,
        case
            when (f.inspection_type = 'routine') and (f.score is not null)
                then 1
            else 0
        end as i_m_case_inspections__inspected_in__count__inspection_type_routine__score_known,
        case when (f.inspection_type = 'special') then 1 else 0 end as i_m_case_inspections__inspected_in__count__inspection_type_special
    from fact_rows as f
    where f.inspection_date is not null

),

entity_months as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        sum(i_m_case_inspections__inspected_in__count) as i_m_case_inspections__inspected_in__count,
        sum(i_m_case_inspections__inspected_in__count__result_excellent) as i_m_case_inspections__inspected_in__count__result_excellent,
        sum(i_m_case_inspections__inspected_in__count__result_excellent_or_qualified)
            as i_m_case_inspections__inspected_in__count__result_excellent_or_qualified,
        sum(i_m_case_inspections__inspected_in__count__result_flawed) as i_m_case_inspections__inspected_in__count__result_flawed,
        sum(i_m_case_inspections__inspected_in__count__result_unqualified) as i_m_case_inspections__inspected_in__count__result_unqualified,
        sum(i_m_case_inspections__inspected_in__sum_score) as i_m_case_inspections__inspected_in__sum_score,
        sum(i_m_case_inspections__inspected_in__count__score_known) as i_m_case_inspections__inspected_in__count__score_known,
        sum(i_m_case_inspections__inspected_in__sum_defect_count) as i_m_case_inspections__inspected_in__sum_defect_count,
        sum(i_m_case_inspections__inspected_in__count__inspection_type_key)
            as i_m_case_inspections__inspected_in__count__inspection_type_key,
        sum(i_m_case_inspections__inspected_in__count__inspection_type_key__result_unqualified)
            as i_m_case_inspections__inspected_in__count__inspection_type_key__result_unqualified,
        sum(i_m_case_inspections__inspected_in__count__inspection_type_routine__result_excellent_or_qualified)
            as i_m_case_inspections__inspected_in__count__inspection_type_routine__result_excellent_or_qualified,
        sum(i_m_case_inspections__inspected_in__count__inspection_type_routine)
            as i_m_case_inspections__inspected_in__count__inspection_type_routine,
        sum(i_m_case_inspections__inspected_in__sum_score__inspection_type_routine)
            as i_m_case_inspections__inspected_in__sum_score__inspection_type_routine,
        sum(i_m_case_inspections__inspected_in__count__inspection_type_routine__score_known)
            as i_m_case_inspections__inspected_in__count__inspection_type_routine__score_known,
        sum(i_m_case_inspections__inspected_in__count__inspection_type_special)
            as i_m_case_inspections__inspected_in__count__inspection_type_special
    from row_inputs
    group by month_start, court_entity, department_entity, person_entity, city_entity

),

by_level as (

    {{ crossed_with_levels('entity_months', ['court', 'department', 'person', 'city']) }}

),

level_months as (

    select
        level,
        entity_id,
        month_start,
        sum(i_m_case_inspections__inspected_in__count) as i_m_case_inspections__inspected_in__count,
        sum(i_m_case_inspections__inspected_in__count__result_excellent) as i_m_case_inspections__inspected_in__count__result_excellent,
        sum(i_m_case_inspections__inspected_in__count__result_excellent_or_qualified)
            as i_m_case_inspections__inspected_in__count__result_excellent_or_qualified,
        sum(i_m_case_inspections__inspected_in__count__result_flawed) as i_m_case_inspections__inspected_in__count__result_flawed,
        sum(i_m_case_inspections__inspected_in__count__result_unqualified) as i_m_case_inspections__inspected_in__count__result_unqualified,
        sum(i_m_case_inspections__inspected_in__sum_score) as i_m_case_inspections__inspected_in__sum_score,
        sum(i_m_case_inspections__inspected_in__count__score_known) as i_m_case_inspections__inspected_in__count__score_known,
        sum(i_m_case_inspections__inspected_in__sum_defect_count) as i_m_case_inspections__inspected_in__sum_defect_count,
        sum(i_m_case_inspections__inspected_in__count__inspection_type_key)
            as i_m_case_inspections__inspected_in__count__inspection_type_key,
        sum(i_m_case_inspections__inspected_in__count__inspection_type_key__result_unqualified)
            as i_m_case_inspections__inspected_in__count__inspection_type_key__result_unqualified,
        sum(i_m_case_inspections__inspected_in__count__inspection_type_routine__result_excellent_or_qualified)
            as i_m_case_inspections__inspected_in__count__inspection_type_routine__result_excellent_or_qualified,
        sum(i_m_case_inspections__inspected_in__count__inspection_type_routine)
            as i_m_case_inspections__inspected_in__count__inspection_type_routine,
        sum(i_m_case_inspections__inspected_in__sum_score__inspection_type_routine)
            as i_m_case_inspections__inspected_in__sum_score__inspection_type_routine,
        sum(i_m_case_inspections__inspected_in__count__inspection_type_routine__score_known)
            as i_m_case_inspections__inspected_in__count__inspection_type_routine__score_known,
        sum(i_m_case_inspections__inspected_in__count__inspection_type_special)
            as i_m_case_inspections__inspected_in__count__inspection_type_special
    from by_level
    where entity_id is not null
    group by level, entity_id, month_start

)

select
    level_months.level,
    level_months.entity_id,
    period_months.period_type,
    period_months.period,
    cast(sum(level_months.i_m_case_inspections__inspected_in__count) as {{ dbt.type_bigint() }}) as m_case_inspections__inspected_in__count,
    cast(
        sum(level_months.i_m_case_inspections__inspected_in__count__result_excellent)
        as {{ dbt.type_bigint() }}
    ) as m_case_inspections__inspected_in__count__result_excellent,
    cast(
        sum(level_months.i_m_case_inspections__inspected_in__count__result_excellent_or_qualified)
        as {{ dbt.type_bigint() }}
    ) as m_case_inspections__inspected_in__count__result_excellent_or_qualified,
    cast(
        sum(level_months.i_m_case_inspections__inspected_in__count__result_flawed)
        as {{ dbt.type_bigint() }}
    ) as m_case_inspections__inspected_in__count__result_flawed,
    cast(
        sum(level_months.i_m_case_inspections__inspected_in__count__result_unqualified)
        as {{ dbt.type_bigint() }}
    ) as m_case_inspections__inspected_in__count__result_unqualified,
    cast(sum(level_months.i_m_case_inspections__inspected_in__sum_score) as double) as m_case_inspections__inspected_in__sum_score,
    cast(
        sum(level_months.i_m_case_inspections__inspected_in__count__score_known)
        as {{ dbt.type_bigint() }}
    ) as m_case_inspections__inspected_in__count__score_known,
    cast(
        sum(level_months.i_m_case_inspections__inspected_in__sum_defect_count)
        as double
    ) as m_case_inspections__inspected_in__sum_defect_count,
    cast(
        sum(level_months.i_m_case_inspections__inspected_in__count__inspection_type_key)
        as {{ dbt.type_bigint() }}
    ) as m_case_inspections__inspected_in__count__inspection_type_key,
    cast(
        sum(level_months.i_m_case_inspections__inspected_in__count__inspection_type_key__result_unqualified)
        as {{ dbt.type_bigint() }}
    ) as m_case_inspections__inspected_in__count__inspection_type_key__result_unqualified,
    cast(
        sum(level_months.i_m_case_inspections__inspected_in__count__inspection_type_routine__result_excellent_or_qualified)
        as {{ dbt.type_bigint() }}
    ) as m_case_inspections__inspected_in__count__inspection_type_routine__result_excellent_or_qualified,
    cast(
        sum(level_months.i_m_case_inspections__inspected_in__count__inspection_type_routine)
        as {{ dbt.type_bigint() }}
    ) as m_case_inspections__inspected_in__count__inspection_type_routine,
    cast(
        sum(level_months.i_m_case_inspections__inspected_in__sum_score__inspection_type_routine)
        as double
    ) as m_case_inspections__inspected_in__sum_score__inspection_type_routine,
    cast(
        sum(level_months.i_m_case_inspections__inspected_in__count__inspection_type_routine__score_known)
        as {{ dbt.type_bigint() }}
    ) as m_case_inspections__inspected_in__count__inspection_type_routine__score_known,
    cast(
        sum(level_months.i_m_case_inspections__inspected_in__count__inspection_type_special)
        as {{ dbt.type_bigint() }}
    ) as m_case_inspections__inspected_in__count__inspection_type_special
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
