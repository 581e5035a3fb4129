-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- mediations, rows closed in P: 38 additive measures by month, rolled up
{{ config(materialized=measure_part_materialization()) }}
with

period_months as (

    select * from {{ ref('int_indicator_build_period_months') }}

),

fact_rows as (

    select * from {{ ref('fct_mediations') }}

),

row_inputs as (

    select
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
    from fact_rows as f
    where f.closed_date is not null

),

entity_months as (

    select
        month_start,
        court_entity,
        person_entity,
        city_entity,
        sum(i_m_mediations__closed_in__count__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__result_failed_or_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__result_failed_or_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__judicial_confirmation__result_success)
            as i_m_mediations__closed_in__count__judicial_confirmation__result_success,
        sum(i_m_mediations__closed_in__count__stage_pre_litigation) as i_m_mediations__closed_in__count__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__result_success__stage_in_litigation)
            as i_m_mediations__closed_in__count__result_success__stage_in_litigation,
        sum(i_m_mediations__closed_in__count__result_failed_or_success__stage_in_litigation)
            as i_m_mediations__closed_in__count__result_failed_or_success__stage_in_litigation,
        sum(i_m_mediations__closed_in__count__judicial_confirmation__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__judicial_confirmation__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__is_converted_to_case__stage_pre_litigation)
            as i_m_mediations__closed_in__count__is_converted_to_case__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__result_withdrawn__stage_pre_litigation)
            as i_m_mediations__closed_in__count__result_withdrawn__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__days_to_close_le_30__stage_pre_litigation)
            as i_m_mediations__closed_in__count__days_to_close_le_30__stage_pre_litigation,
        sum(i_m_mediations__closed_in__sum_days_to_close__stage_pre_litigation)
            as i_m_mediations__closed_in__sum_days_to_close__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__days_to_close_known__stage_pre_litigation)
            as i_m_mediations__closed_in__count__days_to_close_known__stage_pre_litigation,
        sum(i_m_mediations__closed_in__sum_days_to_close__stage_in_litigation)
            as i_m_mediations__closed_in__sum_days_to_close__stage_in_litigation,
        sum(i_m_mediations__closed_in__count__days_to_close_known__stage_in_litigation)
            as i_m_mediations__closed_in__count__days_to_close_known__stage_in_litigation,
        sum(i_m_mediations__closed_in__sum_amount__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__sum_amount__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__amount_known__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__amount_known__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__mediator_type_invited_mediator__result_success__stage_8299f7463d)
            as i_m_mediations__closed_in__count__mediator_type_invited_mediator__result_success__stage_8299f7463d,
        sum(i_m_mediations__closed_in__count__mediator_type_invited_mediator__result_failed_or_succ_db81195c6d)
            as i_m_mediations__closed_in__count__mediator_type_invited_mediator__result_failed_or_succ_db81195c6d,
        sum(i_m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_succ_1bdd31eb2d)
            as i_m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_succ_1bdd31eb2d,
        sum(i_m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_fail_4bc030757c)
            as i_m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_fail_4bc030757c,
        sum(i_m_mediations__closed_in__count__mediator_type_industry_organisation__result_success_063af91c04)
            as i_m_mediations__closed_in__count__mediator_type_industry_organisation__result_success_063af91c04,
        sum(i_m_mediations__closed_in__count__mediator_type_industry_organisation__result_failed_or_6dd6e3cf9f)
            as i_m_mediations__closed_in__count__mediator_type_industry_organisation__result_failed_or_6dd6e3cf9f,
        sum(i_m_mediations__closed_in__count__mediator_type_court_staff__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__mediator_type_court_staff__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__mediator_type_court_staff__result_failed_or_success_acf459e3a8)
            as i_m_mediations__closed_in__count__mediator_type_court_staff__result_failed_or_success_acf459e3a8,
        sum(i_m_mediations__closed_in__count__dispute_type_v948447__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__dispute_type_v948447__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__dispute_type_v948447__result_failed_or_success__stage_a798075090)
            as i_m_mediations__closed_in__count__dispute_type_v948447__result_failed_or_success__stage_a798075090,
        sum(i_m_mediations__closed_in__count__dispute_type_v8e1420__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__dispute_type_v8e1420__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__dispute_type_v8e1420__result_failed_or_success__stage_b798ccfe74)
            as i_m_mediations__closed_in__count__dispute_type_v8e1420__result_failed_or_success__stage_b798ccfe74,
        sum(i_m_mediations__closed_in__count__dispute_type_ve66502__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__dispute_type_ve66502__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__dispute_type_ve66502__result_failed_or_success__stage_2d464f3494)
            as i_m_mediations__closed_in__count__dispute_type_ve66502__result_failed_or_success__stage_2d464f3494,
        sum(i_m_mediations__closed_in__count__dispute_type_v8e475a__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__dispute_type_v8e475a__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__dispute_type_v8e475a__result_failed_or_success__stage_47f292a376)
            as i_m_mediations__closed_in__count__dispute_type_v8e475a__result_failed_or_success__stage_47f292a376,
        sum(i_m_mediations__closed_in__count__dispute_type_v7eeac5__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__dispute_type_v7eeac5__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__dispute_type_v7eeac5__result_failed_or_success__stage_3cbdc77e0f)
            as i_m_mediations__closed_in__count__dispute_type_v7eeac5__result_failed_or_success__stage_3cbdc77e0f,
        sum(i_m_mediations__closed_in__count__dispute_type_v57f385__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__dispute_type_v57f385__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__dispute_type_v57f385__result_failed_or_success__stage_f37267e0c8)
            as i_m_mediations__closed_in__count__dispute_type_v57f385__result_failed_or_success__stage_f37267e0c8,
        sum(i_m_mediations__closed_in__count__dispute_type_va80897__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__dispute_type_va80897__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__dispute_type_va80897__result_failed_or_success__stage_9a5d8a7624)
            as i_m_mediations__closed_in__count__dispute_type_va80897__result_failed_or_success__stage_9a5d8a7624
    from row_inputs
    group by month_start, court_entity, person_entity, city_entity

),

