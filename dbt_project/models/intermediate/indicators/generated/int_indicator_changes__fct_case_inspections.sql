-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_case_inspections: the periods whose measures its rows changed since the last build (1 passes)
{{ config(materialized=measure_part_materialization()) }}
-- depends_on: {{ ref('fct_case_inspections') }}
{%- set columns = [
    'court_code',
    'defect_count',
    'dept_id',
    'inspection_date',
    'inspection_type',
    'responsible_person_id',
    'result',
    'score'
] %}
{%- set baseline = none if indicator_engine_builds_everything() else indicator_baseline(ref('fct_case_inspections'), columns) %}
with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

{% if baseline is none %}
-- every period is built tonight (int_indicator_build_periods), or there is nothing to compare with

final as (

    select
        'fct_case_inspections' as relation,
        period_type,
        period
    from periods

)
{% else %}

changed_rows as (

    {{ changed_rows(ref('fct_case_inspections'), baseline, columns) }}

),

changed_case_inspections as (

    select * from changed_rows

),

c0 as (

    select
        f.net,
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
    from changed_case_inspections as f
    where f.inspection_date is not null

),

c0_net as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_case_inspections__inspected_in__count,
        i_m_case_inspections__inspected_in__count__result_excellent,
        i_m_case_inspections__inspected_in__count__result_excellent_or_qualified,
        i_m_case_inspections__inspected_in__count__result_flawed,
        i_m_case_inspections__inspected_in__count__result_unqualified,
        i_m_case_inspections__inspected_in__sum_score,
        i_m_case_inspections__inspected_in__count__score_known,
        i_m_case_inspections__inspected_in__sum_defect_count,
        i_m_case_inspections__inspected_in__count__inspection_type_key,
        i_m_case_inspections__inspected_in__count__inspection_type_key__result_unqualified,
        i_m_case_inspections__inspected_in__count__inspection_type_routine__result_excellent_or_qualified,
        i_m_case_inspections__inspected_in__count__inspection_type_routine,
        i_m_case_inspections__inspected_in__sum_score__inspection_type_routine,
        i_m_case_inspections__inspected_in__count__inspection_type_routine__score_known,
        i_m_case_inspections__inspected_in__count__inspection_type_special
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
        on d.month_start >= p.period_start and d.month_start <= p.period_end

),

final as (

    select
        'fct_case_inspections' as relation,
        period_type,
        period
    from c0_periods

)
{% endif %}

select * from final
