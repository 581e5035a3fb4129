-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- comprehensive_work: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('comprehensive_work')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('comprehensive_work') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- official_documents_handled (from 2016-01-01)
        'official_documents_handled' as official_documents_handled__indicator_id,
        '2016-01-01' as official_documents_handled__definition_valid_from,
        cast(
            coalesce(m_work_items__dated_in__sum_quantity__item_type_official_document, 0)
            as double
        ) as official_documents_handled__numerator,
        cast(null as double) as official_documents_handled__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as official_documents_handled__applies,
        -- information_reports_submitted (from 2016-01-01)
        'information_reports_submitted' as information_reports_submitted__indicator_id,
        '2016-01-01' as information_reports_submitted__definition_valid_from,
        cast(
            coalesce(m_work_items__dated_in__sum_quantity__item_type_information_report, 0)
            as double
        ) as information_reports_submitted__numerator,
        cast(null as double) as information_reports_submitted__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as information_reports_submitted__applies,
        -- research_articles (from 2016-01-01)
        'research_articles' as research_articles__indicator_id,
        '2016-01-01' as research_articles__definition_valid_from,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_research_article, 0) as double) as research_articles__numerator,
        cast(null as double) as research_articles__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as research_articles__applies,
        -- publicity_pieces (from 2016-01-01)
        'publicity_pieces' as publicity_pieces__indicator_id,
        '2016-01-01' as publicity_pieces__definition_valid_from,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_publicity, 0) as double) as publicity_pieces__numerator,
        cast(null as double) as publicity_pieces__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as publicity_pieces__applies,
        -- meeting_services (from 2016-01-01)
        'meeting_services' as meeting_services__indicator_id,
        '2016-01-01' as meeting_services__definition_valid_from,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_meeting_service, 0) as double) as meeting_services__numerator,
        cast(null as double) as meeting_services__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as meeting_services__applies,
        -- archives_managed (from 2016-01-01)
        'archives_managed' as archives_managed__indicator_id,
        '2016-01-01' as archives_managed__definition_valid_from,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_archive_management, 0) as double) as archives_managed__numerator,
        cast(null as double) as archives_managed__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as archives_managed__applies,
        -- trainings_organised (from 2016-01-01)
        'trainings_organised' as trainings_organised__indicator_id,
        '2016-01-01' as trainings_organised__definition_valid_from,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_training, 0) as double) as trainings_organised__numerator,
        cast(null as double) as trainings_organised__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as trainings_organised__applies,
        -- it_support_tasks (from 2016-01-01)
        'it_support_tasks' as it_support_tasks__indicator_id,
        '2016-01-01' as it_support_tasks__definition_valid_from,
        cast(coalesce(m_work_items__dated_in__sum_quantity__item_type_it_support, 0) as double) as it_support_tasks__numerator,
        cast(null as double) as it_support_tasks__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as it_support_tasks__applies,
        -- comprehensive_work_total (from 2016-01-01)
        'comprehensive_work_total' as comprehensive_work_total__indicator_id,
        '2016-01-01' as comprehensive_work_total__definition_valid_from,
        cast(coalesce(m_work_items__dated_in__sum_quantity, 0) as double) as comprehensive_work_total__numerator,
        cast(null as double) as comprehensive_work_total__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as comprehensive_work_total__applies,
        -- work_quality_a_rate (from 2016-01-01)
        'work_quality_a_rate' as work_quality_a_rate__indicator_id,
        '2016-01-01' as work_quality_a_rate__definition_valid_from,
        cast(coalesce(m_work_items__dated_in__count__quality_grade_a, 0) as double) as work_quality_a_rate__numerator,
        cast(coalesce(m_work_items__dated_in__count, 0) as double) as work_quality_a_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as work_quality_a_rate__applies,
        -- work_quality_c_rate (from 2016-01-01)
        'work_quality_c_rate' as work_quality_c_rate__indicator_id,
        '2016-01-01' as work_quality_c_rate__definition_valid_from,
        cast(coalesce(m_work_items__dated_in__count__quality_grade_c, 0) as double) as work_quality_c_rate__numerator,
        cast(coalesce(m_work_items__dated_in__count, 0) as double) as work_quality_c_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as work_quality_c_rate__applies,
        -- official_document_quality_a_rate (from 2016-01-01)
        'official_document_quality_a_rate' as official_document_quality_a_rate__indicator_id,
        '2016-01-01' as official_document_quality_a_rate__definition_valid_from,
        cast(
            coalesce(m_work_items__dated_in__count__item_type_official_document__quality_grade_a, 0)
            as double
        ) as official_document_quality_a_rate__numerator,
        cast(
            coalesce(m_work_items__dated_in__count__item_type_official_document, 0)
            as double
        ) as official_document_quality_a_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as official_document_quality_a_rate__applies,
        -- information_adoption_rate (from 2016-01-01)
        'information_adoption_rate' as information_adoption_rate__indicator_id,
        '2016-01-01' as information_adoption_rate__definition_valid_from,
        cast(
            coalesce(m_work_items__dated_in__count__adopted_level_not_none__item_type_information_report, 0)
            as double
        ) as information_adoption_rate__numerator,
        cast(coalesce(m_work_items__dated_in__count__item_type_information_report, 0) as double) as information_adoption_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as information_adoption_rate__applies,
        -- information_adopted_region_or_above (from 2016-01-01)
        'information_adopted_region_or_above' as information_adopted_region_or_above__indicator_id,
        '2016-01-01' as information_adopted_region_or_above__definition_valid_from,
        cast(
            coalesce(m_work_items__dated_in__count__adopted_level_national_or_region__item_type_information_report, 0)
            as double
        ) as information_adopted_region_or_above__numerator,
        cast(null as double) as information_adopted_region_or_above__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as information_adopted_region_or_above__applies,
        -- research_adoption_rate (from 2016-01-01)
        'research_adoption_rate' as research_adoption_rate__indicator_id,
        '2016-01-01' as research_adoption_rate__definition_valid_from,
        cast(
            coalesce(m_work_items__dated_in__count__adopted_level_not_none__item_type_research_article, 0)
            as double
        ) as research_adoption_rate__numerator,
        cast(coalesce(m_work_items__dated_in__count__item_type_research_article, 0) as double) as research_adoption_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as research_adoption_rate__applies,
        -- publicity_adopted_region_or_above (from 2016-01-01)
        'publicity_adopted_region_or_above' as publicity_adopted_region_or_above__indicator_id,
        '2016-01-01' as publicity_adopted_region_or_above__definition_valid_from,
        cast(
            coalesce(m_work_items__dated_in__count__adopted_level_national_or_region__item_type_publicity, 0)
            as double
        ) as publicity_adopted_region_or_above__numerator,
        cast(null as double) as publicity_adopted_region_or_above__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as publicity_adopted_region_or_above__applies,
        -- city_level_adoptions (from 2016-01-01)
        'city_level_adoptions' as city_level_adoptions__indicator_id,
        '2016-01-01' as city_level_adoptions__definition_valid_from,
        cast(coalesce(m_work_items__dated_in__count__adopted_level_city, 0) as double) as city_level_adoptions__numerator,
        cast(null as double) as city_level_adoptions__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as city_level_adoptions__applies,
        -- region_level_adoptions (from 2016-01-01)
        'region_level_adoptions' as region_level_adoptions__indicator_id,
        '2016-01-01' as region_level_adoptions__definition_valid_from,
        cast(coalesce(m_work_items__dated_in__count__adopted_level_region, 0) as double) as region_level_adoptions__numerator,
        cast(null as double) as region_level_adoptions__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as region_level_adoptions__applies,
        -- national_level_adoptions (from 2016-01-01)
        'national_level_adoptions' as national_level_adoptions__indicator_id,
        '2016-01-01' as national_level_adoptions__definition_valid_from,
        cast(coalesce(m_work_items__dated_in__count__adopted_level_national, 0) as double) as national_level_adoptions__numerator,
        cast(null as double) as national_level_adoptions__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as national_level_adoptions__applies,
        -- adoptions_total (from 2016-01-01)
        'adoptions_total' as adoptions_total__indicator_id,
        '2016-01-01' as adoptions_total__definition_valid_from,
        cast(coalesce(m_work_items__dated_in__count__adopted_level_not_none, 0) as double) as adoptions_total__numerator,
        cast(null as double) as adoptions_total__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['admin_staff', 'judicial_police', 'division_chief', 'deputy_division_chief', 'vice_president', 'president'],
            business_lines=['comprehensive'],
        ) }} as adoptions_total__applies
    from measures

),

