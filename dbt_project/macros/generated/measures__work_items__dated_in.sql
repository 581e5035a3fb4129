{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    work_items, rows dated in P: 24 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__work_items__dated_in() -%}
    {{ return({
        'fact': 'fct_work_items',
        'shape': 'monthly',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_work_items__dated_in__sum_quantity__item_type_official_document': 'sum',
            'm_work_items__dated_in__sum_quantity__item_type_information_report': 'sum',
            'm_work_items__dated_in__sum_quantity__item_type_research_article': 'sum',
            'm_work_items__dated_in__sum_quantity__item_type_publicity': 'sum',
            'm_work_items__dated_in__sum_quantity__item_type_meeting_service': 'sum',
            'm_work_items__dated_in__sum_quantity__item_type_archive_management': 'sum',
            'm_work_items__dated_in__sum_quantity__item_type_training': 'sum',
            'm_work_items__dated_in__sum_quantity__item_type_it_support': 'sum',
            'm_work_items__dated_in__sum_quantity': 'sum',
            'm_work_items__dated_in__count__quality_grade_a': 'count',
            'm_work_items__dated_in__count': 'count',
            'm_work_items__dated_in__count__quality_grade_c': 'count',
            'm_work_items__dated_in__count__item_type_official_document__quality_grade_a': 'count',
            'm_work_items__dated_in__count__item_type_official_document': 'count',
            'm_work_items__dated_in__count__adopted_level_not_none__item_type_information_report': 'count',
            'm_work_items__dated_in__count__item_type_information_report': 'count',
            'm_work_items__dated_in__count__adopted_level_national_or_region__item_type_information_report': 'count',
            'm_work_items__dated_in__count__adopted_level_not_none__item_type_research_article': 'count',
            'm_work_items__dated_in__count__item_type_research_article': 'count',
            'm_work_items__dated_in__count__adopted_level_national_or_region__item_type_publicity': 'count',
            'm_work_items__dated_in__count__adopted_level_city': 'count',
            'm_work_items__dated_in__count__adopted_level_region': 'count',
            'm_work_items__dated_in__count__adopted_level_national': 'count',
            'm_work_items__dated_in__count__adopted_level_not_none': 'count',
        },
        'rows': measure_rows__work_items__dated_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__work_items__dated_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
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
    from {{ relation }} as f
    where f.item_date is not null
{%- endmacro %}
