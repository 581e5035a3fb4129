-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_documents: the periods whose measures its rows changed since the last build (2 passes)
{{ config(materialized=measure_part_materialization()) }}
-- depends_on: {{ ref('fct_documents') }}
{%- set columns = [
    'case_type_code',
    'court_code',
    'dept_id',
    'doc_type',
    'errata_count',
    'handling_judge_id',
    'published_date',
    'published_online',
    'signed_date'
] %}
{%- set baseline = none if indicator_engine_builds_everything() else indicator_baseline(ref('fct_documents'), columns) %}
with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

{% if baseline is none %}
-- every period is built tonight (int_indicator_build_periods), or there is nothing to compare with

final as (

    select
        'fct_documents' as relation,
        period_type,
        period
    from periods

)
{% else %}

changed_rows as (

    {{ changed_rows(ref('fct_documents'), baseline, columns) }}

),

changed_documents as (

    select * from changed_rows

),

c0 as (

    select
        f.net,
        cast({{ dbt.date_trunc('month', 'f.published_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when (coalesce(f.published_online, false)) then 1 else 0 end as i_m_documents__published_in__count__published_online,
        cast(
            case
                when (coalesce(f.published_online, false))
                    then {{ dbt.datediff('f.signed_date', 'f.published_date', 'day') }}  -- noqa: LT05
            end as decimal(38, 9)
        ) as i_m_documents__published_in__sum_days_to_publish__published_online,
        case
            when
                (coalesce(f.published_online, false))
                and ({{ dbt.datediff('f.signed_date', 'f.published_date', 'day') }} is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_documents__published_in__count__days_to_publish_known__published_online,
        case
            when
                (coalesce(f.published_online, false))
                and ({{ dbt.datediff('f.signed_date', 'f.published_date', 'day') }} <= 30)  -- noqa: LT05
                then 1
            else 0
        end as i_m_documents__published_in__count__days_to_publish_le_30__published_online
    from changed_documents as f
    where f.published_date is not null

),

c0_net as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_documents__published_in__count__published_online,
        i_m_documents__published_in__sum_days_to_publish__published_online,
        i_m_documents__published_in__count__days_to_publish_known__published_online,
        i_m_documents__published_in__count__days_to_publish_le_30__published_online
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

c1 as (

    select
        f.net,
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
    from changed_documents as f
    where f.signed_date is not null

),

c1_net as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_documents__signed_in__count,
        i_m_documents__signed_in__count__doc_type_judgment__published_online,
        i_m_documents__signed_in__count__doc_type_judgment,
        i_m_documents__signed_in__count__doc_type_ruling__published_online,
        i_m_documents__signed_in__count__doc_type_ruling,
        i_m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_3293c8882b,
        i_m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_08ec1674cc,
        i_m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_1d20c789e3,
        i_m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_retrial,
        i_m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition__published_online,
        i_m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition,
        i_m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2__published_online,
        i_m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2,
        i_m_documents__signed_in__count__not_published_online,
        i_m_documents__signed_in__count__has_errata,
        i_m_documents__signed_in__count__doc_type_judgment__has_errata,
        i_m_documents__signed_in__sum_errata_count,
        i_m_documents__signed_in__count__published_online
    from c1
    group by all
    having sum(net) != 0

),

c1_periods as (

    select distinct
        p.period_type,
        p.period
    from c1_net as d
    inner join periods as p
        on d.month_start >= p.period_start and d.month_start <= p.period_end

),

final as (

    select
        'fct_documents' as relation,
        period_type,
        period
    from c0_periods

    union

    select
        'fct_documents' as relation,
        period_type,
        period
    from c1_periods

)
{% endif %}

select * from final
