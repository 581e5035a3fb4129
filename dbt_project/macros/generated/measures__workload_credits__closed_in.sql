{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    workload_credits, rows closed in P: 15 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__workload_credits__closed_in() -%}
    {{ return({
        'fact': 'int_workload_credits',
        'shape': 'monthly',
        'levels': ['person'],
        'measures': {
            'm_workload_credits__closed_in__sum_credit': 'sum',
            'm_workload_credits__closed_in__sum_credit__case_role_handling': 'sum',
            'm_workload_credits__closed_in__sum_credit__case_role_panel_member': 'sum',
            'm_workload_credits__closed_in__sum_credit__case_role_assistant': 'sum',
            'm_workload_credits__closed_in__sum_credit__case_role_clerk': 'sum',
            'm_workload_credits__closed_in__count__case_role_panel_member': 'count',
            'm_workload_credits__closed_in__count__case_role_assistant': 'count',
            'm_workload_credits__closed_in__count__case_role_clerk': 'count',
            'm_workload_credits__closed_in__sum_credit__case_kind_trial': 'sum',
            'm_workload_credits__closed_in__sum_credit__case_kind_enforcement': 'sum',
            'm_workload_credits__closed_in__sum_credit__case_type_code_bankruptcy_or_civ1_or_civ2_fd3348fe2d': 'sum',
            'm_workload_credits__closed_in__sum_credit__case_type_code_crim1_or_crim2_or_crim_peti_8ca86f62bf': 'sum',
            'm_workload_credits__closed_in__sum_credit__case_type_code_adm1_or_adm2_or_adm_petition': 'sum',
            'm_workload_credits__closed_in__sum_credit__case_type_code_adm2_or_civ2_or_crim2': 'sum',
            'm_workload_credits__closed_in__sum_credit__case_type_code_adm_petition_or_civ_petitio_8dc8892482': 'sum',
        },
        'rows': measure_rows__workload_credits__closed_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__workload_credits__closed_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        cast({{ dbt.date_trunc('month', 'f.closing_date') }} as date) as month_start,
        f.person_id as person_entity,
        cast(case when true then f.credit end as decimal(38, 9)) as i_m_workload_credits__closed_in__sum_credit,
        cast(
            case
                when (f.case_role = 'handling')
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_role_handling,
        cast(
            case
                when (f.case_role = 'panel_member')
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_role_panel_member,
        cast(
            case
                when (f.case_role = 'assistant')
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_role_assistant,
        cast(
            case
                when (f.case_role = 'clerk')
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_role_clerk,
        case when (f.case_role = 'panel_member') then 1 else 0 end as i_m_workload_credits__closed_in__count__case_role_panel_member,
        case when (f.case_role = 'assistant') then 1 else 0 end as i_m_workload_credits__closed_in__count__case_role_assistant,
        case when (f.case_role = 'clerk') then 1 else 0 end as i_m_workload_credits__closed_in__count__case_role_clerk,
        cast(
            case
                when (f.case_kind = 'trial')
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_kind_trial,
        cast(
            case
                when (f.case_kind = 'enforcement')
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_kind_enforcement,
        cast(
            case
                when (f.case_type_code in ('民初', '民终', '民申', '民再', '民特', '破'))
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_type_code_bankruptcy_or_civ1_or_civ2_fd3348fe2d,
        cast(
            case
                when (f.case_type_code in ('刑初', '刑终', '刑申', '刑再'))
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_type_code_crim1_or_crim2_or_crim_peti_8ca86f62bf,
        cast(
            case
                when (f.case_type_code in ('行初', '行终', '行申'))
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_type_code_adm1_or_adm2_or_adm_petition,
        cast(
            case
                when (f.case_type_code in ('民终', '刑终', '行终'))
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_type_code_adm2_or_civ2_or_crim2,
        cast(
            case
                when (f.case_type_code in ('民申', '刑申', '行申', '民再', '刑再'))
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_type_code_adm_petition_or_civ_petitio_8dc8892482
    from {{ relation }} as f
    where f.closing_date is not null
{%- endmacro %}