by_level as (

    {{ crossed_with_levels('entity_months', ['court', 'person', 'city']) }}

),

level_months as (

    select
        level,
        entity_id,
        month_start,
        sum(i_m_mediations__closed_in__count__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__result_failed_or_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__result_failed_or_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__judicial_confirmation__result_success)
            as i_m_mediations__closed_in__count__judicial_confirmation__result_success,
        sum(i_m_mediations__closed_in__count__stage_pre_litigation) as i_m_mediations__closed_in__count__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__result_success__stage_in_litigation)
            as i_m_mediations__closed_in__count__result_success__stage_in_litigation,
        sum(i_m_mediations__closed_in__count__result_failed_or_success__stage_in_litigation)
            as i_m_mediations__closed_in__count__result_failed_or_success__stage_in_litigation,
        sum(i_m_mediations__closed_in__count__judicial_confirmation__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__judicial_confirmation__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__is_converted_to_case__stage_pre_litigation)
            as i_m_mediations__closed_in__count__is_converted_to_case__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__result_withdrawn__stage_pre_litigation)
            as i_m_mediations__closed_in__count__result_withdrawn__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__days_to_close_le_30__stage_pre_litigation)
            as i_m_mediations__closed_in__count__days_to_close_le_30__stage_pre_litigation,
        sum(i_m_mediations__closed_in__sum_days_to_close__stage_pre_litigation)
            as i_m_mediations__closed_in__sum_days_to_close__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__days_to_close_known__stage_pre_litigation)
            as i_m_mediations__closed_in__count__days_to_close_known__stage_pre_litigation,
        sum(i_m_mediations__closed_in__sum_days_to_close__stage_in_litigation)
            as i_m_mediations__closed_in__sum_days_to_close__stage_in_litigation,
        sum(i_m_mediations__closed_in__count__days_to_close_known__stage_in_litigation)
            as i_m_mediations__closed_in__count__days_to_close_known__stage_in_litigation,
        sum(i_m_mediations__closed_in__sum_amount__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__sum_amount__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__amount_known__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__amount_known__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__mediator_type_invited_mediator__result_success__stage_8299f7463d)
            as i_m_mediations__closed_in__count__mediator_type_invited_mediator__result_success__stage_8299f7463d,
        sum(i_m_mediations__closed_in__count__mediator_type_invited_mediator__result_failed_or_succ_db81195c6d)
            as i_m_mediations__closed_in__count__mediator_type_invited_mediator__result_failed_or_succ_db81195c6d,
        sum(i_m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_succ_1bdd31eb2d)
            as i_m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_succ_1bdd31eb2d,
        sum(i_m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_fail_4bc030757c)
            as i_m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_fail_4bc030757c,
        sum(i_m_mediations__closed_in__count__mediator_type_industry_organisation__result_success_063af91c04)
            as i_m_mediations__closed_in__count__mediator_type_industry_organisation__result_success_063af91c04,
        sum(i_m_mediations__closed_in__count__mediator_type_industry_organisation__result_failed_or_6dd6e3cf9f)
            as i_m_mediations__closed_in__count__mediator_type_industry_organisation__result_failed_or_6dd6e3cf9f,
        sum(i_m_mediations__closed_in__count__mediator_type_court_staff__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__mediator_type_court_staff__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__mediator_type_court_staff__result_failed_or_success_acf459e3a8)
            as i_m_mediations__closed_in__count__mediator_type_court_staff__result_failed_or_success_acf459e3a8,
        sum(i_m_mediations__closed_in__count__dispute_type_v948447__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__dispute_type_v948447__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__dispute_type_v948447__result_failed_or_success__stage_a798075090)
            as i_m_mediations__closed_in__count__dispute_type_v948447__result_failed_or_success__stage_a798075090,
        sum(i_m_mediations__closed_in__count__dispute_type_v8e1420__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__dispute_type_v8e1420__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__dispute_type_v8e1420__result_failed_or_success__stage_b798ccfe74)
            as i_m_mediations__closed_in__count__dispute_type_v8e1420__result_failed_or_success__stage_b798ccfe74,
        sum(i_m_mediations__closed_in__count__dispute_type_ve66502__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__dispute_type_ve66502__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__dispute_type_ve66502__result_failed_or_success__stage_2d464f3494)
            as i_m_mediations__closed_in__count__dispute_type_ve66502__result_failed_or_success__stage_2d464f3494,
        sum(i_m_mediations__closed_in__count__dispute_type_v8e475a__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__dispute_type_v8e475a__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__dispute_type_v8e475a__result_failed_or_success__stage_47f292a376)
            as i_m_mediations__closed_in__count__dispute_type_v8e475a__result_failed_or_success__stage_47f292a376,
        sum(i_m_mediations__closed_in__count__dispute_type_v7eeac5__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__dispute_type_v7eeac5__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__dispute_type_v7eeac5__result_failed_or_success__stage_3cbdc77e0f)
            as i_m_mediations__closed_in__count__dispute_type_v7eeac5__result_failed_or_success__stage_3cbdc77e0f,
        sum(i_m_mediations__closed_in__count__dispute_type_v57f385__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__dispute_type_v57f385__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__dispute_type_v57f385__result_failed_or_success__stage_f37267e0c8)
            as i_m_mediations__closed_in__count__dispute_type_v57f385__result_failed_or_success__stage_f37267e0c8,
        sum(i_m_mediations__closed_in__count__dispute_type_va80897__result_success__stage_pre_litigation)
            as i_m_mediations__closed_in__count__dispute_type_va80897__result_success__stage_pre_litigation,
        sum(i_m_mediations__closed_in__count__dispute_type_va80897__result_failed_or_success__stage_9a5d8a7624)
            as i_m_mediations__closed_in__count__dispute_type_va80897__result_failed_or_success__stage_9a5d8a7624
    from by_level
    where entity_id is not null
    group by level, entity_id, month_start

)

