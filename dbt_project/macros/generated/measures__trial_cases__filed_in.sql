{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    trial_cases, rows filed in P: 20 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__trial_cases__filed_in() -%}
    {{ return({
        'fact': 'fct_trial_cases',
        'shape': 'monthly',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_trial_cases__filed_in__count__case_type_code_adm1': 'count',
            'm_trial_cases__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition': 'count',
            'm_trial_cases__filed_in__count__case_type_code_bankruptcy': 'count',
            'm_trial_cases__filed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy': 'count',
            'm_trial_cases__filed_in__count__involves_enterprise': 'count',
            'm_trial_cases__filed_in__count__case_type_code_adm1__involves_enterprise': 'count',
            'm_trial_cases__filed_in__count__case_type_code_civ1': 'count',
            'm_trial_cases__filed_in__count__case_type_code_civ2': 'count',
            'm_trial_cases__filed_in__count__case_type_code_crim1': 'count',
            'm_trial_cases__filed_in__count__case_type_code_crim2': 'count',
            'm_trial_cases__filed_in__count': 'count',
            'm_trial_cases__filed_in__count__is_second_instance': 'count',
            'm_trial_cases__filed_in__count__case_type_code_civ_special': 'count',
            'm_trial_cases__filed_in__count__is_first_instance': 'count',
            'm_trial_cases__filed_in__count__case_type_code_not_presuit_confirm': 'count',
            'm_trial_cases__filed_in__sum_claim_amount__case_type_code_civ1': 'sum',
            'm_trial_cases__filed_in__count__case_type_code_civ1__claim_amount_known': 'count',
            'm_trial_cases__filed_in__count__case_type_code_adm1_or_civ1': 'count',
            'm_trial_cases__filed_in__count__case_type_code_civ_special__cause_of_action_v05d74e': 'count',
            'm_trial_cases__filed_in__count__case_type_code_civ1__involves_enterprise': 'count',
        },
        'rows': measure_rows__trial_cases__filed_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__trial_cases__filed_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        cast({{ dbt.date_trunc('month', 'f.filing_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when (f.case_type_code = '行初') then 1 else 0 end as i_m_trial_cases__filed_in__count__case_type_code_adm1,
        case
            when (f.case_type_code in ('民申', '刑申', '行申'))
                then 1
            else 0
        end as i_m_trial_cases__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition,
        case when (f.case_type_code = '破') then 1 else 0 end as i_m_trial_cases__filed_in__count__case_type_code_bankruptcy,
        case
            when (f.case_type_code = '破') and (coalesce(f.bankruptcy_reorganization, false))
                then 1
            else 0
        end as i_m_trial_cases__filed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy,
        case when (coalesce(f.involves_enterprise, false)) then 1 else 0 end as i_m_trial_cases__filed_in__count__involves_enterprise,
        case
            when (f.case_type_code = '行初') and (coalesce(f.involves_enterprise, false))
                then 1
            else 0
        end as i_m_trial_cases__filed_in__count__case_type_code_adm1__involves_enterprise,
        case when (f.case_type_code = '民初') then 1 else 0 end as i_m_trial_cases__filed_in__count__case_type_code_civ1,
        case when (f.case_type_code = '民终') then 1 else 0 end as i_m_trial_cases__filed_in__count__case_type_code_civ2,
        case when (f.case_type_code = '刑初') then 1 else 0 end as i_m_trial_cases__filed_in__count__case_type_code_crim1,
        case when (f.case_type_code = '刑终') then 1 else 0 end as i_m_trial_cases__filed_in__count__case_type_code_crim2,
        case when true then 1 else 0 end as i_m_trial_cases__filed_in__count,
        case when (coalesce(f.is_second_instance, false)) then 1 else 0 end as i_m_trial_cases__filed_in__count__is_second_instance,
        case when (f.case_type_code = '民特') then 1 else 0 end as i_m_trial_cases__filed_in__count__case_type_code_civ_special,
        case when (coalesce(f.is_first_instance, false)) then 1 else 0 end as i_m_trial_cases__filed_in__count__is_first_instance,
        case when (f.case_type_code != '诉前调确') then 1 else 0 end as i_m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm,
        cast(
            case
                when (f.case_type_code = '民初')
                    then f.claim_amount
            end as decimal(38, 9)
        ) as i_m_trial_cases__filed_in__sum_claim_amount__case_type_code_civ1,
        case
            when (f.case_type_code = '民初') and (f.claim_amount is not null)
                then 1
            else 0
        end as i_m_trial_cases__filed_in__count__case_type_code_civ1__claim_amount_known,
        case when (f.case_type_code in ('民初', '行初')) then 1 else 0 end as i_m_trial_cases__filed_in__count__case_type_code_adm1_or_civ1,
        case
            when (f.case_type_code = '民特') and (f.cause_of_action = '申请确认人民调解协议效力')
                then 1
            else 0
        end as i_m_trial_cases__filed_in__count__case_type_code_civ_special__cause_of_action_v05d74e,
        case
            when (f.case_type_code = '民初') and (coalesce(f.involves_enterprise, false))
                then 1
            else 0
        end as i_m_trial_cases__filed_in__count__case_type_code_civ1__involves_enterprise
    from {{ relation }} as f
    where f.filing_date is not null
{%- endmacro %}
