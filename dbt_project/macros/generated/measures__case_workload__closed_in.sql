{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    case_workload, rows closed in P: 11 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__case_workload__closed_in() -%}
    {{ return({
        'fact': 'int_case_weights',
        'shape': 'monthly',
        'levels': ['court', 'department', 'city'],
        'measures': {
            'm_case_workload__closed_in__sum_case_weight': 'sum',
            'm_case_workload__closed_in__sum_case_weight__case_kind_trial': 'sum',
            'm_case_workload__closed_in__sum_case_weight__case_kind_enforcement': 'sum',
            'm_case_workload__closed_in__sum_case_weight__case_type_code_bankruptcy_or_civ1_or_civ_520203f81f': 'sum',
            'm_case_workload__closed_in__sum_case_weight__case_type_code_crim1_or_crim2_or_crim_pe_a5effa73a1': 'sum',
            'm_case_workload__closed_in__sum_case_weight__case_type_code_adm1_or_adm2_or_adm_petition': 'sum',
            'm_case_workload__closed_in__sum_case_weight__case_type_code_adm2_or_civ2_or_crim2': 'sum',
            'm_case_workload__closed_in__sum_case_weight__case_type_code_adm_petition_or_civ_petit_c449e68d5e': 'sum',
            'm_case_workload__closed_in__count__case_weight_known': 'count',
            'm_case_workload__closed_in__count__not_has_configured_weight': 'count',
            'm_case_workload__closed_in__count': 'count',
        },
        'rows': measure_rows__case_workload__closed_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__case_workload__closed_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        cast({{ dbt.date_trunc('month', 'f.closing_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        cast(case when true then f.case_weight end as decimal(38, 9)) as i_m_case_workload__closed_in__sum_case_weight,
        cast(
            case
                when (f.case_kind = 'trial')
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_kind_trial,
        cast(
            case
                when (f.case_kind = 'enforcement')
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_kind_enforcement,
        cast(
            case
                when (f.case_type_code in ('民初', '民终', '民申', '民再', '民特', '破'))
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_type_code_bankruptcy_or_civ1_or_civ_520203f81f,
        cast(
            case
                when (f.case_type_code in ('刑初', '刑终', '刑申', '刑再'))
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_type_code_crim1_or_crim2_or_crim_pe_a5effa73a1,
        cast(
            case
                when (f.case_type_code in ('行初', '行终', '行申'))
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm1_or_adm2_or_adm_petition,
        cast(
            case
                when (f.case_type_code in ('民终', '刑终', '行终'))
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm2_or_civ2_or_crim2,
        cast(
            case
                when (f.case_type_code in ('民申', '刑申', '行申', '民再', '刑再'))
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm_petition_or_civ_petit_c449e68d5e,
        case when (f.case_weight is not null) then 1 else 0 end as i_m_case_workload__closed_in__count__case_weight_known,
        case when ((f.has_configured_weight) = false) then 1 else 0 end as i_m_case_workload__closed_in__count__not_has_configured_weight,
        case when true then 1 else 0 end as i_m_case_workload__closed_in__count
    from {{ relation }} as f
    where f.closing_date is not null
{%- endmacro %}