select
    level_months.level,
    level_months.entity_id,
    period_months.period_type,
    period_months.period,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__result_success__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__result_success__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__result_failed_or_success__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__result_failed_or_success__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__judicial_confirmation__result_success)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__judicial_confirmation__result_success,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__result_success__stage_in_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__result_success__stage_in_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__result_failed_or_success__stage_in_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__result_failed_or_success__stage_in_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__judicial_confirmation__result_success__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__judicial_confirmation__result_success__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__is_converted_to_case__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__is_converted_to_case__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__result_withdrawn__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__result_withdrawn__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__days_to_close_le_30__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__days_to_close_le_30__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__sum_days_to_close__stage_pre_litigation)
        as double
    ) as m_mediations__closed_in__sum_days_to_close__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__days_to_close_known__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__days_to_close_known__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__sum_days_to_close__stage_in_litigation)
        as double
    ) as m_mediations__closed_in__sum_days_to_close__stage_in_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__days_to_close_known__stage_in_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__days_to_close_known__stage_in_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__sum_amount__result_success__stage_pre_litigation)
        as double
    ) as m_mediations__closed_in__sum_amount__result_success__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__amount_known__result_success__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__amount_known__result_success__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__mediator_type_invited_mediator__result_success__stage_8299f7463d)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__mediator_type_invited_mediator__result_success__stage_8299f7463d,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__mediator_type_invited_mediator__result_failed_or_succ_db81195c6d)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__mediator_type_invited_mediator__result_failed_or_succ_db81195c6d,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_succ_1bdd31eb2d)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_succ_1bdd31eb2d,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_fail_4bc030757c)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_fail_4bc030757c,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__mediator_type_industry_organisation__result_success_063af91c04)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__mediator_type_industry_organisation__result_success_063af91c04,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__mediator_type_industry_organisation__result_failed_or_6dd6e3cf9f)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__mediator_type_industry_organisation__result_failed_or_6dd6e3cf9f,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__mediator_type_court_staff__result_success__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__mediator_type_court_staff__result_success__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__mediator_type_court_staff__result_failed_or_success_acf459e3a8)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__mediator_type_court_staff__result_failed_or_success_acf459e3a8,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__dispute_type_v948447__result_success__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__dispute_type_v948447__result_success__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__dispute_type_v948447__result_failed_or_success__stage_a798075090)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__dispute_type_v948447__result_failed_or_success__stage_a798075090,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__dispute_type_v8e1420__result_success__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__dispute_type_v8e1420__result_success__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__dispute_type_v8e1420__result_failed_or_success__stage_b798ccfe74)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__dispute_type_v8e1420__result_failed_or_success__stage_b798ccfe74,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__dispute_type_ve66502__result_success__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__dispute_type_ve66502__result_success__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__dispute_type_ve66502__result_failed_or_success__stage_2d464f3494)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__dispute_type_ve66502__result_failed_or_success__stage_2d464f3494,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__dispute_type_v8e475a__result_success__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__dispute_type_v8e475a__result_success__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__dispute_type_v8e475a__result_failed_or_success__stage_47f292a376)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__dispute_type_v8e475a__result_failed_or_success__stage_47f292a376,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__dispute_type_v7eeac5__result_success__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__dispute_type_v7eeac5__result_success__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__dispute_type_v7eeac5__result_failed_or_success__stage_3cbdc77e0f)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__dispute_type_v7eeac5__result_failed_or_success__stage_3cbdc77e0f,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__dispute_type_v57f385__result_success__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__dispute_type_v57f385__result_success__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__dispute_type_v57f385__result_failed_or_success__stage_f37267e0c8)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__dispute_type_v57f385__result_failed_or_success__stage_f37267e0c8,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__dispute_type_va80897__result_success__stage_pre_litigation)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__dispute_type_va80897__result_success__stage_pre_litigation,
    cast(
        sum(level_months.i_m_mediations__closed_in__count__dispute_type_va80897__result_failed_or_success__stage_9a5d8a7624)
        as {{ dbt.type_bigint() }}
    ) as m_mediations__closed_in__count__dispute_type_va80897__result_failed_or_success__stage_9a5d8a7624
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
