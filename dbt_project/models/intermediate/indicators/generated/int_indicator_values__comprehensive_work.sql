-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- comprehensive_work: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('comprehensive_work')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('comprehensive_work') }}

),

final as (

    {{ kept_period_rows('comprehensive_work') }}
    select
        'official_documents_handled' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_official_document, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_official_document, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

    union all

    select
        'information_reports_submitted' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_information_report, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_information_report, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

    union all

    select
        'research_articles' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_research_article, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_research_article, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

    union all

    select
        'publicity_pieces' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_publicity, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_publicity, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

    union all

    select
        'meeting_services' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_meeting_service, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_meeting_service, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

    union all

    select
        'archives_managed' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_archive_management, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_archive_management, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

    union all

    select
        'trainings_organised' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_training, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_training, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

    union all

    select
        'it_support_tasks' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_it_support, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_it_support, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

    union all

    select
        'comprehensive_work_total' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__sum_quantity, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_work_items__dated_in__sum_quantity, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

    union all

    select
        'work_quality_a_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__count__quality_grade_a, 0) as double) as numerator,
        cast(coalesce(m_work_items__dated_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_work_items__dated_in__count, 0) != 0 then cast(coalesce(m_work_items__dated_in__count__quality_grade_a, 0) as double) / (coalesce(m_work_items__dated_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

    union all

    select
        'work_quality_c_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__count__quality_grade_c, 0) as double) as numerator,
        cast(coalesce(m_work_items__dated_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_work_items__dated_in__count, 0) != 0 then cast(coalesce(m_work_items__dated_in__count__quality_grade_c, 0) as double) / (coalesce(m_work_items__dated_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

    union all

    select
        'official_document_quality_a_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__count__item_type_official_document__quality_grade_a, 0) as double) as numerator,
        cast(coalesce(m_work_items__dated_in__count__item_type_official_document, 0) as double) as denominator,
        cast(case when coalesce(m_work_items__dated_in__count__item_type_official_document, 0) != 0 then cast(coalesce(m_work_items__dated_in__count__item_type_official_document__quality_grade_a, 0) as double) / (coalesce(m_work_items__dated_in__count__item_type_official_document, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

    union all

    select
        'information_adoption_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__count__adopted_level_not_none__item_type_information_report, 0) as double) as numerator,
        cast(coalesce(m_work_items__dated_in__count__item_type_information_report, 0) as double) as denominator,
        cast(case when coalesce(m_work_items__dated_in__count__item_type_information_report, 0) != 0 then cast(coalesce(m_work_items__dated_in__count__adopted_level_not_none__item_type_information_report, 0) as double) / (coalesce(m_work_items__dated_in__count__item_type_information_report, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

    union all

    select
        'information_adopted_region_or_above' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__count__adopted_level_national_or_region__item_type_information_report, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_work_items__dated_in__count__adopted_level_national_or_region__item_type_information_report, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

    union all

    select
        'research_adoption_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__count__adopted_level_not_none__item_type_research_article, 0) as double) as numerator,
        cast(coalesce(m_work_items__dated_in__count__item_type_research_article, 0) as double) as denominator,
        cast(case when coalesce(m_work_items__dated_in__count__item_type_research_article, 0) != 0 then cast(coalesce(m_work_items__dated_in__count__adopted_level_not_none__item_type_research_article, 0) as double) / (coalesce(m_work_items__dated_in__count__item_type_research_article, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

    union all

    select
        'publicity_adopted_region_or_above' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__count__adopted_level_national_or_region__item_type_publicity, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_work_items__dated_in__count__adopted_level_national_or_region__item_type_publicity, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

    union all

    select
        'city_level_adoptions' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__count__adopted_level_city, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_work_items__dated_in__count__adopted_level_city, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

    union all

    select
        'region_level_adoptions' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__count__adopted_level_region, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_work_items__dated_in__count__adopted_level_region, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

    union all

    select
        'national_level_adoptions' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__count__adopted_level_national, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_work_items__dated_in__count__adopted_level_national, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

    union all

    select
        'adoptions_total' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_work_items__dated_in__count__adopted_level_not_none, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_work_items__dated_in__count__adopted_level_not_none, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'))
        and (level in ('court', 'city') or business_line in ('comprehensive'))

)

select * from final
