-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- judgment_document: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('judgment_document')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('judgment_document') }}

),

final as (

    {{ kept_period_rows('judgment_document') }}
    select
        'documents_published_online' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_documents__published_in__count__published_online, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_documents__published_in__count__published_online, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'judgment_online_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_documents__signed_in__count__doc_type_judgment__published_online, 0) as double) as numerator,
        cast(coalesce(m_documents__signed_in__count__doc_type_judgment, 0) as double) as denominator,
        cast(case when coalesce(m_documents__signed_in__count__doc_type_judgment, 0) != 0 then cast(coalesce(m_documents__signed_in__count__doc_type_judgment__published_online, 0) as double) / (coalesce(m_documents__signed_in__count__doc_type_judgment, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'ruling_online_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_documents__signed_in__count__doc_type_ruling__published_online, 0) as double) as numerator,
        cast(coalesce(m_documents__signed_in__count__doc_type_ruling, 0) as double) as denominator,
        cast(case when coalesce(m_documents__signed_in__count__doc_type_ruling, 0) != 0 then cast(coalesce(m_documents__signed_in__count__doc_type_ruling__published_online, 0) as double) / (coalesce(m_documents__signed_in__count__doc_type_ruling, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'civil_document_online_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_3293c8882b, 0) as double) as numerator,
        cast(coalesce(m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_08ec1674cc, 0) as double) as denominator,
        cast(case when coalesce(m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_08ec1674cc, 0) != 0 then cast(coalesce(m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_3293c8882b, 0) as double) / (coalesce(m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_08ec1674cc, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial'))

    union all

    select
        'criminal_document_online_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_1d20c789e3, 0) as double) as numerator,
        cast(coalesce(m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_retrial, 0) as double) as denominator,
        cast(case when coalesce(m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_retrial, 0) != 0 then cast(coalesce(m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_1d20c789e3, 0) as double) / (coalesce(m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_retrial, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('criminal'))

    union all

    select
        'administrative_document_online_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition__published_online, 0) as double) as numerator,
        cast(coalesce(m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition, 0) as double) as denominator,
        cast(case when coalesce(m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition, 0) != 0 then cast(coalesce(m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition__published_online, 0) as double) / (coalesce(m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('administrative'))

    union all

    select
        'second_instance_document_online_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2__published_online, 0) as double) as numerator,
        cast(coalesce(m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2, 0) as double) as denominator,
        cast(case when coalesce(m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2, 0) != 0 then cast(coalesce(m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2__published_online, 0) as double) / (coalesce(m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'unpublished_documents' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_documents__signed_in__count__not_published_online, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_documents__signed_in__count__not_published_online, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'avg_days_to_publish' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_documents__published_in__sum_days_to_publish__published_online, 0) as double) as numerator,
        cast(coalesce(m_documents__published_in__count__days_to_publish_known__published_online, 0) as double) as denominator,
        cast(case when coalesce(m_documents__published_in__count__days_to_publish_known__published_online, 0) != 0 then cast(coalesce(m_documents__published_in__sum_days_to_publish__published_online, 0) as double) / (coalesce(m_documents__published_in__count__days_to_publish_known__published_online, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'timely_publication_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_documents__published_in__count__days_to_publish_le_30__published_online, 0) as double) as numerator,
        cast(coalesce(m_documents__published_in__count__published_online, 0) as double) as denominator,
        cast(case when coalesce(m_documents__published_in__count__published_online, 0) != 0 then cast(coalesce(m_documents__published_in__count__days_to_publish_le_30__published_online, 0) as double) / (coalesce(m_documents__published_in__count__published_online, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'document_errata_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_documents__signed_in__count__has_errata, 0) as double) as numerator,
        cast(coalesce(m_documents__signed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_documents__signed_in__count, 0) != 0 then cast(coalesce(m_documents__signed_in__count__has_errata, 0) as double) / (coalesce(m_documents__signed_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'judgment_errata_rate' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_documents__signed_in__count__doc_type_judgment__has_errata, 0) as double) as numerator,
        cast(coalesce(m_documents__signed_in__count__doc_type_judgment, 0) as double) as denominator,
        cast(case when coalesce(m_documents__signed_in__count__doc_type_judgment, 0) != 0 then cast(coalesce(m_documents__signed_in__count__doc_type_judgment__has_errata, 0) as double) / (coalesce(m_documents__signed_in__count__doc_type_judgment, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'errata_per_100_documents' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_documents__signed_in__sum_errata_count, 0) as double) as numerator,
        cast(coalesce(m_documents__signed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_documents__signed_in__count, 0) != 0 then cast(coalesce(m_documents__signed_in__sum_errata_count, 0) as double) / (coalesce(m_documents__signed_in__count, 0)) * 100 end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'judgment_document_share' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_documents__signed_in__count__doc_type_judgment, 0) as double) as numerator,
        cast(coalesce(m_documents__signed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_documents__signed_in__count, 0) != 0 then cast(coalesce(m_documents__signed_in__count__doc_type_judgment, 0) as double) / (coalesce(m_documents__signed_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'documents_per_closed_case' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_documents__signed_in__count, 0) as double) as numerator,
        cast(coalesce(m_trial_cases__closed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_trial_cases__closed_in__count, 0) != 0 then cast(coalesce(m_documents__signed_in__count, 0) as double) / (coalesce(m_trial_cases__closed_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'documents_per_quota_judge' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_documents__signed_in__count, 0) as double) as numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as denominator,
        cast(case when coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) != 0 then cast(coalesce(m_documents__signed_in__count, 0) as double) / (coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

)

select * from final
