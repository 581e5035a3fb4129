-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- case_workload, rows closed in P: 11 additive measures by month, rolled up
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
        cast({{ dbt.date_trunc('month', 'f.closing_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        cast(case when true then f.case_weight end as decimal(38, 9)) as i_m_case_workload__closed_in__sum_case_weight,
        cast(
            case
                when (f.case_kind = 'trial')
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_kind_trial,
        cast(
            case
                when (f.case_kind = 'enforcement')
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_kind_enforcement,
        cast(
            case
                when (f.case_type_code in ('民初', '民终', '民申', '民再', '民特', '破'))
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_type_code_bankruptcy_or_civ1_or_civ_520203f81f,
        cast(
            case
                when (f.case_type_code in ('刑初', '刑终', '刑申', '刑再'))
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_type_code_crim1_or_crim2_or_crim_pe_a5effa73a1,
        cast(
            case
                when (f.case_type_code in ('行初', '行终', '行申'))
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm1_or_adm2_or_adm_petition,
        cast(
            case
                when (f.case_type_code in ('民终', '刑终', '行终'))
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm2_or_civ2_or_crim2,
        cast(
            case
                when (f.case_type_code in ('民申', '刑申', '行申', '民再', '刑再'))
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm_petition_or_civ_petit_c449e68d5e,
        case when (f.case_weight is not null) then 1 else 0 end as i_m_case_workload__closed_in__count__case_weight_known,
        case when ((f.has_configured_weight) = false) then 1 else 0 end as i_m_case_workload__closed_in__count__not_has_configured_weight,
        case when true then 1 else 0 end as i_m_case_workload__closed_in__count
    from fact_rows as f
    where f.closing_date is not null

),

entity_months as (

    select
        month_start,
        court_entity,
        department_entity,
        city_entity,
        sum(i_m_case_workload__closed_in__sum_case_weight) as i_m_case_workload__closed_in__sum_case_weight,
        sum(i_m_case_workload__closed_in__sum_case_weight__case_kind_trial)
            as i_m_case_workload__closed_in__sum_case_weight__case_kind_trial,
        sum(i_m_case_workload__closed_in__sum_case_weight__case_kind_enforcement)
            as i_m_case_workload__closed_in__sum_case_weight__case_kind_enforcement,
        sum(i_m_case_workload__closed_in__sum_case_weight__case_type_code_bankruptcy_or_civ1_or_civ_520203f81f)
            as i_m_case_workload__closed_in__sum_case_weight__case_type_code_bankruptcy_or_civ1_or_civ_520203f81f,
        sum(i_m_case_workload__closed_in__sum_case_weight__case_type_code_crim1_or_crim2_or_crim_pe_a5effa73a1)
            as i_m_case_workload__closed_in__sum_case_weight__case_type_code_crim1_or_crim2_or_crim_pe_a5effa73a1,
        sum(i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm1_or_adm2_or_adm_petition)
            as i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm1_or_adm2_or_adm_petition,
        sum(i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm2_or_civ2_or_crim2)
            as i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm2_or_civ2_or_crim2,
        sum(i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm_petition_or_civ_petit_c449e68d5e)
            as i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm_petition_or_civ_petit_c449e68d5e,
        sum(i_m_case_workload__closed_in__count__case_weight_known) as i_m_case_workload__closed_in__count__case_weight_known,
        sum(i_m_case_workload__closed_in__count__not_has_configured_weight)
            as i_m_case_workload__closed_in__count__not_has_configured_weight,
        sum(i_m_case_workload__closed_in__count) as i_m_case_workload__closed_in__count
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
        sum(i_m_case_workload__closed_in__sum_case_weight) as i_m_case_workload__closed_in__sum_case_weight,
        sum(i_m_case_workload__closed_in__sum_case_weight__case_kind_trial)
            as i_m_case_workload__closed_in__sum_case_weight__case_kind_trial,
        sum(i_m_case_workload__closed_in__sum_case_weight__case_kind_enforcement)
            as i_m_case_workload__closed_in__sum_case_weight__case_kind_enforcement,
        sum(i_m_case_workload__closed_in__sum_case_weight__case_type_code_bankruptcy_or_civ1_or_civ_520203f81f)
            as i_m_case_workload__closed_in__sum_case_weight__case_type_code_bankruptcy_or_civ1_or_civ_520203f81f,
        sum(i_m_case_workload__closed_in__sum_case_weight__case_type_code_crim1_or_crim2_or_crim_pe_a5effa73a1)
            as i_m_case_workload__closed_in__sum_case_weight__case_type_code_crim1_or_crim2_or_crim_pe_a5effa73a1,
        sum(i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm1_or_adm2_or_adm_petition)
            as i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm1_or_adm2_or_adm_petition,
        sum(i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm2_or_civ2_or_crim2)
            as i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm2_or_civ2_or_crim2,
        sum(i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm_petition_or_civ_petit_c449e68d5e)
            as i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm_petition_or_civ_petit_c449e68d5e,
        sum(i_m_case_workload__closed_in__count__case_weight_known) as i_m_case_workload__closed_in__count__case_weight_known,
        sum(i_m_case_workload__closed_in__count__not_has_configured_weight)
            as i_m_case_workload__closed_in__count__not_has_configured_weight,
        sum(i_m_case_workload__closed_in__count) as i_m_case_workload__closed_in__count
    from by_level
    where entity_id is not null
    group by level, entity_id, month_start

)

select
    level_months.level,
    level_months.entity_id,
    period_months.period_type,
    period_months.period,
    cast(sum(level_months.i_m_case_workload__closed_in__sum_case_weight) as double) as m_case_workload__closed_in__sum_case_weight,
    cast(
        sum(level_months.i_m_case_workload__closed_in__sum_case_weight__case_kind_trial)
        as double
    ) as m_case_workload__closed_in__sum_case_weight__case_kind_trial,
    cast(
        sum(level_months.i_m_case_workload__closed_in__sum_case_weight__case_kind_enforcement)
        as double
    ) as m_case_workload__closed_in__sum_case_weight__case_kind_enforcement,
    cast(
        sum(level_months.i_m_case_workload__closed_in__sum_case_weight__case_type_code_bankruptcy_or_civ1_or_civ_520203f81f)
        as double
    ) as m_case_workload__closed_in__sum_case_weight__case_type_code_bankruptcy_or_civ1_or_civ_520203f81f,
    cast(
        sum(level_months.i_m_case_workload__closed_in__sum_case_weight__case_type_code_crim1_or_crim2_or_crim_pe_a5effa73a1)
        as double
    ) as m_case_workload__closed_in__sum_case_weight__case_type_code_crim1_or_crim2_or_crim_pe_a5effa73a1,
    cast(
        sum(level_months.i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm1_or_adm2_or_adm_petition)
        as double
    ) as m_case_workload__closed_in__sum_case_weight__case_type_code_adm1_or_adm2_or_adm_petition,
    cast(
        sum(level_months.i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm2_or_civ2_or_crim2)
        as double
    ) as m_case_workload__closed_in__sum_case_weight__case_type_code_adm2_or_civ2_or_crim2,
    cast(
        sum(level_months.i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm_petition_or_civ_petit_c449e68d5e)
        as double
    ) as m_case_workload__closed_in__sum_case_weight__case_type_code_adm_petition_or_civ_petit_c449e68d5e,
    cast(
        sum(level_months.i_m_case_workload__closed_in__count__case_weight_known)
        as {{ dbt.type_bigint() }}
    ) as m_case_workload__closed_in__count__case_weight_known,
    cast(
        sum(level_months.i_m_case_workload__closed_in__count__not_has_configured_weight)
        as {{ dbt.type_bigint() }}
    ) as m_case_workload__closed_in__count__not_has_configured_weight,
    cast(sum(level_months.i_m_case_workload__closed_in__count) as {{ dbt.type_bigint() }}) as m_case_workload__closed_in__count
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
