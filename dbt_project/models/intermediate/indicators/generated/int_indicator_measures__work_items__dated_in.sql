-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- work_items, rows dated in P: 24 additive measures by month, rolled up
{{ config(materialized=measure_part_materialization()) }}
with

period_months as (

    select * from {{ ref('int_indicator_build_period_months') }}

),

fact_rows as (

    select * from {{ ref('fct_work_items') }}

),

row_inputs as (

    select
        cast({{ dbt.date_trunc('month', 'f.item_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.person_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        cast(
            case
                when (f.item_type = 'official_document')
                    then f.quantity
            end as decimal(38, 9)
        ) as i_m_work_items__dated_in__sum_quantity__item_type_official_document,
        cast(
            case
                when (f.item_type = 'information_report')
                    then f.quantity
            end as decimal(38, 9)
        ) as i_m_work_items__dated_in__sum_quantity__item_type_information_report,
        cast(
            case
                when (f.item_type = 'research_article')
                    then f.quantity
            end as decimal(38, 9)
        ) as i_m_work_items__dated_in__sum_quantity__item_type_research_article,
        cast(
            case
                when (f.item_type = 'publicity')
                    then f.quantity
            end as decimal(38, 9)
        ) as i_m_work_items__dated_in__sum_quantity__item_type_publicity,
        cast(
            case
                when (f.item_type = 'meeting_service')
                    then f.quantity
            end as decimal(38, 9)
        ) as i_m_work_items__dated_in__sum_quantity__item_type_meeting_service,
        cast(
            case
                when (f.item_type = 'archive_management')
                    then f.quantity
            end as decimal(38, 9)
        ) as i_m_work_items__dated_in__sum_quantity__item_type_archive_management,
        cast(
            case
                when (f.item_type = 'training')
                    then f.quantity
            end as decimal(38, 9)
        ) as i_m_work_items__dated_in__sum_quantity__item_type_training,
        cast(
            case
                when (f.item_type = 'it_support')
                    then f.quantity
            end as decimal(38, 9)
        ) as i_m_work_items__dated_in__sum_quantity__item_type_it_support,
        cast(case when true then f.quantity end as decimal(38, 9)) as i_m_work_items__dated_in__sum_quantity,
        case when (f.quality_grade = 'A') then 1 else 0 end as i_m_work_items__dated_in__count__quality_grade_a,
        case when true then 1 else 0 end as i_m_work_items__dated_in__count,
        case when (f.quality_grade = 'C') then 1 else 0 end as i_m_work_items__dated_in__count__quality_grade_c,
        case
            when (f.item_type = 'official_document') and (f.quality_grade = 'A')
                then 1
            else 0
        end as i_m_work_items__dated_in__count__item_type_official_document__quality_grade_a,
        case when (f.item_type = 'official_document') then 1 else 0 end as i_m_work_items__dated_in__count__item_type_official_document,
        case
            when (f.item_type = 'information_report') and (f.adopted_level != 'none')
                then 1
            else 0
        end as i_m_work_items__dated_in__count__adopted_level_not_none__item_type_information_report,
        case when (f.item_type = 'information_report') then 1 else 0 end as i_m_work_items__dated_in__count__item_type_information_report,
        case
            when (f.item_type = 'information_report') and (f.adopted_level in ('region', 'national'))
                then 1
            else 0
        end as i_m_work_items__dated_in__count__adopted_level_national_or_region__item_type_information_report,
        case
            when (f.item_type = 'research_article') and (f.adopted_level != 'none')
                then 1
            else 0
        end as i_m_work_items__dated_in__count__adopted_level_not_none__item_type_research_article,
        case when (f.item_type = 'research_article') then 1 else 0 end as i_m_work_items__dated_in__count__item_type_research_article,
        case
            when (f.item_type = 'publicity') and (f.adopted_level in ('region', 'national'))
                then 1
            else 0
        end as i_m_work_items__dated_in__count__adopted_level_national_or_region__item_type_publicity,
        case when (f.adopted_level = 'city') then 1 else 0 end as i_m_work_items__dated_in__count__adopted_level_city,
        case when (f.adopted_level = 'region') then 1 else 0 end as i_m_work_items__dated_in__count__adopted_level_region,
        case when (f.adopted_level = 'national') then 1 else 0 end as i_m_work_items__dated_in__count__adopted_level_national,
        case when (f.adopted_level != 'none') then 1 else 0 end as i_m_work_items__dated_in__count__adopted_level_not_none
    from fact_rows as f
    where f.item_date is not null

),

entity_months as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        sum(i_m_work_items__dated_in__sum_quantity__item_type_official_document)
            as i_m_work_items__dated_in__sum_quantity__item_type_official_document,
        sum(i_m_work_items__dated_in__sum_quantity__item_type_information_report)
            as i_m_work_items__dated_in__sum_quantity__item_type_information_report,
        sum(i_m_work_items__dated_in__sum_quantity__item_type_research_article)
            as i_m_work_items__dated_in__sum_quantity__item_type_research_article,
        sum(i_m_work_items__dated_in__sum_quantity__item_type_publicity) as i_m_work_items__dated_in__sum_quantity__item_type_publicity,
        sum(i_m_work_items__dated_in__sum_quantity__item_type_meeting_service)
            as i_m_work_items__dated_in__sum_quantity__item_type_meeting_service,
        sum(i_m_work_items__dated_in__sum_quantity__item_type_archive_management)
            as i_m_work_items__dated_in__sum_quantity__item_type_archive_management,
        sum(i_m_work_items__dated_in__sum_quantity__item_type_training) as i_m_work_items__dated_in__sum_quantity__item_type_training,
        sum(i_m_work_items__dated_in__sum_quantity__item_type_it_support) as i_m_work_items__dated_in__sum_quantity__item_type_it_support,
        sum(i_m_work_items__dated_in__sum_quantity) as i_m_work_items__dated_in__sum_quantity,
        sum(i_m_work_items__dated_in__count__quality_grade_a) as i_m_work_items__dated_in__count__quality_grade_a,
        sum(i_m_work_items__dated_in__count) as i_m_work_items__dated_in__count,
        sum(i_m_work_items__dated_in__count__quality_grade_c) as i_m_work_items__dated_in__count__quality_grade_c,
        sum(i_m_work_items__dated_in__count__item_type_official_document__quality_grade_a)
            as i_m_work_items__dated_in__count__item_type_official_document__quality_grade_a,
        sum(i_m_work_items__dated_in__count__item_type_official_document) as i_m_work_items__dated_in__count__item_type_official_document,
        sum(i_m_work_items__dated_in__count__adopted_level_not_none__item_type_information_report)
            as i_m_work_items__dated_in__count__adopted_level_not_none__item_type_information_report,
        sum(i_m_work_items__dated_in__count__item_type_information_report) as i_m_work_items__dated_in__count__item_type_information_report,
        sum(i_m_work_items__dated_in__count__adopted_level_national_or_region__item_type_information_report)
            as i_m_work_items__dated_in__count__adopted_level_national_or_region__item_type_information_report,
        sum(i_m_work_items__dated_in__count__adopted_level_not_none__item_type_research_article)
            as i_m_work_items__dated_in__count__adopted_level_not_none__item_type_research_article,
        sum(i_m_work_items__dated_in__count__item_type_research_article) as i_m_work_items__dated_in__count__item_type_research_article,
        sum(i_m_work_items__dated_in__count__adopted_level_national_or_region__item_type_publicity)
            as i_m_work_items__dated_in__count__adopted_level_national_or_region__item_type_publicity,
        sum(i_m_work_items__dated_in__count__adopted_level_city) as i_m_work_items__dated_in__count__adopted_level_city,
        sum(i_m_work_items__dated_in__count__adopted_level_region) as i_m_work_items__dated_in__count__adopted_level_region,
        sum(i_m_work_items__dated_in__count__adopted_level_national) as i_m_work_items__dated_in__count__adopted_level_national,
        sum(i_m_work_items__dated_in__count__adopted_level_not_none) as i_m_work_items__dated_in__count__adopted_level_not_none
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
        sum(i_m_work_items__dated_in__sum_quantity__item_type_official_document)
            as i_m_work_items__dated_in__sum_quantity__item_type_official_document,
        sum(i_m_work_items__dated_in__sum_quantity__item_type_information_report)
            as i_m_work_items__dated_in__sum_quantity__item_type_information_report,
        sum(i_m_work_items__dated_in__sum_quantity__item_type_research_article)
            as i_m_work_items__dated_in__sum_quantity__item_type_research_article,
        sum(i_m_work_items__dated_in__sum_quantity__item_type_publicity) as i_m_work_items__dated_in__sum_quantity__item_type_publicity,
        sum(i_m_work_items__dated_in__sum_quantity__item_type_meeting_service)
            as i_m_work_items__dated_in__sum_quantity__item_type_meeting_service,
        sum(i_m_work_items__dated_in__sum_quantity__item_type_archive_management)
            as i_m_work_items__dated_in__sum_quantity__item_type_archive_management,
        sum(i_m_work_items__dated_in__sum_quantity__item_type_training) as i_m_work_items__dated_in__sum_quantity__item_type_training,
        sum(i_m_work_items__dated_in__sum_quantity__item_type_it_support) as i_m_work_items__dated_in__sum_quantity__item_type_it_support,
        sum(i_m_work_items__dated_in__sum_quantity) as i_m_work_items__dated_in__sum_quantity,
        sum(i_m_work_items__dated_in__count__quality_grade_a) as i_m_work_items__dated_in__count__quality_grade_a,
        sum(i_m_work_items__dated_in__count) as i_m_work_items__dated_in__count,
        sum(i_m_work_items__dated_in__count__quality_grade_c) as i_m_work_items__dated_in__count__quality_grade_c,
        sum(i_m_work_items__dated_in__count__item_type_official_document__quality_grade_a)
            as i_m_work_items__dated_in__count__item_type_official_document__quality_grade_a,
        sum(i_m_work_items__dated_in__count__item_type_official_document) as i_m_work_items__dated_in__count__item_type_official_document,
        sum(i_m_work_items__dated_in__count__adopted_level_not_none__item_type_information_report)
            as i_m_work_items__dated_in__count__adopted_level_not_none__item_type_information_report,
        sum(i_m_work_items__dated_in__count__item_type_information_report) as i_m_work_items__dated_in__count__item_type_information_report,
        sum(i_m_work_items__dated_in__count__adopted_level_national_or_region__item_type_information_report)
            as i_m_work_items__dated_in__count__adopted_level_national_or_region__item_type_information_report,
        sum(i_m_work_items__dated_in__count__adopted_level_not_none__item_type_research_article)
            as i_m_work_items__dated_in__count__adopted_level_not_none__item_type_research_article,
        sum(i_m_work_items__dated_in__count__item_type_research_article) as i_m_work_items__dated_in__count__item_type_research_article,
        sum(i_m_work_items__dated_in__count__adopted_level_national_or_region__item_type_publicity)
            as i_m_work_items__dated_in__count__adopted_level_national_or_region__item_type_publicity,
        sum(i_m_work_items__dated_in__count__adopted_level_city) as i_m_work_items__dated_in__count__adopted_level_city,
        sum(i_m_work_items__dated_in__count__adopted_level_region) as i_m_work_items__dated_in__count__adopted_level_region,
        sum(i_m_work_items__dated_in__count__adopted_level_national) as i_m_work_items__dated_in__count__adopted_level_national,
        sum(i_m_work_items__dated_in__count__adopted_level_not_none) as i_m_work_items__dated_in__count__adopted_level_not_none
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
        sum(level_months.i_m_work_items__dated_in__sum_quantity__item_type_official_document)
        as double
    ) as m_work_items__dated_in__sum_quantity__item_type_official_document,
    cast(
        sum(level_months.i_m_work_items__dated_in__sum_quantity__item_type_information_report)
        as double
    ) as m_work_items__dated_in__sum_quantity__item_type_information_report,
    cast(
        sum(level_months.i_m_work_items__dated_in__sum_quantity__item_type_research_article)
        as double
    ) as m_work_items__dated_in__sum_quantity__item_type_research_article,
    cast(
        sum(level_months.i_m_work_items__dated_in__sum_quantity__item_type_publicity)
        as double
    ) as m_work_items__dated_in__sum_quantity__item_type_publicity,
    cast(
        sum(level_months.i_m_work_items__dated_in__sum_quantity__item_type_meeting_service)
        as double
    ) as m_work_items__dated_in__sum_quantity__item_type_meeting_service,
    cast(
        sum(level_months.i_m_work_items__dated_in__sum_quantity__item_type_archive_management)
        as double
    ) as m_work_items__dated_in__sum_quantity__item_type_archive_management,
    cast(
        sum(level_months.i_m_work_items__dated_in__sum_quantity__item_type_training)
        as double
    ) as m_work_items__dated_in__sum_quantity__item_type_training,
    cast(
        sum(level_months.i_m_work_items__dated_in__sum_quantity__item_type_it_support)
        as double
    ) as m_work_items__dated_in__sum_quantity__item_type_it_support,
    cast(sum(level_months.i_m_work_items__dated_in__sum_quantity) as double) as m_work_items__dated_in__sum_quantity,
    cast(
        sum(level_months.i_m_work_items__dated_in__count__quality_grade_a)
        as {{ dbt.type_bigint() }}
    ) as m_work_items__dated_in__count__quality_grade_a,
    cast(sum(level_months.i_m_work_items__dated_in__count) as {{ dbt.type_bigint() }}) as m_work_items__dated_in__count,
    cast(
        sum(level_months.i_m_work_items__dated_in__count__quality_grade_c)
        as {{ dbt.type_bigint() }}
    ) as m_work_items__dated_in__count__quality_grade_c,
    cast(
        sum(level_months.i_m_work_items__dated_in__count__item_type_official_document__quality_grade_a)
        as {{ dbt.type_bigint() }}
    ) as m_work_items__dated_in__count__item_type_official_document__quality_grade_a,
    cast(
        sum(level_months.i_m_work_items__dated_in__count__item_type_official_document)
        as {{ dbt.type_bigint() }}
    ) as m_work_items__dated_in__count__item_type_official_document,
    cast(
        sum(level_months.i_m_work_items__dated_in__count__adopted_level_not_none__item_type_information_report)
        as {{ dbt.type_bigint() }}
    ) as m_work_items__dated_in__count__adopted_level_not_none__item_type_information_report,
    cast(
        sum(level_months.i_m_work_items__dated_in__count__item_type_information_report)
        as {{ dbt.type_bigint() }}
    ) as m_work_items__dated_in__count__item_type_information_report,
    cast(
        sum(level_months.i_m_work_items__dated_in__count__adopted_level_national_or_region__item_type_information_report)
        as {{ dbt.type_bigint() }}
    ) as m_work_items__dated_in__count__adopted_level_national_or_region__item_type_information_report,
    cast(
        sum(level_months.i_m_work_items__dated_in__count__adopted_level_not_none__item_type_research_article)
        as {{ dbt.type_bigint() }}
    ) as m_work_items__dated_in__count__adopted_level_not_none__item_type_research_article,
    cast(
        sum(level_months.i_m_work_items__dated_in__count__item_type_research_article)
        as {{ dbt.type_bigint() }}
    ) as m_work_items__dated_in__count__item_type_research_article,
    cast(
        sum(level_months.i_m_work_items__dated_in__count__adopted_level_national_or_region__item_type_publicity)
        as {{ dbt.type_bigint() }}
    ) as m_work_items__dated_in__count__adopted_level_national_or_region__item_type_publicity,
    cast(
        sum(level_months.i_m_work_items__dated_in__count__adopted_level_city)
        as {{ dbt.type_bigint() }}
    ) as m_work_items__dated_in__count__adopted_level_city,
    cast(
        sum(level_months.i_m_work_items__dated_in__count__adopted_level_region)
        as {{ dbt.type_bigint() }}
    ) as m_work_items__dated_in__count__adopted_level_region,
    cast(
        sum(level_months.i_m_work_items__dated_in__count__adopted_level_national)
        as {{ dbt.type_bigint() }}
    ) as m_work_items__dated_in__count__adopted_level_national,
    cast(
        sum(level_months.i_m_work_items__dated_in__count__adopted_level_not_none)
        as {{ dbt.type_bigint() }}
    ) as m_work_items__dated_in__count__adopted_level_not_none
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
