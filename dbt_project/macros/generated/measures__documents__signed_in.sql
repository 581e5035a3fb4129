{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    documents, rows signed in P: 18 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__documents__signed_in() -%}
    {{ return({
        'fact': 'fct_documents',
        'shape': 'monthly',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_documents__signed_in__count': 'count',
            'm_documents__signed_in__count__doc_type_judgment__published_online': 'count',
            'm_documents__signed_in__count__doc_type_judgment': 'count',
            'm_documents__signed_in__count__doc_type_ruling__published_online': 'count',
            'm_documents__signed_in__count__doc_type_ruling': 'count',
            'm_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_3293c8882b': 'count',
            'm_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_08ec1674cc': 'count',
            'm_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_1d20c789e3': 'count',
            'm_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_retrial': 'count',
            'm_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition__published_online': 'count',
            'm_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition': 'count',
            'm_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2__published_online': 'count',
            'm_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2': 'count',
            'm_documents__signed_in__count__not_published_online': 'count',
            'm_documents__signed_in__count__has_errata': 'count',
            'm_documents__signed_in__count__doc_type_judgment__has_errata': 'count',
            'm_documents__signed_in__sum_errata_count': 'sum',
            'm_documents__signed_in__count__published_online': 'count',
        },
        'rows': measure_rows__documents__signed_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__documents__signed_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
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
    from {{ relation }} as f
    where f.signed_date is not null
{%- endmacro %}
