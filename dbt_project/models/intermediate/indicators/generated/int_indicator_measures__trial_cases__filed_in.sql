-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- trial_cases, rows filed in P: 20 additive measures by month, rolled up
{{ config(materialized=measure_part_materialization()) }}
with

period_months as (

    select * from {{ ref('int_indicator_build_period_months') }}

),

fact_rows as (

    select * from {{ ref('fct_trial_cases') }}

),

row_inputs as (

    select
        cast({{ dbt.date_trunc('month', 'f.filing_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when (f.case_type_code = '行初') then 1 else 0 end as i_m_trial_cases__filed_in__count__case_type_code_adm1,
        case
            when (f.case_type_code in ('民申', '刑申', '行申'))
                then 1
            else 0
        end as i_m_trial_cases__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition,
        case when (f.case_type_code = '破') then 1 else 0 end as i_m_trial_cases__filed_in__count__case_type_code_bankruptcy,
        case
            when (f.case_type_code = '破') and (coalesce(f.bankruptcy_reorganization, false))
                then 1
            else 0
        end as i_m_trial_cases__filed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy,
        case when (coalesce(f.involves_enterprise, false)) then 1 else 0 end as i_m_trial_cases__filed_in__count__involves_enterprise,
        case
            when (f.case_type_code = '行初') and (coalesce(f.involves_enterprise, false))
                then 1
            else 0
        end as i_m_trial_cases__filed_in__count__case_type_code_adm1__involves_enterprise,
        case when (f.case_type_code = '民初') then 1 else 0 end as i_m_trial_cases__filed_in__count__case_type_code_civ1,
        case when (f.case_type_code = '民终') then 1 else 0 end as i_m_trial_cases__filed_in__count__case_type_code_civ2,
        case when (f.case_type_code = '刑初') then 1 else 0 end as i_m_trial_cases__filed_in__count__case_type_code_crim1,
        case when (f.case_type_code = '刑终') then 1 else 0 end as i_m_trial_cases__filed_in__count__case_type_code_crim2,
        case when true then 1 else 0 end as i_m_trial_cases__filed_in__count,
        case when (coalesce(f.is_second_instance, false)) then 1 else 0 end as i_m_trial_cases__filed_in__count__is_second_instance,
        case when (f.case_type_code = '民特') then 1 else 0 end as i_m_trial_cases__filed_in__count__case_type_code_civ_special,
        case when (coalesce(f.is_first_instance, false)) then 1 else 0 end as i_m_trial_cases__filed_in__count__is_first_instance,
        case when (f.case_type_code != '诉前调确') then 1 else 0 end as i_m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm,
        cast(
            case
                when (f.case_type_code = '民初')
                    then f.claim_amount
            end as decimal(38, 9)
        ) as i_m_trial_cases__filed_in__sum_claim_amount__case_type_code_civ1,
        case
            when (f.case_type_code = '民初') and (f.claim_amount is not null)
                then 1
            else 0
        end as i_m_trial_cases__filed_in__count__case_type_code_civ1__claim_amount_known,
        case when (f.case_type_code in ('民初', '行初')) then 1 else 0 end as i_m_trial_cases__filed_in__count__case_type_code_adm1_or_civ1,
        case
            when (f.case_type_code = '民特') and (f.cause_of_action = '申请确认人民调解协议效力')
                then 1
            else 0
        end as i_m_trial_cases__filed_in__count__case_type_code_civ_special__cause_of_action_v05d74e,
        case
            when (f.case_type_code = '民初') and (coalesce(f.involves_enterprise, false))
                then 1
            else 0
        end as i_m_trial_cases__filed_in__count__case_type_code_civ1__involves_enterprise
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
        sum(i_m_trial_cases__filed_in__count__case_type_code_adm1) as i_m_trial_cases__filed_in__count__case_type_code_adm1,
        sum(i_m_trial_cases__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition)
            as i_m_trial_cases__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition,
        sum(i_m_trial_cases__filed_in__count__case_type_code_bankruptcy) as i_m_trial_cases__filed_in__count__case_type_code_bankruptcy,
        sum(i_m_trial_cases__filed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy)
            as i_m_trial_cases__filed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy,
        sum(i_m_trial_cases__filed_in__count__involves_enterprise) as i_m_trial_cases__filed_in__count__involves_enterprise,
        sum(i_m_trial_cases__filed_in__count__case_type_code_adm1__involves_enterprise)
            as i_m_trial_cases__filed_in__count__case_type_code_adm1__involves_enterprise,
        sum(i_m_trial_cases__filed_in__count__case_type_code_civ1) as i_m_trial_cases__filed_in__count__case_type_code_civ1,
        sum(i_m_trial_cases__filed_in__count__case_type_code_civ2) as i_m_trial_cases__filed_in__count__case_type_code_civ2,
        sum(i_m_trial_cases__filed_in__count__case_type_code_crim1) as i_m_trial_cases__filed_in__count__case_type_code_crim1,
        sum(i_m_trial_cases__filed_in__count__case_type_code_crim2) as i_m_trial_cases__filed_in__count__case_type_code_crim2,
        sum(i_m_trial_cases__filed_in__count) as i_m_trial_cases__filed_in__count,
        sum(i_m_trial_cases__filed_in__count__is_second_instance) as i_m_trial_cases__filed_in__count__is_second_instance,
        sum(i_m_trial_cases__filed_in__count__case_type_code_civ_special) as i_m_trial_cases__filed_in__count__case_type_code_civ_special,
        sum(i_m_trial_cases__filed_in__count__is_first_instance) as i_m_trial_cases__filed_in__count__is_first_instance,
        sum(i_m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm)
            as i_m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm,
        sum(i_m_trial_cases__filed_in__sum_claim_amount__case_type_code_civ1)
            as i_m_trial_cases__filed_in__sum_claim_amount__case_type_code_civ1,
        sum(i_m_trial_cases__filed_in__count__case_type_code_civ1__claim_amount_known)
            as i_m_trial_cases__filed_in__count__case_type_code_civ1__claim_amount_known,
        sum(i_m_trial_cases__filed_in__count__case_type_code_adm1_or_civ1) as i_m_trial_cases__filed_in__count__case_type_code_adm1_or_civ1,
        sum(i_m_trial_cases__filed_in__count__case_type_code_civ_special__cause_of_action_v05d74e)
            as i_m_trial_cases__filed_in__count__case_type_code_civ_special__cause_of_action_v05d74e,
        sum(i_m_trial_cases__filed_in__count__case_type_code_civ1__involves_enterprise)
            as i_m_trial_cases__filed_in__count__case_type_code_civ1__involves_enterprise
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
        sum(i_m_trial_cases__filed_in__count__case_type_code_adm1) as i_m_trial_cases__filed_in__count__case_type_code_adm1,
        sum(i_m_trial_cases__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition)
            as i_m_trial_cases__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition,
        sum(i_m_trial_cases__filed_in__count__case_type_code_bankruptcy) as i_m_trial_cases__filed_in__count__case_type_code_bankruptcy,
        sum(i_m_trial_cases__filed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy)
            as i_m_trial_cases__filed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy,
        sum(i_m_trial_cases__filed_in__count__involves_enterprise) as i_m_trial_cases__filed_in__count__involves_enterprise,
        sum(i_m_trial_cases__filed_in__count__case_type_code_adm1__involves_enterprise)
            as i_m_trial_cases__filed_in__count__case_type_code_adm1__involves_enterprise,
        sum(i_m_trial_cases__filed_in__count__case_type_code_civ1) as i_m_trial_cases__filed_in__count__case_type_code_civ1,
        sum(i_m_trial_cases__filed_in__count__case_type_code_civ2) as i_m_trial_cases__filed_in__count__case_type_code_civ2,
        sum(i_m_trial_cases__filed_in__count__case_type_code_crim1) as i_m_trial_cases__filed_in__count__case_type_code_crim1,
        sum(i_m_trial_cases__filed_in__count__case_type_code_crim2) as i_m_trial_cases__filed_in__count__case_type_code_crim2,
        sum(i_m_trial_cases__filed_in__count) as i_m_trial_cases__filed_in__count,
        sum(i_m_trial_cases__filed_in__count__is_second_instance) as i_m_trial_cases__filed_in__count__is_second_instance,
        sum(i_m_trial_cases__filed_in__count__case_type_code_civ_special) as i_m_trial_cases__filed_in__count__case_type_code_civ_special,
        sum(i_m_trial_cases__filed_in__count__is_first_instance) as i_m_trial_cases__filed_in__count__is_first_instance,
        sum(i_m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm)
            as i_m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm,
        sum(i_m_trial_cases__filed_in__sum_claim_amount__case_type_code_civ1)
            as i_m_trial_cases__filed_in__sum_claim_amount__case_type_code_civ1,
        sum(i_m_trial_cases__filed_in__count__case_type_code_civ1__claim_amount_known)
            as i_m_trial_cases__filed_in__count__case_type_code_civ1__claim_amount_known,
        sum(i_m_trial_cases__filed_in__count__case_type_code_adm1_or_civ1) as i_m_trial_cases__filed_in__count__case_type_code_adm1_or_civ1,
        sum(i_m_trial_cases__filed_in__count__case_type_code_civ_special__cause_of_action_v05d74e)
            as i_m_trial_cases__filed_in__count__case_type_code_civ_special__cause_of_action_v05d74e,
        sum(i_m_trial_cases__filed_in__count__case_type_code_civ1__involves_enterprise)
            as i_m_trial_cases__filed_in__count__case_type_code_civ1__involves_enterprise
    from by_level
    where entity_id is not null
    group by level, entity_id, month_start

)

select
    level_months.level,
    level_months.entity_id,
    period_months.period_type,
    period_months.period,
    cast(
        sum(level_months.i_m_trial_cases__filed_in__count__case_type_code_adm1)
        as {{ dbt.type_bigint() }}
    ) as m_trial_cases__filed_in__count__case_type_code_adm1,
    cast(
        sum(level_months.i_m_trial_cases__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition)
        as {{ dbt.type_bigint() }}
    ) as m_trial_cases__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition,
    cast(
        sum(level_months.i_m_trial_cases__filed_in__count__case_type_code_bankruptcy)
        as {{ dbt.type_bigint() }}
    ) as m_trial_cases__filed_in__count__case_type_code_bankruptcy,
    cast(
        sum(level_months.i_m_trial_cases__filed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy)
        as {{ dbt.type_bigint() }}
    ) as m_trial_cases__filed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy,
    cast(
        sum(level_months.i_m_trial_cases__filed_in__count__involves_enterprise)
        as {{ dbt.type_bigint() }}
    ) as m_trial_cases__filed_in__count__involves_enterprise,
    cast(
        sum(level_months.i_m_trial_cases__filed_in__count__case_type_code_adm1__involves_enterprise)
        as {{ dbt.type_bigint() }}
    ) as m_trial_cases__filed_in__count__case_type_code_adm1__involves_enterprise,
    cast(
        sum(level_months.i_m_trial_cases__filed_in__count__case_type_code_civ1)
        as {{ dbt.type_bigint() }}
    ) as m_trial_cases__filed_in__count__case_type_code_civ1,
    cast(
        sum(level_months.i_m_trial_cases__filed_in__count__case_type_code_civ2)
        as {{ dbt.type_bigint() }}
    ) as m_trial_cases__filed_in__count__case_type_code_civ2,
    cast(
        sum(level_months.i_m_trial_cases__filed_in__count__case_type_code_crim1)
        as {{ dbt.type_bigint() }}
    ) as m_trial_cases__filed_in__count__case_type_code_crim1,
    cast(
        sum(level_months.i_m_trial_cases__filed_in__count__case_type_code_crim2)
        as {{ dbt.type_bigint() }}
    ) as m_trial_cases__filed_in__count__case_type_code_crim2,
    cast(sum(level_months.i_m_trial_cases__filed_in__count) as {{ dbt.type_bigint() }}) as m_trial_cases__filed_in__count,
    cast(
        sum(level_months.i_m_trial_cases__filed_in__count__is_second_instance)
        as {{ dbt.type_bigint() }}
    ) as m_trial_cases__filed_in__count__is_second_instance,
    cast(
        sum(level_months.i_m_trial_cases__filed_in__count__case_type_code_civ_special)
        as {{ dbt.type_bigint() }}
    ) as m_trial_cases__filed_in__count__case_type_code_civ_special,
    cast(
        sum(level_months.i_m_trial_cases__filed_in__count__is_first_instance)
        as {{ dbt.type_bigint() }}
    ) as m_trial_cases__filed_in__count__is_first_instance,
    cast(
        sum(level_months.i_m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm)
        as {{ dbt.type_bigint() }}
    ) as m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm,
    cast(
        sum(level_months.i_m_trial_cases__filed_in__sum_claim_amount__case_type_code_civ1)
        as double
    ) as m_trial_cases__filed_in__sum_claim_amount__case_type_code_civ1,
    cast(
        sum(level_months.i_m_trial_cases__filed_in__count__case_type_code_civ1__claim_amount_known)
        as {{ dbt.type_bigint() }}
    ) as m_trial_cases__filed_in__count__case_type_code_civ1__claim_amount_known,
    cast(
        sum(level_months.i_m_trial_cases__filed_in__count__case_type_code_adm1_or_civ1)
        as {{ dbt.type_bigint() }}
    ) as m_trial_cases__filed_in__count__case_type_code_adm1_or_civ1,
    cast(
        sum(level_months.i_m_trial_cases__filed_in__count__case_type_code_civ_special__cause_of_action_v05d74e)
        as {{ dbt.type_bigint() }}
    ) as m_trial_cases__filed_in__count__case_type_code_civ_special__cause_of_action_v05d74e,
    cast(
        sum(level_months.i_m_trial_cases__filed_in__count__case_type_code_civ1__involves_enterprise)
        as {{ dbt.type_bigint() }}
    ) as m_trial_cases__filed_in__count__case_type_code_civ1__involves_enterprise
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
