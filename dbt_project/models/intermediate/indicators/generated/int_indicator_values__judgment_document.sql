-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- judgment_document: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('judgment_document')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('judgment_document') }}

),

definitions as (

    select
        level,
        entity_id,
        period_type,
        period,
        days_in_period,
        -- documents_published_online (from 2016-01-01)
        'documents_published_online' as documents_published_online__indicator_id,
        '2016-01-01' as documents_published_online__definition_valid_from,
        cast(coalesce(m_documents__published_in__count__published_online, 0) as double) as documents_published_online__numerator,
        cast(null as double) as documents_published_online__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as documents_published_online__applies,
        -- judgment_online_rate (from 2016-01-01)
        'judgment_online_rate' as judgment_online_rate__indicator_id,
        '2016-01-01' as judgment_online_rate__definition_valid_from,
        cast(coalesce(m_documents__signed_in__count__doc_type_judgment__published_online, 0) as double) as judgment_online_rate__numerator,
        cast(coalesce(m_documents__signed_in__count__doc_type_judgment, 0) as double) as judgment_online_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as judgment_online_rate__applies,
        -- ruling_online_rate (from 2016-01-01)
        'ruling_online_rate' as ruling_online_rate__indicator_id,
        '2016-01-01' as ruling_online_rate__definition_valid_from,
        cast(coalesce(m_documents__signed_in__count__doc_type_ruling__published_online, 0) as double) as ruling_online_rate__numerator,
        cast(coalesce(m_documents__signed_in__count__doc_type_ruling, 0) as double) as ruling_online_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as ruling_online_rate__applies,
        -- civil_document_online_rate (from 2016-01-01)
        'civil_document_online_rate' as civil_document_online_rate__indicator_id,
        '2016-01-01' as civil_document_online_rate__definition_valid_from,
        cast(
            coalesce(m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_3293c8882b, 0)
            as double
        ) as civil_document_online_rate__numerator,
        cast(
            coalesce(m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_08ec1674cc, 0)
            as double
        ) as civil_document_online_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial'],
        ) }} as civil_document_online_rate__applies,
        -- criminal_document_online_rate (from 2016-01-01)
        'criminal_document_online_rate' as criminal_document_online_rate__indicator_id,
        '2016-01-01' as criminal_document_online_rate__definition_valid_from,
        cast(
            coalesce(m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_1d20c789e3, 0)
            as double
        ) as criminal_document_online_rate__numerator,
        cast(
            coalesce(m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_retrial, 0)
            as double
        ) as criminal_document_online_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['criminal'],
        ) }} as criminal_document_online_rate__applies,
        -- administrative_document_online_rate (from 2016-01-01)
        'administrative_document_online_rate' as administrative_document_online_rate__indicator_id,
        '2016-01-01' as administrative_document_online_rate__definition_valid_from,
        cast(
            coalesce(m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition__published_online, 0)
            as double
        ) as administrative_document_online_rate__numerator,
        cast(
            coalesce(m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition, 0)
            as double
        ) as administrative_document_online_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['administrative'],
        ) }} as administrative_document_online_rate__applies,
        -- second_instance_document_online_rate (from 2016-01-01)
        'second_instance_document_online_rate' as second_instance_document_online_rate__indicator_id,
        '2016-01-01' as second_instance_document_online_rate__definition_valid_from,
        cast(
            coalesce(m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2__published_online, 0)
            as double
        ) as second_instance_document_online_rate__numerator,
        cast(
            coalesce(m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2, 0)
            as double
        ) as second_instance_document_online_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative'],
        ) }} as second_instance_document_online_rate__applies,
        -- unpublished_documents (from 2016-01-01)
        'unpublished_documents' as unpublished_documents__indicator_id,
        '2016-01-01' as unpublished_documents__definition_valid_from,
        cast(coalesce(m_documents__signed_in__count__not_published_online, 0) as double) as unpublished_documents__numerator,
        cast(null as double) as unpublished_documents__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as unpublished_documents__applies,
        -- avg_days_to_publish (from 2016-01-01)
        'avg_days_to_publish' as avg_days_to_publish__indicator_id,
        '2016-01-01' as avg_days_to_publish__definition_valid_from,
        cast(coalesce(m_documents__published_in__sum_days_to_publish__published_online, 0) as double) as avg_days_to_publish__numerator,
        cast(
            coalesce(m_documents__published_in__count__days_to_publish_known__published_online, 0)
            as double
        ) as avg_days_to_publish__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as avg_days_to_publish__applies,
        -- timely_publication_rate (from 2016-01-01)
        'timely_publication_rate' as timely_publication_rate__indicator_id,
        '2016-01-01' as timely_publication_rate__definition_valid_from,
        cast(
            coalesce(m_documents__published_in__count__days_to_publish_le_30__published_online, 0)
            as double
        ) as timely_publication_rate__numerator,
        cast(coalesce(m_documents__published_in__count__published_online, 0) as double) as timely_publication_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as timely_publication_rate__applies,
        -- document_errata_rate (from 2016-01-01)
        'document_errata_rate' as document_errata_rate__indicator_id,
        '2016-01-01' as document_errata_rate__definition_valid_from,
        cast(coalesce(m_documents__signed_in__count__has_errata, 0) as double) as document_errata_rate__numerator,
        cast(coalesce(m_documents__signed_in__count, 0) as double) as document_errata_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as document_errata_rate__applies,
        -- judgment_errata_rate (from 2016-01-01)
        'judgment_errata_rate' as judgment_errata_rate__indicator_id,
        '2016-01-01' as judgment_errata_rate__definition_valid_from,
        cast(coalesce(m_documents__signed_in__count__doc_type_judgment__has_errata, 0) as double) as judgment_errata_rate__numerator,
        cast(coalesce(m_documents__signed_in__count__doc_type_judgment, 0) as double) as judgment_errata_rate__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as judgment_errata_rate__applies,
        -- errata_per_100_documents (from 2016-01-01)
        'errata_per_100_documents' as errata_per_100_documents__indicator_id,
        '2016-01-01' as errata_per_100_documents__definition_valid_from,
        cast(coalesce(m_documents__signed_in__sum_errata_count, 0) as double) as errata_per_100_documents__numerator,
        cast(coalesce(m_documents__signed_in__count, 0) as double) as errata_per_100_documents__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as errata_per_100_documents__applies,
        -- judgment_document_share (from 2016-01-01)
        'judgment_document_share' as judgment_document_share__indicator_id,
        '2016-01-01' as judgment_document_share__definition_valid_from,
        cast(coalesce(m_documents__signed_in__count__doc_type_judgment, 0) as double) as judgment_document_share__numerator,
        cast(coalesce(m_documents__signed_in__count, 0) as double) as judgment_document_share__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as judgment_document_share__applies,
        -- documents_per_closed_case (from 2016-01-01)
        'documents_per_closed_case' as documents_per_closed_case__indicator_id,
        '2016-01-01' as documents_per_closed_case__definition_valid_from,
        cast(coalesce(m_documents__signed_in__count, 0) as double) as documents_per_closed_case__numerator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as documents_per_closed_case__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'person', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as documents_per_closed_case__applies,
        -- documents_per_quota_judge (from 2016-01-01)
        'documents_per_quota_judge' as documents_per_quota_judge__indicator_id,
        '2016-01-01' as documents_per_quota_judge__definition_valid_from,
        cast(coalesce(m_documents__signed_in__count, 0) as double) as documents_per_quota_judge__numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as documents_per_quota_judge__denominator,
        {{ indicator_applies(
            levels=['court', 'department', 'city'],
            valid_from='2016-01-01',
            roles=['president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'],
            business_lines=['civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'],
        ) }} as documents_per_quota_judge__applies
    from measures

),

