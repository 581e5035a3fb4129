{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    mediations, rows closed in P: 38 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__mediations__closed_in() -%}
    {{ return({
        'fact': 'fct_mediations',
        'shape': 'monthly',
        'levels': ['court', 'person', 'city'],
        'measures': {
            'm_mediations__closed_in__count__result_success__stage_pre_litigation': 'count',
            'm_mediations__closed_in__count__result_failed_or_success__stage_pre_litigation': 'count',
            'm_mediations__closed_in__count__judicial_confirmation__result_success': 'count',
            'm_mediations__closed_in__count__stage_pre_litigation': 'count',
            'm_mediations__closed_in__count__result_success__stage_in_litigation': 'count',
            'm_mediations__closed_in__count__result_failed_or_success__stage_in_litigation': 'count',
            'm_mediations__closed_in__count__judicial_confirmation__result_success__stage_pre_litigation': 'count',
            'm_mediations__closed_in__count__is_converted_to_case__stage_pre_litigation': 'count',
            'm_mediations__closed_in__count__result_withdrawn__stage_pre_litigation': 'count',
            'm_mediations__closed_in__count__days_to_close_le_30__stage_pre_litigation': 'count',
            'm_mediations__closed_in__sum_days_to_close__stage_pre_litigation': 'sum',
            'm_mediations__closed_in__count__days_to_close_known__stage_pre_litigation': 'count',
            'm_mediations__closed_in__sum_days_to_close__stage_in_litigation': 'sum',
            'm_mediations__closed_in__count__days_to_close_known__stage_in_litigation': 'count',
            'm_mediations__closed_in__sum_amount__result_success__stage_pre_litigation': 'sum',
            'm_mediations__closed_in__count__amount_known__result_success__stage_pre_litigation': 'count',
            'm_mediations__closed_in__count__mediator_type_invited_mediator__result_success__stage_8299f7463d': 'count',
            'm_mediations__closed_in__count__mediator_type_invited_mediator__result_failed_or_succ_db81195c6d': 'count',
            'm_mediations__closed_in__count__mediator_type_people_mediation_committee__result_succ_1bdd31eb2d': 'count',
            'm_mediations__closed_in__count__mediator_type_people_mediation_committee__result_fail_4bc030757c': 'count',
            'm_mediations__closed_in__count__mediator_type_industry_organisation__result_success_063af91c04': 'count',
            'm_mediations__closed_in__count__mediator_type_industry_organisation__result_failed_or_6dd6e3cf9f': 'count',
            'm_mediations__closed_in__count__mediator_type_court_staff__result_success__stage_pre_litigation': 'count',
            'm_mediations__closed_in__count__mediator_type_court_staff__result_failed_or_success_acf459e3a8': 'count',
            'm_mediations__closed_in__count__dispute_type_v948447__result_success__stage_pre_litigation': 'count',
            'm_mediations__closed_in__count__dispute_type_v948447__result_failed_or_success__stage_a798075090': 'count',
            'm_mediations__closed_in__count__dispute_type_v8e1420__result_success__stage_pre_litigation': 'count',
            'm_mediations__closed_in__count__dispute_type_v8e1420__result_failed_or_success__stage_b798ccfe74': 'count',
            'm_mediations__closed_in__count__dispute_type_ve66502__result_success__stage_pre_litigation': 'count',
            'm_mediations__closed_in__count__dispute_type_ve66502__result_failed_or_success__stage_2d464f3494': 'count',
            'm_mediations__closed_in__count__dispute_type_v8e475a__result_success__stage_pre_litigation': 'count',
            'm_mediations__closed_in__count__dispute_type_v8e475a__result_failed_or_success__stage_47f292a376': 'count',
            'm_mediations__closed_in__count__dispute_type_v7eeac5__result_success__stage_pre_litigation': 'count',
            'm_mediations__closed_in__count__dispute_type_v7eeac5__result_failed_or_success__stage_3cbdc77e0f': 'count',
            'm_mediations__closed_in__count__dispute_type_v57f385__result_success__stage_pre_litigation': 'count',
            'm_mediations__closed_in__count__dispute_type_v57f385__result_failed_or_success__stage_f37267e0c8': 'count',
            'm_mediations__closed_in__count__dispute_type_va80897__result_success__stage_pre_litigation': 'count',
            'm_mediations__closed_in__count__dispute_type_va80897__result_failed_or_success__stage_9a5d8a7624': 'count',
        },
        'rows': measure_rows__mediations__closed_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__mediations__closed_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        cast({{ dbt.date_trunc('month', 'f.closed_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.guiding_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when (f.stage = 'pre_litigation') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__result_failed_or_success__stage_pre_litigation,
        case
            when (f.result = 'success') and (coalesce(f.judicial_confirmation, false))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__judicial_confirmation__result_success,
        case when (f.stage = 'pre_litigation') then 1 else 0 end as i_m_mediations__closed_in__count__stage_pre_litigation,
        case
            when (f.stage = 'in_litigation') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__result_success__stage_in_litigation,
        case
            when (f.stage = 'in_litigation') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__result_failed_or_success__stage_in_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.result = 'success') and (coalesce(f.judicial_confirmation, false))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__judicial_confirmation__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (coalesce(f.converted_case_number is not null, false))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__is_converted_to_case__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.result = 'withdrawn')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__result_withdrawn__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and ({{ dbt.datediff('f.received_date', 'f.closed_date', 'day') }} <= 30)  -- noqa: LT05
                then 1
            else 0
        end as i_m_mediations__closed_in__count__days_to_close_le_30__stage_pre_litigation,
        cast(
            case
                when (f.stage = 'pre_litigation')
                    then {{ dbt.datediff('f.received_date', 'f.closed_date', 'day') }}  -- noqa: LT05
            end as decimal(38, 9)
        ) as i_m_mediations__closed_in__sum_days_to_close__stage_pre_litigation,
        case
            when
                (f.stage = 'pre_litigation')
                and ({{ dbt.datediff('f.received_date', 'f.closed_date', 'day') }} is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_mediations__closed_in__count__days_to_close_known__stage_pre_litigation,
        cast(
            case
                when (f.stage = 'in_litigation')
                    then {{ dbt.datediff('f.received_date', 'f.closed_date', 'day') }}  -- noqa: LT05
            end as decimal(38, 9)
        ) as i_m_mediations__closed_in__sum_days_to_close__stage_in_litigation,
        case
            when (f.stage = 'in_litigation') and ({{ dbt.datediff('f.received_date', 'f.closed_date', 'day') }} is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_mediations__closed_in__count__days_to_close_known__stage_in_litigation,
        cast(
            case
                when (f.stage = 'pre_litigation') and (f.result = 'success')
                    then f.amount
            end as decimal(38, 9)
        ) as i_m_mediations__closed_in__sum_amount__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.result = 'success') and (f.amount is not null)
                then 1
            else 0
        end as i_m_mediations__closed_in__count__amount_known__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.mediator_type = 'invited_mediator') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__mediator_type_invited_mediator__result_success__stage_8299f7463d,
        case
            when (f.stage = 'pre_litigation') and (f.mediator_type = 'invited_mediator') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__mediator_type_invited_mediator__result_failed_or_succ_db81195c6d,
        case
            when (f.stage = 'pre_litigation') and (f.mediator_type = 'people_mediation_committee') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_succ_1bdd31eb2d,
        case
            when (f.stage = 'pre_litigation') and (f.mediator_type = 'people_mediation_committee') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_fail_4bc030757c,
        case
            when (f.stage = 'pre_litigation') and (f.mediator_type = 'industry_organisation') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__mediator_type_industry_organisation__result_success_063af91c04,
        case
            when (f.stage = 'pre_litigation') and (f.mediator_type = 'industry_organisation') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__mediator_type_industry_organisation__result_failed_or_6dd6e3cf9f,
        case
            when (f.stage = 'pre_litigation') and (f.mediator_type = 'court_staff') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__mediator_type_court_staff__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.mediator_type = 'court_staff') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__mediator_type_court_staff__result_failed_or_success_acf459e3a8,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '婚姻家庭') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v948447__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '婚姻家庭') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v948447__result_failed_or_success__stage_a798075090,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '民间借贷') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v8e1420__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '民间借贷') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v8e1420__result_failed_or_success__stage_b798ccfe74,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '物业服务') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_ve66502__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '物业服务') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_ve66502__result_failed_or_success__stage_2d464f3494,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '买卖合同') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v8e475a__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '买卖合同') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v8e475a__result_failed_or_success__stage_47f292a376,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '劳动争议') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v7eeac5__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '劳动争议') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v7eeac5__result_failed_or_success__stage_3cbdc77e0f,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '金融借款') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v57f385__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '金融借款') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v57f385__result_failed_or_success__stage_f37267e0c8,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '交通事故') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_va80897__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '交通事故') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_va80897__result_failed_or_success__stage_9a5d8a7624
    from {{ relation }} as f
    where f.closed_date is not null
{%- endmacro %}
