-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- workload_credits, rows closed in P: 15 additive measures by month, rolled up
{{ config(materialized=measure_part_materialization()) }}
with

period_months as (

    select * from {{ ref('int_indicator_build_period_months') }}

),

fact_rows as (

    select * from {{ ref('int_workload_credits') }}

),

row_inputs as (

    select
        cast({{ dbt.date_trunc('month', 'f.closing_date') }} as date) as month_start,
        f.person_id as person_entity,
        cast(case when true then f.credit end as decimal(38, 9)) as i_m_workload_credits__closed_in__sum_credit,
        cast(
            case
                when (f.case_role = 'handling')
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_role_handling,
        cast(
            case
                when (f.case_role = 'panel_member')
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_role_panel_member,
        cast(
            case
                when (f.case_role = 'assistant')
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_role_assistant,
        cast(
            case
                when (f.case_role = 'clerk')
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_role_clerk,
        case when (f.case_role = 'panel_member') then 1 else 0 end as i_m_workload_credits__closed_in__count__case_role_panel_member,
        case when (f.case_role = 'assistant') then 1 else 0 end as i_m_workload_credits__closed_in__count__case_role_assistant,
        case when (f.case_role = 'clerk') then 1 else 0 end as i_m_workload_credits__closed_in__count__case_role_clerk,
        cast(
            case
                when (f.case_kind = 'trial')
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_kind_trial,
        cast(
            case
                when (f.case_kind = 'enforcement')
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_kind_enforcement,
        cast(
            case
                when (f.case_type_code in ('民初', '民终', '民申', '民再', '民特', '破'))
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_type_code_bankruptcy_or_civ1_or_civ2_fd3348fe2d,
        cast(
            case
                when (f.case_type_code in ('刑初', '刑终', '刑申', '刑再'))
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_type_code_crim1_or_crim2_or_crim_peti_8ca86f62bf,
        cast(
            case
                when (f.case_type_code in ('行初', '行终', '行申'))
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_type_code_adm1_or_adm2_or_adm_petition,
        cast(
            case
                when (f.case_type_code in ('民终', '刑终', '行终'))
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_type_code_adm2_or_civ2_or_crim2,
        cast(
            case
                when (f.case_type_code in ('民申', '刑申', '行申', '民再', '刑再'))
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_type_code_adm_petition_or_civ_petitio_8dc8892482
    from fact_rows as f
    where f.closing_date is not null

),

entity_months as (

    select
        month_start,
        person_entity,
        sum(i_m_workload_credits__closed_in__sum_credit) as i_m_workload_credits__closed_in__sum_credit,
        sum(i_m_workload_credits__closed_in__sum_credit__case_role_handling)
            as i_m_workload_credits__closed_in__sum_credit__case_role_handling,
        sum(i_m_workload_credits__closed_in__sum_credit__case_role_panel_member)
            as i_m_workload_credits__closed_in__sum_credit__case_role_panel_member,
        sum(i_m_workload_credits__closed_in__sum_credit__case_role_assistant)
            as i_m_workload_credits__closed_in__sum_credit__case_role_assistant,
        sum(i_m_workload_credits__closed_in__sum_credit__case_role_clerk) as i_m_workload_credits__closed_in__sum_credit__case_role_clerk,
        sum(i_m_workload_credits__closed_in__count__case_role_panel_member)
            as i_m_workload_credits__closed_in__count__case_role_panel_member,
        sum(i_m_workload_credits__closed_in__count__case_role_assistant) as i_m_workload_credits__closed_in__count__case_role_assistant,
        sum(i_m_workload_credits__closed_in__count__case_role_clerk) as i_m_workload_credits__closed_in__count__case_role_clerk,
        sum(i_m_workload_credits__closed_in__sum_credit__case_kind_trial) as i_m_workload_credits__closed_in__sum_credit__case_kind_trial,
        sum(i_m_workload_credits__closed_in__sum_credit__case_kind_enforcement)
            as i_m_workload_credits__closed_in__sum_credit__case_kind_enforcement,
        sum(i_m_workload_credits__closed_in__sum_credit__case_type_code_bankruptcy_or_civ1_or_civ2_fd3348fe2d)
            as i_m_workload_credits__closed_in__sum_credit__case_type_code_bankruptcy_or_civ1_or_civ2_fd3348fe2d,
        sum(i_m_workload_credits__closed_in__sum_credit__case_type_code_crim1_or_crim2_or_crim_peti_8ca86f62bf)
            as i_m_workload_credits__closed_in__sum_credit__case_type_code_crim1_or_crim2_or_crim_peti_8ca86f62bf,
        sum(i_m_workload_credits__closed_in__sum_credit__case_type_code_adm1_or_adm2_or_adm_petition)
            as i_m_workload_credits__closed_in__sum_credit__case_type_code_adm1_or_adm2_or_adm_petition,
        sum(i_m_workload_credits__closed_in__sum_credit__case_type_code_adm2_or_civ2_or_crim2)
            as i_m_workload_credits__closed_in__sum_credit__case_type_code_adm2_or_civ2_or_crim2,
        sum(i_m_workload_credits__closed_in__sum_credit__case_type_code_adm_petition_or_civ_petitio_8dc8892482)
            as i_m_workload_credits__closed_in__sum_credit__case_type_code_adm_petition_or_civ_petitio_8dc8892482
    from row_inputs
    group by month_start, person_entity

),

by_level as (

    {{ crossed_with_levels('entity_months', ['person']) }}

),

level_months as (

    select
        level,
        entity_id,
        month_start,
        sum(i_m_workload_credits__closed_in__sum_credit) as i_m_workload_credits__closed_in__sum_credit,
        sum(i_m_workload_credits__closed_in__sum_credit__case_role_handling)
            as i_m_workload_credits__closed_in__sum_credit__case_role_handling,
        sum(i_m_workload_credits__closed_in__sum_credit__case_role_panel_member)
            as i_m_workload_credits__closed_in__sum_credit__case_role_panel_member,
        sum(i_m_workload_credits__closed_in__sum_credit__case_role_assistant)
            as i_m_workload_credits__closed_in__sum_credit__case_role_assistant,
        sum(i_m_workload_credits__closed_in__sum_credit__case_role_clerk) as i_m_workload_credits__closed_in__sum_credit__case_role_clerk,
        sum(i_m_workload_credits__closed_in__count__case_role_panel_member)
            as i_m_workload_credits__closed_in__count__case_role_panel_member,
        sum(i_m_workload_credits__closed_in__count__case_role_assistant) as i_m_workload_credits__closed_in__count__case_role_assistant,
        sum(i_m_workload_credits__closed_in__count__case_role_clerk) as i_m_workload_credits__closed_in__count__case_role_clerk,
        sum(i_m_workload_credits__closed_in__sum_credit__case_kind_trial) as i_m_workload_credits__closed_in__sum_credit__case_kind_trial,
        sum(i_m_workload_credits__closed_in__sum_credit__case_kind_enforcement)
            as i_m_workload_credits__closed_in__sum_credit__case_kind_enforcement,
        sum(i_m_workload_credits__closed_in__sum_credit__case_type_code_bankruptcy_or_civ1_or_civ2_fd3348fe2d)
            as i_m_workload_credits__closed_in__sum_credit__case_type_code_bankruptcy_or_civ1_or_civ2_fd3348fe2d,
        sum(i_m_workload_credits__closed_in__sum_credit__case_type_code_crim1_or_crim2_or_crim_peti_8ca86f62bf)
            as i_m_workload_credits__closed_in__sum_credit__case_type_code_crim1_or_crim2_or_crim_peti_8ca86f62bf,
        sum(i_m_workload_credits__closed_in__sum_credit__case_type_code_adm1_or_adm2_or_adm_petition)
            as i_m_workload_credits__closed_in__sum_credit__case_type_code_adm1_or_adm2_or_adm_petition,
        sum(i_m_workload_credits__closed_in__sum_credit__case_type_code_adm2_or_civ2_or_crim2)
            as i_m_workload_credits__closed_in__sum_credit__case_type_code_adm2_or_civ2_or_crim2,
        sum(i_m_workload_credits__closed_in__sum_credit__case_type_code_adm_petition_or_civ_petitio_8dc8892482)
            as i_m_workload_credits__closed_in__sum_credit__case_type_code_adm_petition_or_civ_petitio_8dc8892482
    from by_level
    where entity_id is not null
    group by level, entity_id, month_start

)

select
    level_months.level,
    level_months.entity_id,
    period_months.period_type,
    period_months.period,
    cast(sum(level_months.i_m_workload_credits__closed_in__sum_credit) as double) as m_workload_credits__closed_in__sum_credit,
    cast(
        sum(level_months.i_m_workload_credits__closed_in__sum_credit__case_role_handling)
        as double
    ) as m_workload_credits__closed_in__sum_credit__case_role_handling,
    cast(
        sum(level_months.i_m_workload_credits__closed_in__sum_credit__case_role_panel_member)
        as double
    ) as m_workload_credits__closed_in__sum_credit__case_role_panel_member,
    cast(
        sum(level_months.i_m_workload_credits__closed_in__sum_credit__case_role_assistant)
        as double
    ) as m_workload_credits__closed_in__sum_credit__case_role_assistant,
    cast(
        sum(level_months.i_m_workload_credits__closed_in__sum_credit__case_role_clerk)
        as double
    ) as m_workload_credits__closed_in__sum_credit__case_role_clerk,
    cast(
        sum(level_months.i_m_workload_credits__closed_in__count__case_role_panel_member)
        as {{ dbt.type_bigint() }}
    ) as m_workload_credits__closed_in__count__case_role_panel_member,
    cast(
        sum(level_months.i_m_workload_credits__closed_in__count__case_role_assistant)
        as {{ dbt.type_bigint() }}
    ) as m_workload_credits__closed_in__count__case_role_assistant,
    cast(
        sum(level_months.i_m_workload_credits__closed_in__count__case_role_clerk)
        as {{ dbt.type_bigint() }}
    ) as m_workload_credits__closed_in__count__case_role_clerk,
    cast(
        sum(level_months.i_m_workload_credits__closed_in__sum_credit__case_kind_trial)
        as double
    ) as m_workload_credits__closed_in__sum_credit__case_kind_trial,
    cast(
        sum(level_months.i_m_workload_credits__closed_in__sum_credit__case_kind_enforcement)
        as double
    ) as m_workload_credits__closed_in__sum_credit__case_kind_enforcement,
    cast(
        sum(level_months.i_m_workload_credits__closed_in__sum_credit__case_type_code_bankruptcy_or_civ1_or_civ2_fd3348fe2d)
        as double
    ) as m_workload_credits__closed_in__sum_credit__case_type_code_bankruptcy_or_civ1_or_civ2_fd3348fe2d,
    cast(
        sum(level_months.i_m_workload_credits__closed_in__sum_credit__case_type_code_crim1_or_crim2_or_crim_peti_8ca86f62bf)
        as double
    ) as m_workload_credits__closed_in__sum_credit__case_type_code_crim1_or_crim2_or_crim_peti_8ca86f62bf,
    cast(
        sum(level_months.i_m_workload_credits__closed_in__sum_credit__case_type_code_adm1_or_adm2_or_adm_petition)
        as double
    ) as m_workload_credits__closed_in__sum_credit__case_type_code_adm1_or_adm2_or_adm_petition,
    cast(
        sum(level_months.i_m_workload_credits__closed_in__sum_credit__case_type_code_adm2_or_civ2_or_crim2)
        as double
    ) as m_workload_credits__closed_in__sum_credit__case_type_code_adm2_or_civ2_or_crim2,
    cast(
        sum(level_months.i_m_workload_credits__closed_in__sum_credit__case_type_code_adm_petition_or_civ_petitio_8dc8892482)
        as double
    ) as m_workload_credits__closed_in__sum_credit__case_type_code_adm_petition_or_civ_petitio_8dc8892482
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