definition_values as (

    select
        *,
        official_documents_handled__numerator as official_documents_handled__value,
        information_reports_submitted__numerator as information_reports_submitted__value,
        research_articles__numerator as research_articles__value,
        publicity_pieces__numerator as publicity_pieces__value,
        meeting_services__numerator as meeting_services__value,
        archives_managed__numerator as archives_managed__value,
        trainings_organised__numerator as trainings_organised__value,
        it_support_tasks__numerator as it_support_tasks__value,
        comprehensive_work_total__numerator as comprehensive_work_total__value,
        case
            when work_quality_a_rate__denominator != 0
                then work_quality_a_rate__numerator / work_quality_a_rate__denominator
        end as work_quality_a_rate__value,
        case
            when work_quality_c_rate__denominator != 0
                then work_quality_c_rate__numerator / work_quality_c_rate__denominator
        end as work_quality_c_rate__value,
        case
            when official_document_quality_a_rate__denominator != 0
                then official_document_quality_a_rate__numerator / official_document_quality_a_rate__denominator
        end as official_document_quality_a_rate__value,
        case
            when information_adoption_rate__denominator != 0
                then information_adoption_rate__numerator / information_adoption_rate__denominator
        end as information_adoption_rate__value,
        information_adopted_region_or_above__numerator as information_adopted_region_or_above__value,
        case
            when research_adoption_rate__denominator != 0
                then research_adoption_rate__numerator / research_adoption_rate__denominator
        end as research_adoption_rate__value,
        publicity_adopted_region_or_above__numerator as publicity_adopted_region_or_above__value,
        city_level_adoptions__numerator as city_level_adoptions__value,
        region_level_adoptions__numerator as region_level_adoptions__value,
        national_level_adoptions__numerator as national_level_adoptions__value,
        adoptions_total__numerator as adoptions_total__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                official_documents_handled__indicator_id,
                official_documents_handled__definition_valid_from,
                official_documents_handled__numerator,
                official_documents_handled__denominator,
                official_documents_handled__value,
                official_documents_handled__applies
            ) as official_documents_handled,
            (
                information_reports_submitted__indicator_id,
                information_reports_submitted__definition_valid_from,
                information_reports_submitted__numerator,
                information_reports_submitted__denominator,
                information_reports_submitted__value,
                information_reports_submitted__applies
            ) as information_reports_submitted,
            (
                research_articles__indicator_id,
                research_articles__definition_valid_from,
                research_articles__numerator,
                research_articles__denominator,
                research_articles__value,
                research_articles__applies
            ) as research_articles,
            (
                publicity_pieces__indicator_id,
                publicity_pieces__definition_valid_from,
                publicity_pieces__numerator,
                publicity_pieces__denominator,
                publicity_pieces__value,
                publicity_pieces__applies
            ) as publicity_pieces,
            (
                meeting_services__indicator_id,
                meeting_services__definition_valid_from,
                meeting_services__numerator,
                meeting_services__denominator,
                meeting_services__value,
                meeting_services__applies
            ) as meeting_services,
            (
                archives_managed__indicator_id,
                archives_managed__definition_valid_from,
                archives_managed__numerator,
                archives_managed__denominator,
                archives_managed__value,
                archives_managed__applies
            ) as archives_managed,
            (
                trainings_organised__indicator_id,
                trainings_organised__definition_valid_from,
                trainings_organised__numerator,
                trainings_organised__denominator,
                trainings_organised__value,
                trainings_organised__applies
            ) as trainings_organised,
            (
                it_support_tasks__indicator_id,
                it_support_tasks__definition_valid_from,
                it_support_tasks__numerator,
                it_support_tasks__denominator,
                it_support_tasks__value,
                it_support_tasks__applies
            ) as it_support_tasks,
            (
                comprehensive_work_total__indicator_id,
                comprehensive_work_total__definition_valid_from,
                comprehensive_work_total__numerator,
                comprehensive_work_total__denominator,
                comprehensive_work_total__value,
                comprehensive_work_total__applies
            ) as comprehensive_work_total,
            (
                work_quality_a_rate__indicator_id,
                work_quality_a_rate__definition_valid_from,
                work_quality_a_rate__numerator,
                work_quality_a_rate__denominator,
                work_quality_a_rate__value,
                work_quality_a_rate__applies
            ) as work_quality_a_rate,
            (
                work_quality_c_rate__indicator_id,
                work_quality_c_rate__definition_valid_from,
                work_quality_c_rate__numerator,
                work_quality_c_rate__denominator,
                work_quality_c_rate__value,
                work_quality_c_rate__applies
            ) as work_quality_c_rate,
            (
                official_document_quality_a_rate__indicator_id,
                official_document_quality_a_rate__definition_valid_from,
                official_document_quality_a_rate__numerator,
                official_document_quality_a_rate__denominator,
                official_document_quality_a_rate__value,
                official_document_quality_a_rate__applies
            ) as official_document_quality_a_rate,
            (
                information_adoption_rate__indicator_id,
                information_adoption_rate__definition_valid_from,
                information_adoption_rate__numerator,
                information_adoption_rate__denominator,
                information_adoption_rate__value,
                information_adoption_rate__applies
            ) as information_adoption_rate,
            (
                information_adopted_region_or_above__indicator_id,
                information_adopted_region_or_above__definition_valid_from,
                information_adopted_region_or_above__numerator,
                information_adopted_region_or_above__denominator,
                information_adopted_region_or_above__value,
                information_adopted_region_or_above__applies
            ) as information_adopted_region_or_above,
            (
                research_adoption_rate__indicator_id,
                research_adoption_rate__definition_valid_from,
                research_adoption_rate__numerator,
                research_adoption_rate__denominator,
                research_adoption_rate__value,
                research_adoption_rate__applies
            ) as research_adoption_rate,
            (
                publicity_adopted_region_or_above__indicator_id,
                publicity_adopted_region_or_above__definition_valid_from,
                publicity_adopted_region_or_above__numerator,
                publicity_adopted_region_or_above__denominator,
                publicity_adopted_region_or_above__value,
                publicity_adopted_region_or_above__applies
            ) as publicity_adopted_region_or_above,
            (
                city_level_adoptions__indicator_id,
                city_level_adoptions__definition_valid_from,
                city_level_adoptions__numerator,
                city_level_adoptions__denominator,
                city_level_adoptions__value,
                city_level_adoptions__applies
            ) as city_level_adoptions,
            (
                region_level_adoptions__indicator_id,
                region_level_adoptions__definition_valid_from,
                region_level_adoptions__numerator,
                region_level_adoptions__denominator,
                region_level_adoptions__value,
                region_level_adoptions__applies
            ) as region_level_adoptions,
            (
                national_level_adoptions__indicator_id,
                national_level_adoptions__definition_valid_from,
                national_level_adoptions__numerator,
                national_level_adoptions__denominator,
                national_level_adoptions__value,
                national_level_adoptions__applies
            ) as national_level_adoptions,
            (
                adoptions_total__indicator_id,
                adoptions_total__definition_valid_from,
                adoptions_total__numerator,
                adoptions_total__denominator,
                adoptions_total__value,
                adoptions_total__applies
            ) as adoptions_total
        )
    )

),

final as (

    {{ kept_period_rows('comprehensive_work') }}
    select
        indicator_id,
        level,
        entity_id,
        period_type,
        period,
        numerator,
        denominator,
        value,
        definition_valid_from
    from definition_rows
    where applies

)

select * from final
