-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- documents, rows signed in P: 18 additive measures by month, rolled up
{{ config(materialized=measure_part_materialization()) }}
with

period_months as (

    select * from {{ ref('int_indicator_build_period_months') }}

),

fact_rows as (

    select * from {{ ref('fct_documents') }}

),

row_inputs as (

    select
        cast({{ dbt.date_trunc('month', 'f.signed_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_documents__signed_in__count,
        case
            when (f.doc_type = 'judgment') and (coalesce(f.published_online, false))
                then 1
            else 0
        end as i_m_documents__signed_in__count__doc_type_judgment__published_online,
        case when (f.doc_type = 'judgment') then 1 else 0 end as i_m_documents__signed_in__count__doc_type_judgment,
        case
            when (f.doc_type = 'ruling') and (coalesce(f.published_online, false))
                then 1
            else 0
        end as i_m_documents__signed_in__count__doc_type_ruling__published_online,
        case when (f.doc_type = 'ruling') then 1 else 0 end as i_m_documents__signed_in__count__doc_type_ruling,
        case
            when (f.case_type_code in ('民初', '民终', '民申', '民再', '民特')) and (coalesce(f.published_online, false))
                then 1
            else 0
        end as i_m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_3293c8882b,
        case
            when (f.case_type_code in ('民初', '民终', '民申', '民再', '民特'))
                then 1
            else 0
        end as i_m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_08ec1674cc,
        case
            when (f.case_type_code in ('刑初', '刑终', '刑申', '刑再')) and (coalesce(f.published_online, false))
                then 1
            else 0
        end as i_m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_1d20c789e3,
        case
            when (f.case_type_code in ('刑初', '刑终', '刑申', '刑再'))
                then 1
            else 0
        end as i_m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_retrial,
        case
            when (f.case_type_code in ('行初', '行终', '行申')) and (coalesce(f.published_online, false))
                then 1
            else 0
        end as i_m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition__published_online,
        case
            when (f.case_type_code in ('行初', '行终', '行申'))
                then 1
            else 0
        end as i_m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition,
        case
            when (f.case_type_code in ('民终', '刑终', '行终')) and (coalesce(f.published_online, false))
                then 1
            else 0
        end as i_m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2__published_online,
        case
            when (f.case_type_code in ('民终', '刑终', '行终'))
                then 1
            else 0
        end as i_m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2,
        case when ((f.published_online) = false) then 1 else 0 end as i_m_documents__signed_in__count__not_published_online,
        case when (coalesce(f.errata_count > 0, false)) then 1 else 0 end as i_m_documents__signed_in__count__has_errata,
        case
            when (f.doc_type = 'judgment') and (coalesce(f.errata_count > 0, false))
                then 1
            else 0
        end as i_m_documents__signed_in__count__doc_type_judgment__has_errata,
        cast(case when true then f.errata_count end as decimal(38, 9)) as i_m_documents__signed_in__sum_errata_count,
        case when (coalesce(f.published_online, false)) then 1 else 0 end as i_m_documents__signed_in__count__published_online
    from fact_rows as f
    where f.signed_date is not null

),

entity_months as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        sum(i_m_documents__signed_in__count) as i_m_documents__signed_in__count,
        sum(i_m_documents__signed_in__count__doc_type_judgment__published_online)
            as i_m_documents__signed_in__count__doc_type_judgment__published_online,
        sum(i_m_documents__signed_in__count__doc_type_judgment) as i_m_documents__signed_in__count__doc_type_judgment,
        sum(i_m_documents__signed_in__count__doc_type_ruling__published_online)
            as i_m_documents__signed_in__count__doc_type_ruling__published_online,
        sum(i_m_documents__signed_in__count__doc_type_ruling) as i_m_documents__signed_in__count__doc_type_ruling,
        sum(i_m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_3293c8882b)
            as i_m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_3293c8882b,
        sum(i_m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_08ec1674cc)
            as i_m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_08ec1674cc,
        sum(i_m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_1d20c789e3)
            as i_m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_1d20c789e3,
        sum(i_m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_retrial)
            as i_m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_retrial,
        sum(i_m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition__published_online)
            as i_m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition__published_online,
        sum(i_m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition)
            as i_m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition,
        sum(i_m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2__published_online)
            as i_m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2__published_online,
        sum(i_m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2)
            as i_m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2,
        sum(i_m_documents__signed_in__count__not_published_online) as i_m_documents__signed_in__count__not_published_online,
        sum(i_m_documents__signed_in__count__has_errata) as i_m_documents__signed_in__count__has_errata,
        sum(i_m_documents__signed_in__count__doc_type_judgment__has_errata)
            as i_m_documents__signed_in__count__doc_type_judgment__has_errata,
        sum(i_m_documents__signed_in__sum_errata_count) as i_m_documents__signed_in__sum_errata_count,
        sum(i_m_documents__signed_in__count__published_online) as i_m_documents__signed_in__count__published_online
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
        sum(i_m_documents__signed_in__count) as i_m_documents__signed_in__count,
        sum(i_m_documents__signed_in__count__doc_type_judgment__published_online)
            as i_m_documents__signed_in__count__doc_type_judgment__published_online,
        sum(i_m_documents__signed_in__count__doc_type_judgment) as i_m_documents__signed_in__count__doc_type_judgment,
        sum(i_m_documents__signed_in__count__doc_type_ruling__published_online)
            as i_m_documents__signed_in__count__doc_type_ruling__published_online,
        sum(i_m_documents__signed_in__count__doc_type_ruling) as i_m_documents__signed_in__count__doc_type_ruling,
        sum(i_m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_3293c8882b)
            as i_m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_3293c8882b,
        sum(i_m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_08ec1674cc)
            as i_m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_08ec1674cc,
        sum(i_m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_1d20c789e3)
            as i_m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_1d20c789e3,
        sum(i_m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_retrial)
            as i_m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_retrial,
        sum(i_m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition__published_online)
            as i_m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition__published_online,
        sum(i_m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition)
            as i_m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition,
        sum(i_m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2__published_online)
            as i_m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2__published_online,
        sum(i_m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2)
            as i_m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2,
        sum(i_m_documents__signed_in__count__not_published_online) as i_m_documents__signed_in__count__not_published_online,
        sum(i_m_documents__signed_in__count__has_errata) as i_m_documents__signed_in__count__has_errata,
        sum(i_m_documents__signed_in__count__doc_type_judgment__has_errata)
            as i_m_documents__signed_in__count__doc_type_judgment__has_errata,
        sum(i_m_documents__signed_in__sum_errata_count) as i_m_documents__signed_in__sum_errata_count,
        sum(i_m_documents__signed_in__count__published_online) as i_m_documents__signed_in__count__published_online
    from by_level
    where entity_id is not null
    group by level, entity_id, month_start

)

select
    level_months.level,
    level_months.entity_id,
    period_months.period_type,
    period_months.period,
    cast(sum(level_months.i_m_documents__signed_in__count) as {{ dbt.type_bigint() }}) as m_documents__signed_in__count,
    cast(
        sum(level_months.i_m_documents__signed_in__count__doc_type_judgment__published_online)
        as {{ dbt.type_bigint() }}
    ) as m_documents__signed_in__count__doc_type_judgment__published_online,
    cast(
        sum(level_months.i_m_documents__signed_in__count__doc_type_judgment)
        as {{ dbt.type_bigint() }}
    ) as m_documents__signed_in__count__doc_type_judgment,
    cast(
        sum(level_months.i_m_documents__signed_in__count__doc_type_ruling__published_online)
        as {{ dbt.type_bigint() }}
    ) as m_documents__signed_in__count__doc_type_ruling__published_online,
    cast(
        sum(level_months.i_m_documents__signed_in__count__doc_type_ruling)
        as {{ dbt.type_bigint() }}
    ) as m_documents__signed_in__count__doc_type_ruling,
    cast(
        sum(level_months.i_m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_3293c8882b)
        as {{ dbt.type_bigint() }}
    ) as m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_3293c8882b,
    cast(
        sum(level_months.i_m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_08ec1674cc)
        as {{ dbt.type_bigint() }}
    ) as m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_08ec1674cc,
    cast(
        sum(level_months.i_m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_1d20c789e3)
        as {{ dbt.type_bigint() }}
    ) as m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_1d20c789e3,
    cast(
        sum(level_months.i_m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_retrial)
        as {{ dbt.type_bigint() }}
    ) as m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_retrial,
    cast(
        sum(level_months.i_m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition__published_online)
        as {{ dbt.type_bigint() }}
    ) as m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition__published_online,
    cast(
        sum(level_months.i_m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition)
        as {{ dbt.type_bigint() }}
    ) as m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition,
    cast(
        sum(level_months.i_m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2__published_online)
        as {{ dbt.type_bigint() }}
    ) as m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2__published_online,
    cast(
        sum(level_months.i_m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2)
        as {{ dbt.type_bigint() }}
    ) as m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2,
    cast(
        sum(level_months.i_m_documents__signed_in__count__not_published_online)
        as {{ dbt.type_bigint() }}
    ) as m_documents__signed_in__count__not_published_online,
    cast(
        sum(level_months.i_m_documents__signed_in__count__has_errata)
        as {{ dbt.type_bigint() }}
    ) as m_documents__signed_in__count__has_errata,
    cast(
        sum(level_months.i_m_documents__signed_in__count__doc_type_judgment__has_errata)
        as {{ dbt.type_bigint() }}
    ) as m_documents__signed_in__count__doc_type_judgment__has_errata,
    cast(sum(level_months.i_m_documents__signed_in__sum_errata_count) as double) as m_documents__signed_in__sum_errata_count,
    cast(
        sum(level_months.i_m_documents__signed_in__count__published_online)
        as {{ dbt.type_bigint() }}
    ) as m_documents__signed_in__count__published_online
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
