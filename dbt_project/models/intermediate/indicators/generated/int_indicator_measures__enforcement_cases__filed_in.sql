-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- enforcement_cases, rows filed in P: 5 additive measures by month, rolled up
{{ config(materialized=measure_part_materialization()) }}
with

period_months as (

    select * from {{ ref('int_indicator_build_period_months') }}

),

fact_rows as (

    select * from {{ ref('fct_enforcement_cases') }}

),

row_inputs as (

    select
        cast({{ dbt.date_trunc('month', 'f.filing_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_officer_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_enforcement_cases__filed_in__count,
        case
            when (coalesce(f.is_first_enforcement, false))
                then 1
            else 0
        end as i_m_enforcement_cases__filed_in__count__is_first_enforcement,
        case
            when (f.case_type_code not in ('执保', '执恢'))
                then 1
            else 0
        end as i_m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2,
        case
            when (f.case_type_code = '执') and (coalesce(coalesce(position('诉前调确' in f.source_case_number) > 0, false), false))
                then 1
            else 0
        end as i_m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_prelit_confirmation,
        case
            when
                (f.case_type_code = '执')
                and (coalesce(coalesce(position('）' || f.court_code || '民' in f.source_case_number) > 0 or position('）' || f.court_code || '刑' in f.source_case_number) > 0 or position('）' || f.court_code || '行' in f.source_case_number) > 0, false), false))  -- noqa: LT05
                then 1
            else 0
        end as i_m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_own_court_judgment
    from fact_rows as f
    where f.filing_date is not null

),

entity_months as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        sum(i_m_enforcement_cases__filed_in__count) as i_m_enforcement_cases__filed_in__count,
        sum(i_m_enforcement_cases__filed_in__count__is_first_enforcement) as i_m_enforcement_cases__filed_in__count__is_first_enforcement,
        sum(i_m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2)
            as i_m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2,
        sum(i_m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_prelit_confirmation)
            as i_m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_prelit_confirmation,
        sum(i_m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_own_court_judgment)
            as i_m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_own_court_judgment
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
        sum(i_m_enforcement_cases__filed_in__count) as i_m_enforcement_cases__filed_in__count,
        sum(i_m_enforcement_cases__filed_in__count__is_first_enforcement) as i_m_enforcement_cases__filed_in__count__is_first_enforcement,
        sum(i_m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2)
            as i_m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2,
        sum(i_m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_prelit_confirmation)
            as i_m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_prelit_confirmation,
        sum(i_m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_own_court_judgment)
            as i_m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_own_court_judgment
    from by_level
    where entity_id is not null
    group by level, entity_id, month_start

)

select
    level_months.level,
    level_months.entity_id,
    period_months.period_type,
    period_months.period,
    cast(sum(level_months.i_m_enforcement_cases__filed_in__count) as {{ dbt.type_bigint() }}) as m_enforcement_cases__filed_in__count,
    cast(
        sum(level_months.i_m_enforcement_cases__filed_in__count__is_first_enforcement)
        as {{ dbt.type_bigint() }}
    ) as m_enforcement_cases__filed_in__count__is_first_enforcement,
    cast(
        sum(level_months.i_m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2)
        as {{ dbt.type_bigint() }}
    ) as m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2,
    cast(
        sum(level_months.i_m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_prelit_confirmation)
        as {{ dbt.type_bigint() }}
    ) as m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_prelit_confirmation,
    cast(
        sum(level_months.i_m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_own_court_judgment)
        as {{ dbt.type_bigint() }}
    ) as m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_own_court_judgment
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