definition_values as (

    select
        *,
        documents_published_online__numerator as documents_published_online__value,
        case
            when judgment_online_rate__denominator != 0
                then judgment_online_rate__numerator / judgment_online_rate__denominator
        end as judgment_online_rate__value,
        case
            when ruling_online_rate__denominator != 0
                then ruling_online_rate__numerator / ruling_online_rate__denominator
        end as ruling_online_rate__value,
        case
            when civil_document_online_rate__denominator != 0
                then civil_document_online_rate__numerator / civil_document_online_rate__denominator
        end as civil_document_online_rate__value,
        case
            when criminal_document_online_rate__denominator != 0
                then criminal_document_online_rate__numerator / criminal_document_online_rate__denominator
        end as criminal_document_online_rate__value,
        case
            when administrative_document_online_rate__denominator != 0
                then administrative_document_online_rate__numerator / administrative_document_online_rate__denominator
        end as administrative_document_online_rate__value,
        case
            when second_instance_document_online_rate__denominator != 0
                then second_instance_document_online_rate__numerator / second_instance_document_online_rate__denominator
        end as second_instance_document_online_rate__value,
        unpublished_documents__numerator as unpublished_documents__value,
        case
            when avg_days_to_publish__denominator != 0
                then avg_days_to_publish__numerator / avg_days_to_publish__denominator
        end as avg_days_to_publish__value,
        case
            when timely_publication_rate__denominator != 0
                then timely_publication_rate__numerator / timely_publication_rate__denominator
        end as timely_publication_rate__value,
        case
            when document_errata_rate__denominator != 0
                then document_errata_rate__numerator / document_errata_rate__denominator
        end as document_errata_rate__value,
        case
            when judgment_errata_rate__denominator != 0
                then judgment_errata_rate__numerator / judgment_errata_rate__denominator
        end as judgment_errata_rate__value,
        case
            when errata_per_100_documents__denominator != 0
                then errata_per_100_documents__numerator / errata_per_100_documents__denominator * 100
        end as errata_per_100_documents__value,
        case
            when judgment_document_share__denominator != 0
                then judgment_document_share__numerator / judgment_document_share__denominator
        end as judgment_document_share__value,
        case
            when documents_per_closed_case__denominator != 0
                then documents_per_closed_case__numerator / documents_per_closed_case__denominator
        end as documents_per_closed_case__value,
        case
            when documents_per_quota_judge__denominator != 0
                then documents_per_quota_judge__numerator / documents_per_quota_judge__denominator
        end as documents_per_quota_judge__value
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        (indicator_id, definition_valid_from, numerator, denominator, value, applies)
        for definition in (
            (
                documents_published_online__indicator_id,
                documents_published_online__definition_valid_from,
                documents_published_online__numerator,
                documents_published_online__denominator,
                documents_published_online__value,
                documents_published_online__applies
            ) as documents_published_online,
            (
                judgment_online_rate__indicator_id,
                judgment_online_rate__definition_valid_from,
                judgment_online_rate__numerator,
                judgment_online_rate__denominator,
                judgment_online_rate__value,
                judgment_online_rate__applies
            ) as judgment_online_rate,
            (
                ruling_online_rate__indicator_id,
                ruling_online_rate__definition_valid_from,
                ruling_online_rate__numerator,
                ruling_online_rate__denominator,
                ruling_online_rate__value,
                ruling_online_rate__applies
            ) as ruling_online_rate,
            (
                civil_document_online_rate__indicator_id,
                civil_document_online_rate__definition_valid_from,
                civil_document_online_rate__numerator,
                civil_document_online_rate__denominator,
                civil_document_online_rate__value,
                civil_document_online_rate__applies
            ) as civil_document_online_rate,
            (
                criminal_document_online_rate__indicator_id,
                criminal_document_online_rate__definition_valid_from,
                criminal_document_online_rate__numerator,
                criminal_document_online_rate__denominator,
                criminal_document_online_rate__value,
                criminal_document_online_rate__applies
            ) as criminal_document_online_rate,
            (
                administrative_document_online_rate__indicator_id,
                administrative_document_online_rate__definition_valid_from,
                administrative_document_online_rate__numerator,
                administrative_document_online_rate__denominator,
                administrative_document_online_rate__value,
                administrative_document_online_rate__applies
            ) as administrative_document_online_rate,
            (
                second_instance_document_online_rate__indicator_id,
                second_instance_document_online_rate__definition_valid_from,
                second_instance_document_online_rate__numerator,
                second_instance_document_online_rate__denominator,
                second_instance_document_online_rate__value,
                second_instance_document_online_rate__applies
            ) as second_instance_document_online_rate,
            (
                unpublished_documents__indicator_id,
                unpublished_documents__definition_valid_from,
                unpublished_documents__numerator,
                unpublished_documents__denominator,
                unpublished_documents__value,
                unpublished_documents__applies
            ) as unpublished_documents,
            (
                avg_days_to_publish__indicator_id,
                avg_days_to_publish__definition_valid_from,
                avg_days_to_publish__numerator,
                avg_days_to_publish__denominator,
                avg_days_to_publish__value,
                avg_days_to_publish__applies
            ) as avg_days_to_publish,
            (
                timely_publication_rate__indicator_id,
                timely_publication_rate__definition_valid_from,
                timely_publication_rate__numerator,
                timely_publication_rate__denominator,
                timely_publication_rate__value,
                timely_publication_rate__applies
            ) as timely_publication_rate,
            (
                document_errata_rate__indicator_id,
                document_errata_rate__definition_valid_from,
                document_errata_rate__numerator,
                document_errata_rate__denominator,
                document_errata_rate__value,
                document_errata_rate__applies
            ) as document_errata_rate,
            (
                judgment_errata_rate__indicator_id,
                judgment_errata_rate__definition_valid_from,
                judgment_errata_rate__numerator,
                judgment_errata_rate__denominator,
                judgment_errata_rate__value,
                judgment_errata_rate__applies
            ) as judgment_errata_rate,
            (
                errata_per_100_documents__indicator_id,
                errata_per_100_documents__definition_valid_from,
                errata_per_100_documents__numerator,
                errata_per_100_documents__denominator,
                errata_per_100_documents__value,
                errata_per_100_documents__applies
            ) as errata_per_100_documents,
            (
                judgment_document_share__indicator_id,
                judgment_document_share__definition_valid_from,
                judgment_document_share__numerator,
                judgment_document_share__denominator,
                judgment_document_share__value,
                judgment_document_share__applies
            ) as judgment_document_share,
            (
                documents_per_closed_case__indicator_id,
                documents_per_closed_case__definition_valid_from,
                documents_per_closed_case__numerator,
                documents_per_closed_case__denominator,
                documents_per_closed_case__value,
                documents_per_closed_case__applies
            ) as documents_per_closed_case,
            (
                documents_per_quota_judge__indicator_id,
                documents_per_quota_judge__definition_valid_from,
                documents_per_quota_judge__numerator,
                documents_per_quota_judge__denominator,
                documents_per_quota_judge__value,
                documents_per_quota_judge__applies
            ) as documents_per_quota_judge
        )
    )

),

final as (

    {{ kept_period_rows('judgment_document') }}
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
