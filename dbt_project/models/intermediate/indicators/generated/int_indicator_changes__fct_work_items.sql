-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_work_items: the periods whose measures its rows changed since the last build (1 passes)
{{ config(materialized=measure_part_materialization()) }}
-- depends_on: {{ ref('fct_work_items') }}
{%- set columns = [
    'adopted_level',
    'court_code',
    'dept_id',
    'item_date',
    'item_type',
    'person_id',
    'quality_grade',
    'quantity'
] %}
{%- set baseline = none if indicator_engine_builds_everything() else indicator_baseline(ref('fct_work_items'), columns) %}
with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

{% if baseline is none %}
-- every period is built tonight (int_indicator_build_periods), or there is nothing to compare with

final as (

    select
        'fct_work_items' as relation,
        period_type,
        period
    from periods

)
{% else %}

changed_rows as (

    {{ changed_rows(ref('fct_work_items'), baseline, columns) }}

),

changed_work_items as (

    select * from changed_rows

),

c0 as (

    select
        f.net,
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
    from changed_work_items as f
    where f.item_date is not null

),

c0_net as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_work_items__dated_in__sum_quantity__item_type_official_document,
        i_m_work_items__dated_in__sum_quantity__item_type_information_report,
        i_m_work_items__dated_in__sum_quantity__item_type_research_article,
        i_m_work_items__dated_in__sum_quantity__item_type_publicity,
        i_m_work_items__dated_in__sum_quantity__item_type_meeting_service,
        i_m_work_items__dated_in__sum_quantity__item_type_archive_management,
        i_m_work_items__dated_in__sum_quantity__item_type_training,
        i_m_work_items__dated_in__sum_quantity__item_type_it_support,
        i_m_work_items__dated_in__sum_quantity,
        i_m_work_items__dated_in__count__quality_grade_a,
        i_m_work_items__dated_in__count,
        i_m_work_items__dated_in__count__quality_grade_c,
        i_m_work_items__dated_in__count__item_type_official_document__quality_grade_a,
        i_m_work_items__dated_in__count__item_type_official_document,
        i_m_work_items__dated_in__count__adopted_level_not_none__item_type_information_report,
        i_m_work_items__dated_in__count__item_type_information_report,
        i_m_work_items__dated_in__count__adopted_level_national_or_region__item_type_information_report,
        i_m_work_items__dated_in__count__adopted_level_not_none__item_type_research_article,
        i_m_work_items__dated_in__count__item_type_research_article,
        i_m_work_items__dated_in__count__adopted_level_national_or_region__item_type_publicity,
        i_m_work_items__dated_in__count__adopted_level_city,
        i_m_work_items__dated_in__count__adopted_level_region,
        i_m_work_items__dated_in__count__adopted_level_national,
        i_m_work_items__dated_in__count__adopted_level_not_none
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
        'fct_work_items' as relation,
        period_type,
        period
    from c0_periods

)
{% endif %}

select * from final
