-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- Every measure of the catalog, one row per (level, entity, period).
with

periods as (

    select * from {{ ref('int_indicator_build_periods') }}

),

scaffold as (

    select * from {{ ref('int_indicator_scaffold') }}

),

m0 as (

    select * from {{ ref('int_indicator_measures__case_inspections__inspected_in') }}

),

m1 as (

    select * from {{ ref('int_indicator_measures__case_reviews__closed_in') }}

),

m2 as (

    select * from {{ ref('int_indicator_measures__case_reviews__filed_in') }}

),

m3 as (

    select * from {{ ref('int_indicator_measures__case_workload__closed_in') }}

),

m4 as (

    select * from {{ ref('int_indicator_measures__case_workload__filed_in') }}

),

m5 as (

    select * from {{ ref('int_indicator_measures__commercial_disputes__appealed_in') }}

),

m6 as (

    select * from {{ ref('int_indicator_measures__commercial_disputes__effective_in') }}

),

m7 as (

    select * from {{ ref('int_indicator_measures__commercial_disputes__resolved_in') }}

),

m8 as (

    select * from {{ ref('int_indicator_measures__conduct_events__occurred_in') }}

),

m9 as (

    select * from {{ ref('int_indicator_measures__documents__published_in') }}

),

m10 as (

    select * from {{ ref('int_indicator_measures__documents__signed_in') }}

),

m11 as (

    select * from {{ ref('int_indicator_measures__enforcement_actions__taken_in') }}

),

m12 as (

    select * from {{ ref('int_indicator_measures__enforcement_cases__carried_over') }}

),

m13 as (

    select * from {{ ref('int_indicator_measures__enforcement_cases__closed_in') }}

),

m14 as (

    select * from {{ ref('int_indicator_measures__enforcement_cases__closed_in__per_period') }}

),

m15 as (

    select * from {{ ref('int_indicator_measures__enforcement_cases__filed_in') }}

),

m16 as (

    select * from {{ ref('int_indicator_measures__enforcement_cases__pending_at_end') }}

),

m17 as (

    select * from {{ ref('int_indicator_measures__evaluations__for_period__per_period') }}

),

m18 as (

    select * from {{ ref('int_indicator_measures__hearings__held_in') }}

),

m19 as (

    select * from {{ ref('int_indicator_measures__hearings__scheduled_in') }}

),

m20 as (

    select * from {{ ref('int_indicator_measures__mediations__closed_in') }}

),

m21 as (

    select * from {{ ref('int_indicator_measures__mediations__closed_in__per_period') }}

),

m22 as (

    select * from {{ ref('int_indicator_measures__mediations__open_at_end') }}

),

m23 as (

    select * from {{ ref('int_indicator_measures__mediations__received_in') }}

),

m24 as (

    select * from {{ ref('int_indicator_measures__mediations__received_in__per_period') }}

),

m25 as (

    select * from {{ ref('int_indicator_measures__petitions__open_at_end') }}

),

m26 as (

    select * from {{ ref('int_indicator_measures__petitions__open_at_start__per_period') }}

),

m27 as (

    select * from {{ ref('int_indicator_measures__petitions__open_at_start') }}

),

m28 as (

    select * from {{ ref('int_indicator_measures__petitions__received_in') }}

),

m29 as (

    select * from {{ ref('int_indicator_measures__petitions__received_in__per_period') }}

),

m30 as (

    select * from {{ ref('int_indicator_measures__petitions__resolved_in') }}

),

m31 as (

    select * from {{ ref('int_indicator_measures__petitions__resolved_in__per_period') }}

),

m32 as (

    select * from {{ ref('int_indicator_measures__quota_judges__posted_in__per_period') }}

),

m33 as (

    select * from {{ ref('int_indicator_measures__trial_cases__carried_over__per_period') }}

),

m34 as (

    select * from {{ ref('int_indicator_measures__trial_cases__carried_over') }}

),

m35 as (

    select * from {{ ref('int_indicator_measures__trial_cases__closed_in') }}

),

m36 as (

    select * from {{ ref('int_indicator_measures__trial_cases__closed_in__per_period') }}

),

m37 as (

    select * from {{ ref('int_indicator_measures__trial_cases__filed_in') }}

),

m38 as (

    select * from {{ ref('int_indicator_measures__trial_cases__filed_in__per_period') }}

),

m39 as (

    select * from {{ ref('int_indicator_measures__trial_cases__pending_at_end') }}

),

m40 as (

    select * from {{ ref('int_indicator_measures__work_items__dated_in') }}

),

m41 as (

    select * from {{ ref('int_indicator_measures__workload_credits__closed_in') }}

),

keys as (

    select
        level,
        entity_id,
        period_type,
        period
    from scaffold
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m0
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m1
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m2
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m3
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m4
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m5
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m6
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m7
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m8
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m9
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m10
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m11
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m12
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m13
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m14
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m15
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m16
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m17
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m18
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m19
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m20
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m21
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m22
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m23
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m24
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m25
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m26
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m27
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m28
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m29
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m30
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m31
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m32
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m33
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m34
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m35
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m36
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m37
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m38
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m39
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m40
    union
    select
        level,
        entity_id,
        period_type,
        period
    from m41

),

final as (

    select
        keys.level,
        keys.entity_id,
        keys.period_type,
        keys.period,
        periods.period_start,
        periods.period_end,
        periods.days_in_period,
        scaffold.court_code,
        scaffold.role,
        scaffold.business_line,
        scaffold.population,
        m0.m_case_inspections__inspected_in__count,
        m0.m_case_inspections__inspected_in__count__result_excellent,
        m0.m_case_inspections__inspected_in__count__result_excellent_or_qualified,
        m0.m_case_inspections__inspected_in__count__result_flawed,
        m0.m_case_inspections__inspected_in__count__result_unqualified,
        m0.m_case_inspections__inspected_in__sum_score,
        m0.m_case_inspections__inspected_in__count__score_known,
        m0.m_case_inspections__inspected_in__sum_defect_count,
        m0.m_case_inspections__inspected_in__count__inspection_type_key,
        m0.m_case_inspections__inspected_in__count__inspection_type_key__result_unqualified,
        m0.m_case_inspections__inspected_in__count__inspection_type_routine__result_excellent_or_qualified,
        m0.m_case_inspections__inspected_in__count__inspection_type_routine,
        m0.m_case_inspections__inspected_in__sum_score__inspection_type_routine,
        m0.m_case_inspections__inspected_in__count__inspection_type_routine__score_known,
        m0.m_case_inspections__inspected_in__count__inspection_type_special,
        m1.m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_38dc35b63d,
        m1.m_case_reviews__closed_in__count__is_second_instance__review_outcome_amended,
        m1.m_case_reviews__closed_in__count__is_second_instance__review_outcome_remanded,
        m1.m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance,
        m1.m_case_reviews__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__is_amen_7c76016cb2,
        m1.m_case_reviews__closed_in__count__case_type_code_civ2__involves_enterprise__is_amende_cfe0a39d28,
        m1.m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_ed86186642,
        m1.m_case_reviews__closed_in__count__is_amended_or_remanded__is_second_instance__origina_2d70d6ee26,
        m1.m_case_reviews__closed_in__count__is_second_instance__original_case_type_code_crim1_b76f601e6f,
        m2.m_case_reviews__filed_in__count__case_type_code_adm_petition,
        m2.m_case_reviews__filed_in__count__is_second_instance,
        m2.m_case_reviews__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition,
        m2.m_case_reviews__filed_in__count__case_type_code_civ_petition,
        m2.m_case_reviews__filed_in__count__case_type_code_crim_petition,
        m2.m_case_reviews__filed_in__count,
        m3.m_case_workload__closed_in__sum_case_weight,
        m3.m_case_workload__closed_in__sum_case_weight__case_kind_trial,
        m3.m_case_workload__closed_in__sum_case_weight__case_kind_enforcement,
        m3.m_case_workload__closed_in__sum_case_weight__case_type_code_bankruptcy_or_civ1_or_civ_520203f81f,
        m3.m_case_workload__closed_in__sum_case_weight__case_type_code_crim1_or_crim2_or_crim_pe_a5effa73a1,
        m3.m_case_workload__closed_in__sum_case_weight__case_type_code_adm1_or_adm2_or_adm_petition,
        m3.m_case_workload__closed_in__sum_case_weight__case_type_code_adm2_or_civ2_or_crim2,
        m3.m_case_workload__closed_in__sum_case_weight__case_type_code_adm_petition_or_civ_petit_c449e68d5e,
        m3.m_case_workload__closed_in__count__case_weight_known,
        m3.m_case_workload__closed_in__count__not_has_configured_weight,
        m3.m_case_workload__closed_in__count,
        m4.m_case_workload__filed_in__sum_case_weight,
        m5.m_commercial_disputes__appealed_in__sum_appeal_transfer_days__involves_enterprise__is_appealed,
        m5.m_commercial_disputes__appealed_in__count__appeal_transfer_days_known__involves_enter_0013520332,
        m6.m_commercial_disputes__effective_in__count__has_enforcement__is_effective,
        m6.m_commercial_disputes__effective_in__count__is_effective,
        m6.m_commercial_disputes__effective_in__count__has_preservation__involves_enterprise__is_effective,
        m6.m_commercial_disputes__effective_in__count__involves_enterprise__is_effective,
        m7.m_commercial_disputes__resolved_in__sum_total_days__involves_enterprise,
        m7.m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_known,
        m7.m_commercial_disputes__resolved_in__sum_first_instance_days__involves_enterprise,
        m7.m_commercial_disputes__resolved_in__count__first_instance_days_known__involves_enterprise,
        m7.m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_le_365,
        m7.m_commercial_disputes__resolved_in__count__involves_enterprise,
        m7.m_commercial_disputes__resolved_in__sum_appeal_days__involves_enterprise__is_appealed,
        m7.m_commercial_disputes__resolved_in__count__appeal_days_known__involves_enterprise__is_appealed,
        m7.m_commercial_disputes__resolved_in__sum_enforcement_days__involves_enterprise,
        m7.m_commercial_disputes__resolved_in__count__enforcement_days_known__involves_enterprise,
        m7.m_commercial_disputes__resolved_in__sum_enforcement_executed_amount__involves_enterprise,
        m7.m_commercial_disputes__resolved_in__sum_enforcement_applied_amount__involves_enterprise,
        m7.m_commercial_disputes__resolved_in__count__enforcement_closing_method_terminated_proc_54f29cdd4d,
        m7.m_commercial_disputes__resolved_in__count__involves_enterprise__is_enforcement_within_limit,
        m7.m_commercial_disputes__resolved_in__sum_enforcement_fee_ratio__involves_enterprise,
        m7.m_commercial_disputes__resolved_in__count__enforcement_fee_ratio_known__involves_enterprise,
        m8.m_conduct_events__occurred_in__count__event_type_verified_complaint__verified,
        m8.m_conduct_events__occurred_in__count__event_type_overdue_case__verified,
        m8.m_conduct_events__occurred_in__count__event_type_document_error__verified,
        m8.m_conduct_events__occurred_in__count__event_type_hearing_absence__verified,
        m8.m_conduct_events__occurred_in__count__event_type_late_upload__verified,
        m8.m_conduct_events__occurred_in__count__event_type_disciplinary_action__verified,
        m8.m_conduct_events__occurred_in__count__event_type_wrongful_judgment__verified,
        m8.m_conduct_events__occurred_in__count__event_type_integrity_violation__verified,
        m8.m_conduct_events__occurred_in__count__event_type_commendation__verified,
        m8.m_conduct_events__occurred_in__count__event_type_not_commendation__verified,
        m8.m_conduct_events__occurred_in__count__event_type_not_commendation__severity_severe__verified,
        m8.m_conduct_events__occurred_in__count__event_type_disciplinary_action_or_integrity_vio_cf3c0793c5,
        m8.m_conduct_events__occurred_in__count__event_type_hearing_absence_or_late_upload_or_ov_d9fdd41c7f,
        m8.m_conduct_events__occurred_in__count__event_type_not_commendation__source_inspection__verified,
        m8.m_conduct_events__occurred_in__count__event_type_not_commendation__source_audit__verified,
        m8.m_conduct_events__occurred_in__count__event_type_not_commendation__source_system__verified,
        m8.m_conduct_events__occurred_in__count__source_complaint__verified,
        m8.m_conduct_events__occurred_in__count__source_complaint,
        m9.m_documents__published_in__count__published_online,
        m9.m_documents__published_in__sum_days_to_publish__published_online,
        m9.m_documents__published_in__count__days_to_publish_known__published_online,
        m9.m_documents__published_in__count__days_to_publish_le_30__published_online,
        m10.m_documents__signed_in__count,
        m10.m_documents__signed_in__count__doc_type_judgment__published_online,
        m10.m_documents__signed_in__count__doc_type_judgment,
        m10.m_documents__signed_in__count__doc_type_ruling__published_online,
        m10.m_documents__signed_in__count__doc_type_ruling,
        m10.m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_3293c8882b,
        m10.m_documents__signed_in__count__case_type_code_civ1_or_civ2_or_civ_petition_or_civ_ret_08ec1674cc,
        m10.m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_1d20c789e3,
        m10.m_documents__signed_in__count__case_type_code_crim1_or_crim2_or_crim_petition_or_crim_retrial,
        m10.m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition__published_online,
        m10.m_documents__signed_in__count__case_type_code_adm1_or_adm2_or_adm_petition,
        m10.m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2__published_online,
        m10.m_documents__signed_in__count__case_type_code_adm2_or_civ2_or_crim2,
        m10.m_documents__signed_in__count__not_published_online,
        m10.m_documents__signed_in__count__has_errata,
        m10.m_documents__signed_in__count__doc_type_judgment__has_errata,
        m10.m_documents__signed_in__sum_errata_count,
        m10.m_documents__signed_in__count__published_online,
        m11.m_enforcement_actions__taken_in__count,
        m11.m_enforcement_actions__taken_in__count__action_type_property_inquiry,
        m11.m_enforcement_actions__taken_in__count__action_type_seizure,
        m11.m_enforcement_actions__taken_in__count__action_type_freeze,
        m11.m_enforcement_actions__taken_in__count__action_type_deduction,
        m11.m_enforcement_actions__taken_in__count__action_type_auction,
        m11.m_enforcement_actions__taken_in__count__action_type_dishonest_list,
        m11.m_enforcement_actions__taken_in__count__action_type_consumption_restriction,
        m11.m_enforcement_actions__taken_in__count__action_type_detention,
        m11.m_enforcement_actions__taken_in__count__action_type_fine,
        m11.m_enforcement_actions__taken_in__count__action_type_consumption_restriction_or_dishonest_list,
        m11.m_enforcement_actions__taken_in__count__action_type_detention_or_fine,
        m11.m_enforcement_actions__taken_in__sum_amount__action_type_deduction,
        m11.m_enforcement_actions__taken_in__sum_amount__action_type_auction,
        m12.m_enforcement_cases__carried_over__count,
        m12.m_enforcement_cases__carried_over__count__is_first_enforcement,
        m12.m_enforcement_cases__carried_over__count__case_type_code_not_v4f173f_or_vcef0b2,
        m13.m_enforcement_cases__closed_in__sum_duration_days__case_type_code_vcef0b2,
        m13.m_enforcement_cases__closed_in__count__case_type_code_vcef0b2__duration_days_known,
        m13.m_enforcement_cases__closed_in__count__case_type_code_vcef0b2__duration_days_le_5,
        m13.m_enforcement_cases__closed_in__count__case_type_code_vcef0b2,
        m13.m_enforcement_cases__closed_in__count,
        m13.m_enforcement_cases__closed_in__count__closing_method_fully_executed__is_first_enforcement,
        m13.m_enforcement_cases__closed_in__count__is_first_enforcement,
        m13.m_enforcement_cases__closed_in__sum_executed_amount__is_first_enforcement,
        m13.m_enforcement_cases__closed_in__sum_applied_amount__is_first_enforcement,
        m13.m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_enforcement,
        m13.m_enforcement_cases__closed_in__count__is_first_enforcement__is_within_limit,
        m13.m_enforcement_cases__closed_in__sum_duration_days__is_first_enforcement,
        m13.m_enforcement_cases__closed_in__count__duration_days_known__is_first_enforcement,
        m13.m_enforcement_cases__closed_in__sum_duration_days__closing_method_fully_executed__is_edddf482db,
        m13.m_enforcement_cases__closed_in__count__closing_method_fully_executed__duration_days_k_eacf5ff0e7,
        m13.m_enforcement_cases__closed_in__sum_duration_days__closing_method_terminated_procedur_a6314a479a,
        m13.m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__duration_0b910bc74e,
        m13.m_enforcement_cases__closed_in__count__has_extension__is_first_enforcement,
        m13.m_enforcement_cases__closed_in__count__case_type_code_v4f173f__is_within_limit,
        m13.m_enforcement_cases__closed_in__count__case_type_code_v4f173f,
        m13.m_enforcement_cases__closed_in__count__case_type_code_v86d6ca__duration_days_le_15,
        m13.m_enforcement_cases__closed_in__count__case_type_code_v86d6ca,
        m13.m_enforcement_cases__closed_in__count__case_type_code_ve85a5c__duration_days_le_30,
        m13.m_enforcement_cases__closed_in__count__case_type_code_ve85a5c,
        m13.m_enforcement_cases__closed_in__count__closing_method_fully_executed_or_settled__is_f_b1d099dcc5,
        m13.m_enforcement_cases__closed_in__count__closing_method_fully_executed_or_settled__is_f_ceb4dce76a,
        m13.m_enforcement_cases__closed_in__count__closing_method_not_terminated_procedure__is_fi_1f7f4b966f,
        m13.m_enforcement_cases__closed_in__count__closing_method_settled__is_first_enforcement,
        m13.m_enforcement_cases__closed_in__count__closing_method_terminated__is_first_enforcement,
        m13.m_enforcement_cases__closed_in__count__closing_method_rejected__is_first_enforcement,
        m13.m_enforcement_cases__closed_in__sum_executed_amount__case_type_code_v4f173f,
        m13.m_enforcement_cases__closed_in__sum_applied_amount__case_type_code_v4f173f,
        m13.m_enforcement_cases__closed_in__sum_executed_amount__case_type_code_v4f173f_or_v7f4ed8,
        m13.m_enforcement_cases__closed_in__count__case_type_code_not_v4f173f_or_vcef0b2,
        m13.m_enforcement_cases__closed_in__count__has_actions__is_first_enforcement,
        m13.m_enforcement_cases__closed_in__sum_action_count__is_first_enforcement,
        m13.m_enforcement_cases__closed_in__count__action_count_known__is_first_enforcement,
        m13.m_enforcement_cases__closed_in__count__closing_method_terminated_procedure__is_first_d681218153,
        m13.m_enforcement_cases__closed_in__sum_action_count__closing_method_terminated_procedure_da67a2d5f3,
        m13.m_enforcement_cases__closed_in__count__action_count_known__closing_method_terminated_e8807ca768,
        m14.m_enforcement_cases__closed_in__median_duration_days__is_first_enforcement,
        m15.m_enforcement_cases__filed_in__count,
        m15.m_enforcement_cases__filed_in__count__is_first_enforcement,
        m15.m_enforcement_cases__filed_in__count__case_type_code_not_v4f173f_or_vcef0b2,
        m15.m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_prelit_confirmation,
        m15.m_enforcement_cases__filed_in__count__case_type_code_v7f4ed8__enforces_own_court_judgment,
        m16.m_enforcement_cases__pending_at_end__count,
        m16.m_enforcement_cases__pending_at_end__median_age_days_at_end,
        m16.m_enforcement_cases__pending_at_end__count__age_days_at_end_known,
        m16.m_enforcement_cases__pending_at_end__count__age_over_12_months_at_end,
        m17.m_evaluations__for_period__sum_score,
        m17.m_evaluations__for_period__count__score_known,
        m17.m_evaluations__for_period__sum_score__evaluator_role_leader,
        m17.m_evaluations__for_period__count__evaluator_role_leader__score_known,
        m17.m_evaluations__for_period__sum_score__evaluator_role_peer,
        m17.m_evaluations__for_period__count__evaluator_role_peer__score_known,
        m17.m_evaluations__for_period__sum_score__evaluator_role_subordinate,
        m17.m_evaluations__for_period__count__evaluator_role_subordinate__score_known,
        m17.m_evaluations__for_period__sum_score__evaluator_role_peer_or_subordinate,
        m17.m_evaluations__for_period__count__evaluator_role_peer_or_subordinate__score_known,
        m17.m_evaluations__for_period__median_score,
        m17.m_evaluations__for_period__count,
        m17.m_evaluations__for_period__count__score_ge_90,
        m17.m_evaluations__for_period__count__score_lt_60,
        m17.m_evaluations__for_period__count__evaluator_role_leader__score_ge_90,
        m17.m_evaluations__for_period__count__evaluator_role_leader,
        m18.m_hearings__held_in__sum_duration_minutes__status_held,
        m18.m_hearings__held_in__count__duration_minutes_known__status_held,
        m18.m_hearings__held_in__sum_duration_minutes__case_type_code_civ1__status_held,
        m18.m_hearings__held_in__count__case_type_code_civ1__duration_minutes_known__status_held,
        m18.m_hearings__held_in__sum_duration_minutes__case_type_code_crim1__status_held,
        m18.m_hearings__held_in__count__case_type_code_crim1__duration_minutes_known__status_held,
        m18.m_hearings__held_in__sum_duration_minutes__case_type_code_adm1__status_held,
        m18.m_hearings__held_in__count__case_type_code_adm1__duration_minutes_known__status_held,
        m18.m_hearings__held_in__count__livestreamed__status_held,
        m18.m_hearings__held_in__count__case_type_code_civ1_or_civ2__livestreamed__status_held,
        m18.m_hearings__held_in__count__case_type_code_civ1_or_civ2__status_held,
        m18.m_hearings__held_in__count__case_type_code_crim1_or_crim2__livestreamed__status_held,
        m18.m_hearings__held_in__count__case_type_code_crim1_or_crim2__status_held,
        m18.m_hearings__held_in__count__case_type_code_adm1_or_adm2__livestreamed__status_held,
        m18.m_hearings__held_in__count__case_type_code_adm1_or_adm2__status_held,
        m18.m_hearings__held_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held,
        m18.m_hearings__held_in__count__status_held,
        m19.m_hearings__scheduled_in__count,
        m19.m_hearings__scheduled_in__count__status_postponed,
        m19.m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed,
        m19.m_hearings__scheduled_in__count__status_cancelled,
        m19.m_hearings__scheduled_in__count__case_type_code_civ1__held_on_schedule__status_held,
        m19.m_hearings__scheduled_in__count__case_type_code_civ1__status_held_or_postponed,
        m19.m_hearings__scheduled_in__count__case_type_code_crim1__held_on_schedule__status_held,
        m19.m_hearings__scheduled_in__count__case_type_code_crim1__status_held_or_postponed,
        m19.m_hearings__scheduled_in__count__case_type_code_adm1__held_on_schedule__status_held,
        m19.m_hearings__scheduled_in__count__case_type_code_adm1__status_held_or_postponed,
        m19.m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__held_on_schedu_d9309aa239,
        m19.m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held_or_postponed,
        m19.m_hearings__scheduled_in__count__held_on_schedule__status_held,
        m19.m_hearings__scheduled_in__count__status_held_or_postponed,
        m20.m_mediations__closed_in__count__result_success__stage_pre_litigation,
        m20.m_mediations__closed_in__count__result_failed_or_success__stage_pre_litigation,
        m20.m_mediations__closed_in__count__judicial_confirmation__result_success,
        m20.m_mediations__closed_in__count__stage_pre_litigation,
        m20.m_mediations__closed_in__count__result_success__stage_in_litigation,
        m20.m_mediations__closed_in__count__result_failed_or_success__stage_in_litigation,
        m20.m_mediations__closed_in__count__judicial_confirmation__result_success__stage_pre_litigation,
        m20.m_mediations__closed_in__count__is_converted_to_case__stage_pre_litigation,
        m20.m_mediations__closed_in__count__result_withdrawn__stage_pre_litigation,
        m20.m_mediations__closed_in__count__days_to_close_le_30__stage_pre_litigation,
        m20.m_mediations__closed_in__sum_days_to_close__stage_pre_litigation,
        m20.m_mediations__closed_in__count__days_to_close_known__stage_pre_litigation,
        m20.m_mediations__closed_in__sum_days_to_close__stage_in_litigation,
        m20.m_mediations__closed_in__count__days_to_close_known__stage_in_litigation,
        m20.m_mediations__closed_in__sum_amount__result_success__stage_pre_litigation,
        m20.m_mediations__closed_in__count__amount_known__result_success__stage_pre_litigation,
        m20.m_mediations__closed_in__count__mediator_type_invited_mediator__result_success__stage_8299f7463d,
        m20.m_mediations__closed_in__count__mediator_type_invited_mediator__result_failed_or_succ_db81195c6d,
        m20.m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_succ_1bdd31eb2d,
        m20.m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_fail_4bc030757c,
        m20.m_mediations__closed_in__count__mediator_type_industry_organisation__result_success_063af91c04,
        m20.m_mediations__closed_in__count__mediator_type_industry_organisation__result_failed_or_6dd6e3cf9f,
        m20.m_mediations__closed_in__count__mediator_type_court_staff__result_success__stage_pre_litigation,
        m20.m_mediations__closed_in__count__mediator_type_court_staff__result_failed_or_success_acf459e3a8,
        m20.m_mediations__closed_in__count__dispute_type_v948447__result_success__stage_pre_litigation,
        m20.m_mediations__closed_in__count__dispute_type_v948447__result_failed_or_success__stage_a798075090,
        m20.m_mediations__closed_in__count__dispute_type_v8e1420__result_success__stage_pre_litigation,
        m20.m_mediations__closed_in__count__dispute_type_v8e1420__result_failed_or_success__stage_b798ccfe74,
        m20.m_mediations__closed_in__count__dispute_type_ve66502__result_success__stage_pre_litigation,
        m20.m_mediations__closed_in__count__dispute_type_ve66502__result_failed_or_success__stage_2d464f3494,
        m20.m_mediations__closed_in__count__dispute_type_v8e475a__result_success__stage_pre_litigation,
        m20.m_mediations__closed_in__count__dispute_type_v8e475a__result_failed_or_success__stage_47f292a376,
        m20.m_mediations__closed_in__count__dispute_type_v7eeac5__result_success__stage_pre_litigation,
        m20.m_mediations__closed_in__count__dispute_type_v7eeac5__result_failed_or_success__stage_3cbdc77e0f,
        m20.m_mediations__closed_in__count__dispute_type_v57f385__result_success__stage_pre_litigation,
        m20.m_mediations__closed_in__count__dispute_type_v57f385__result_failed_or_success__stage_f37267e0c8,
        m20.m_mediations__closed_in__count__dispute_type_va80897__result_success__stage_pre_litigation,
        m20.m_mediations__closed_in__count__dispute_type_va80897__result_failed_or_success__stage_9a5d8a7624,
        m21.m_mediations__closed_in__median_days_to_close__stage_pre_litigation,
        m22.m_mediations__open_at_end__count__stage_pre_litigation,
        m23.m_mediations__received_in__count__stage_pre_litigation,
        m23.m_mediations__received_in__count__stage_in_litigation,
        m23.m_mediations__received_in__count__mediator_type_not_court_staff__stage_pre_litigation,
        m24.m_mediations__received_in__count__closed_by_period_end__stage_pre_litigation,
        m25.m_petitions__open_at_end__count,
        m25.m_petitions__open_at_end__count__is_overdue_at_end,
        m26.m_petitions__open_at_start__count__resolution_resolved__resolved_by_period_end,
        m27.m_petitions__open_at_start__count,
        m28.m_petitions__received_in__count,
        m28.m_petitions__received_in__count__is_resolved_on_time,
        m28.m_petitions__received_in__count__is_repeat,
        m28.m_petitions__received_in__count__channel_online,
        m28.m_petitions__received_in__count__category_ruling_dispute,
        m28.m_petitions__received_in__count__category_delay,
        m28.m_petitions__received_in__count__category_enforcement,
        m28.m_petitions__received_in__count__category_conduct,
        m28.m_petitions__received_in__count__is_collective,
        m28.m_petitions__received_in__count__escalated_to_supreme_court,
        m28.m_petitions__received_in__count__escalated_to_higher_court_or_supreme_court,
        m28.m_petitions__received_in__count__has_related_case,
        m28.m_petitions__received_in__count__category_not_enforcement,
        m29.m_petitions__received_in__count__resolution_explained_or_resolved__resolved_by_period_end,
        m29.m_petitions__received_in__count__category_enforcement__resolved_by_period_end,
        m29.m_petitions__received_in__count__resolved_by_period_end,
        m30.m_petitions__resolved_in__count__not_is_repeat__resolution_resolved,
        m30.m_petitions__resolved_in__count__not_is_repeat,
        m30.m_petitions__resolved_in__count,
        m30.m_petitions__resolved_in__count__resolution_resolved,
        m30.m_petitions__resolved_in__count__satisfaction_basically_satisfied_or_satisfied,
        m30.m_petitions__resolved_in__count__satisfaction_known,
        m30.m_petitions__resolved_in__sum_days_to_resolve,
        m30.m_petitions__resolved_in__count__days_to_resolve_known,
        m31.m_petitions__resolved_in__median_days_to_resolve,
        m32.m_quota_judges__posted_in__count_distinct_person_id,
        m33.m_trial_cases__carried_over__count__closed_by_period_end,
        m34.m_trial_cases__carried_over__count__case_type_code_adm1,
        m34.m_trial_cases__carried_over__count__case_type_code_bankruptcy,
        m34.m_trial_cases__carried_over__count__case_type_code_civ1,
        m34.m_trial_cases__carried_over__count__case_type_code_civ2,
        m34.m_trial_cases__carried_over__count__case_type_code_crim1,
        m34.m_trial_cases__carried_over__count__case_type_code_crim2,
        m34.m_trial_cases__carried_over__count,
        m34.m_trial_cases__carried_over__count__is_first_instance,
        m34.m_trial_cases__carried_over__count__case_type_code_not_presuit_confirm,
        m35.m_trial_cases__closed_in__count__case_type_code_adm1,
        m35.m_trial_cases__closed_in__count__case_type_code_adm1__is_within_limit,
        m35.m_trial_cases__closed_in__count__case_type_code_adm1__has_statutory_limit,
        m35.m_trial_cases__closed_in__sum_duration_days__case_type_code_adm1,
        m35.m_trial_cases__closed_in__count__case_type_code_adm1__duration_days_known,
        m35.m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_mediation_or_withdrawal,
        m35.m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_dismissal,
        m35.m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_judgment_or_ruli_fe55f723e4,
        m35.m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_judgment_or_ruling,
        m35.m_trial_cases__closed_in__count__case_type_code_adm1__is_reviewed,
        m35.m_trial_cases__closed_in__count__case_type_code_adm2,
        m35.m_trial_cases__closed_in__count__case_type_code_adm2__is_within_limit,
        m35.m_trial_cases__closed_in__count__case_type_code_adm2__has_statutory_limit,
        m35.m_trial_cases__closed_in__sum_duration_days__case_type_code_adm2,
        m35.m_trial_cases__closed_in__count__case_type_code_adm2__duration_days_known,
        m35.m_trial_cases__closed_in__count__case_type_code_adm2__is_amended_or_remanded,
        m35.m_trial_cases__closed_in__count__case_type_code_adm1_or_adm2__closing_method_judgment_or_ruling,
        m35.m_trial_cases__closed_in__count__is_second_instance,
        m35.m_trial_cases__closed_in__count__is_second_instance__review_outcome_upheld,
        m35.m_trial_cases__closed_in__count__is_second_instance__review_outcome_amended,
        m35.m_trial_cases__closed_in__count__is_second_instance__review_outcome_remanded,
        m35.m_trial_cases__closed_in__count__is_second_instance__review_outcome_mediated,
        m35.m_trial_cases__closed_in__count__is_second_instance__review_outcome_withdrawn,
        m35.m_trial_cases__closed_in__sum_duration_days__is_second_instance,
        m35.m_trial_cases__closed_in__count__duration_days_known__is_second_instance,
        m35.m_trial_cases__closed_in__count__is_first_instance,
        m35.m_trial_cases__closed_in__count__case_type_code_adm1_or_adm2_or_civ1_or_civ2_or_crim1_9c2d44bc03,
        m35.m_trial_cases__closed_in__sum_duration_days__case_type_code_adm_petition_or_civ_petit_a4bdf50ce0,
        m35.m_trial_cases__closed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_8f4c90ba1f,
        m35.m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial,
        m35.m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__review_o_c3e156a0a2,
        m35.m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__review_o_e086829362,
        m35.m_trial_cases__closed_in__count__case_type_code_bankruptcy,
        m35.m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_known,
        m35.m_trial_cases__closed_in__sum_elapsed_days__bankruptcy_reorganization__case_type_code_bankruptcy,
        m35.m_trial_cases__closed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy_cd9c22b03b,
        m35.m_trial_cases__closed_in__sum_elapsed_days__case_type_code_bankruptcy__not_bankruptcy_0d09d3ac4f,
        m35.m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_known__not_b_fc4986332e,
        m35.m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_le_365,
        m35.m_trial_cases__closed_in__sum_bankruptcy_recovered_amount__bankruptcy_reorganization_7854907a1d,
        m35.m_trial_cases__closed_in__sum_bankruptcy_total_claims__bankruptcy_reorganization__cas_ce0d64a9cc,
        m35.m_trial_cases__closed_in__sum_bankruptcy_recovered_amount__case_type_code_bankruptcy_99713eb145,
        m35.m_trial_cases__closed_in__sum_bankruptcy_total_claims__case_type_code_bankruptcy__not_b0f4ac8772,
        m35.m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__involves_enterprise,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__involves_enterprise,
        m35.m_trial_cases__closed_in__count__involves_enterprise__is_within_limit,
        m35.m_trial_cases__closed_in__count__has_statutory_limit__involves_enterprise,
        m35.m_trial_cases__closed_in__sum_elapsed_days__case_type_code_bankruptcy,
        m35.m_trial_cases__closed_in__sum_bankruptcy_recovered_amount__case_type_code_bankruptcy,
        m35.m_trial_cases__closed_in__sum_bankruptcy_total_claims__case_type_code_bankruptcy,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__involves_enterprise,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruli_d82cbbd64f,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruli_38472b40e2,
        m35.m_trial_cases__closed_in__count__case_type_code_civ2__involves_enterprise__is_amended_568ebee56a,
        m35.m_trial_cases__closed_in__count__case_type_code_civ2__involves_enterprise,
        m35.m_trial_cases__closed_in__sum_elapsed_days__case_type_code_civ1__cause_of_action_vadf2db,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__elapse_aef226d1a2,
        m35.m_trial_cases__closed_in__sum_elapsed_days__case_type_code_civ2__cause_of_action_vadf2db,
        m35.m_trial_cases__closed_in__count__case_type_code_civ2__cause_of_action_vadf2db__elapse_6ff96fd509,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__is_within_limit,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__has_st_0da04ac6b0,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__proced_fcd2e1dedd,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__closin_aebebd85a6,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__proced_ec58ebab1a,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__is_reviewed,
        m35.m_trial_cases__closed_in__sum_bankruptcy_recovery_ratio__case_type_code_bankruptcy,
        m35.m_trial_cases__closed_in__count__bankruptcy_recovery_ratio_known__case_type_code_bankruptcy,
        m35.m_trial_cases__closed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy,
        m35.m_trial_cases__closed_in__sum_statutory_court_fee_ratio__case_type_code_civ1__claim_a_4e095ba17e,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__claim_amount_gt_0__involves_ent_58431b90c4,
        m35.m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_le_183,
        m35.m_trial_cases__closed_in__count,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__is_within_limit,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__has_statutory_limit,
        m35.m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_mediation,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_withdrawal,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_mediation_or_withdrawal,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_dismissal,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruli_4afafdb850,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruling,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__is_reviewed,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__procedure_simple_or_small_claims,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__procedure_small_claims,
        m35.m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__procedure_small_claims,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_a8c00e97eb,
        m35.m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__procedure_simple,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_simple,
        m35.m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__procedure_ordinary,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_ordinary,
        m35.m_trial_cases__closed_in__sum_claim_amount__case_type_code_civ1,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1__claim_amount_known,
        m35.m_trial_cases__closed_in__count__case_type_code_civ2,
        m35.m_trial_cases__closed_in__count__case_type_code_civ2__is_within_limit,
        m35.m_trial_cases__closed_in__count__case_type_code_civ2__has_statutory_limit,
        m35.m_trial_cases__closed_in__sum_duration_days__case_type_code_civ2,
        m35.m_trial_cases__closed_in__count__case_type_code_civ2__duration_days_known,
        m35.m_trial_cases__closed_in__count__case_type_code_civ2__is_amended_or_remanded,
        m35.m_trial_cases__closed_in__count__case_type_code_civ2__closing_method_mediation_or_withdrawal,
        m35.m_trial_cases__closed_in__count__case_type_code_civ1_or_civ2__closing_method_judgment_f85b3c53c7,
        m35.m_trial_cases__closed_in__count__case_type_code_civ_special__is_within_limit,
        m35.m_trial_cases__closed_in__count__case_type_code_civ_special__has_statutory_limit,
        m35.m_trial_cases__closed_in__count__case_type_code_crim1,
        m35.m_trial_cases__closed_in__count__case_type_code_crim1__is_within_limit,
        m35.m_trial_cases__closed_in__count__case_type_code_crim1__has_statutory_limit,
        m35.m_trial_cases__closed_in__count__case_type_code_crim1__has_extension,
        m35.m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1,
        m35.m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known,
        m35.m_trial_cases__closed_in__count__case_type_code_crim1__procedure_simple,
        m35.m_trial_cases__closed_in__count__case_type_code_crim1__procedure_speedy,
        m35.m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1__procedure_speedy,
        m35.m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_speedy,
        m35.m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1__procedure_simple,
        m35.m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_simple,
        m35.m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1__procedure_ordinary,
        m35.m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_ordinary,
        m35.m_trial_cases__closed_in__count__case_type_code_crim1__closing_method_judgment_or_rul_294c385007,
        m35.m_trial_cases__closed_in__count__case_type_code_crim1__closing_method_judgment_or_ruling,
        m35.m_trial_cases__closed_in__count__case_type_code_crim1__is_reviewed,
        m35.m_trial_cases__closed_in__count__case_type_code_crim2,
        m35.m_trial_cases__closed_in__count__case_type_code_crim2__is_within_limit,
        m35.m_trial_cases__closed_in__count__case_type_code_crim2__has_statutory_limit,
        m35.m_trial_cases__closed_in__sum_duration_days__case_type_code_crim2,
        m35.m_trial_cases__closed_in__count__case_type_code_crim2__duration_days_known,
        m35.m_trial_cases__closed_in__count__case_type_code_crim2__is_amended_or_remanded,
        m35.m_trial_cases__closed_in__count__case_type_code_crim1_or_crim2__closing_method_judgme_dd26a4c45e,
        m35.m_trial_cases__closed_in__count__has_held_hearing__is_second_instance,
        m35.m_trial_cases__closed_in__count__case_type_code_presuit_confirm__is_within_limit,
        m35.m_trial_cases__closed_in__count__case_type_code_presuit_confirm__has_statutory_limit,
        m35.m_trial_cases__closed_in__count__case_type_code_presuit_confirm,
        m35.m_trial_cases__closed_in__count__is_within_limit__procedure_ordinary,
        m35.m_trial_cases__closed_in__count__has_statutory_limit__procedure_ordinary,
        m35.m_trial_cases__closed_in__count__is_within_limit__procedure_simple,
        m35.m_trial_cases__closed_in__count__has_statutory_limit__procedure_simple,
        m35.m_trial_cases__closed_in__count__is_within_limit__procedure_small_claims,
        m35.m_trial_cases__closed_in__count__has_statutory_limit__procedure_small_claims,
        m35.m_trial_cases__closed_in__count__is_within_limit__procedure_speedy,
        m35.m_trial_cases__closed_in__count__has_statutory_limit__procedure_speedy,
        m35.m_trial_cases__closed_in__count__is_second_instance__is_within_limit,
        m35.m_trial_cases__closed_in__count__has_statutory_limit__is_second_instance,
        m35.m_trial_cases__closed_in__count__is_within_limit__procedure_review,
        m35.m_trial_cases__closed_in__count__has_statutory_limit__procedure_review,
        m35.m_trial_cases__closed_in__count__is_within_limit__procedure_retrial,
        m35.m_trial_cases__closed_in__count__has_statutory_limit__procedure_retrial,
        m35.m_trial_cases__closed_in__count__is_within_limit__not_has_extension,
        m35.m_trial_cases__closed_in__count__has_statutory_limit,
        m35.m_trial_cases__closed_in__count__has_extension__has_statutory_limit,
        m35.m_trial_cases__closed_in__count__has_statutory_limit__has_suspension,
        m35.m_trial_cases__closed_in__count__has_statutory_limit__has_time_limit_events,
        m35.m_trial_cases__closed_in__sum_extension_days__has_extension,
        m35.m_trial_cases__closed_in__count__extension_days_known__has_extension,
        m35.m_trial_cases__closed_in__sum_suspended_days__has_suspension,
        m35.m_trial_cases__closed_in__count__has_suspension__suspended_days_known,
        m35.m_trial_cases__closed_in__count__has_statutory_limit__not_is_within_limit,
        m35.m_trial_cases__closed_in__count__elapsed_days_gt_365,
        m35.m_trial_cases__closed_in__count__elapsed_days_le_180__is_first_instance,
        m35.m_trial_cases__closed_in__sum_elapsed_days,
        m35.m_trial_cases__closed_in__count__elapsed_days_known,
        m35.m_trial_cases__closed_in__count__is_within_limit,
        m35.m_trial_cases__closed_in__sum_duration_days,
        m35.m_trial_cases__closed_in__count__duration_days_known,
        m35.m_trial_cases__closed_in__count__closing_method_mediation,
        m35.m_trial_cases__closed_in__count__closing_method_withdrawal,
        m35.m_trial_cases__closed_in__count__closing_method_mediation_or_withdrawal,
        m35.m_trial_cases__closed_in__count__closing_method_judgment_or_ruling__is_first_instance_74a07f8f22,
        m35.m_trial_cases__closed_in__count__closing_method_judgment_or_ruling__is_first_instance,
        m35.m_trial_cases__closed_in__count__is_first_instance__is_reviewed,
        m35.m_trial_cases__closed_in__count__is_amended_or_remanded__is_second_instance,
        m35.m_trial_cases__closed_in__count__elapsed_days_le_180,
        m35.m_trial_cases__closed_in__count__is_first_instance__is_within_limit,
        m35.m_trial_cases__closed_in__count__has_statutory_limit__is_first_instance,
        m35.m_trial_cases__closed_in__count__is_first_instance__procedure_simple_or_small_claims_or_speedy,
        m35.m_trial_cases__closed_in__count__has_collegial_panel__is_first_instance,
        m35.m_trial_cases__closed_in__sum_duration_days__is_first_instance,
        m35.m_trial_cases__closed_in__count__duration_days_known__is_first_instance,
        m35.m_trial_cases__closed_in__count__case_type_code_not_presuit_confirm,
        m35.m_trial_cases__closed_in__sum_claim_amount,
        m35.m_trial_cases__closed_in__count__closing_method_mediation_or_withdrawal__is_first_instance,
        m35.m_trial_cases__closed_in__count__is_reviewed__is_second_instance,
        m35.m_trial_cases__closed_in__count__claim_amount_known,
        m36.m_trial_cases__closed_in__median_elapsed_days__case_type_code_bankruptcy,
        m36.m_trial_cases__closed_in__median_duration_days__case_type_code_civ1,
        m36.m_trial_cases__closed_in__median_duration_days__case_type_code_crim1,
        m36.m_trial_cases__closed_in__median_duration_days,
        m37.m_trial_cases__filed_in__count__case_type_code_adm1,
        m37.m_trial_cases__filed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_petition,
        m37.m_trial_cases__filed_in__count__case_type_code_bankruptcy,
        m37.m_trial_cases__filed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy,
        m37.m_trial_cases__filed_in__count__involves_enterprise,
        m37.m_trial_cases__filed_in__count__case_type_code_adm1__involves_enterprise,
        m37.m_trial_cases__filed_in__count__case_type_code_civ1,
        m37.m_trial_cases__filed_in__count__case_type_code_civ2,
        m37.m_trial_cases__filed_in__count__case_type_code_crim1,
        m37.m_trial_cases__filed_in__count__case_type_code_crim2,
        m37.m_trial_cases__filed_in__count,
        m37.m_trial_cases__filed_in__count__is_second_instance,
        m37.m_trial_cases__filed_in__count__case_type_code_civ_special,
        m37.m_trial_cases__filed_in__count__is_first_instance,
        m37.m_trial_cases__filed_in__count__case_type_code_not_presuit_confirm,
        m37.m_trial_cases__filed_in__sum_claim_amount__case_type_code_civ1,
        m37.m_trial_cases__filed_in__count__case_type_code_civ1__claim_amount_known,
        m37.m_trial_cases__filed_in__count__case_type_code_adm1_or_civ1,
        m37.m_trial_cases__filed_in__count__case_type_code_civ_special__cause_of_action_v05d74e,
        m37.m_trial_cases__filed_in__count__case_type_code_civ1__involves_enterprise,
        m38.m_trial_cases__filed_in__count__closed_by_period_end,
        m39.m_trial_cases__pending_at_end__count__case_type_code_adm1,
        m39.m_trial_cases__pending_at_end__count__case_type_code_bankruptcy,
        m39.m_trial_cases__pending_at_end__count__age_over_36_months_at_end__case_type_code_bankruptcy,
        m39.m_trial_cases__pending_at_end__count__age_over_12_months_at_end__involves_enterprise,
        m39.m_trial_cases__pending_at_end__count__involves_enterprise,
        m39.m_trial_cases__pending_at_end__count__case_type_code_civ1,
        m39.m_trial_cases__pending_at_end__count__age_over_12_months_at_end__case_type_code_civ1,
        m39.m_trial_cases__pending_at_end__count__case_type_code_crim1,
        m39.m_trial_cases__pending_at_end__count__case_type_code_crim1__is_over_limit_at_end,
        m39.m_trial_cases__pending_at_end__count__is_over_limit_at_end,
        m39.m_trial_cases__pending_at_end__count__age_over_18_months_at_end,
        m39.m_trial_cases__pending_at_end__count__age_over_36_months_at_end,
        m39.m_trial_cases__pending_at_end__count,
        m39.m_trial_cases__pending_at_end__sum_age_days_at_end,
        m39.m_trial_cases__pending_at_end__count__age_days_at_end_known,
        m39.m_trial_cases__pending_at_end__count__age_over_12_months_at_end,
        m39.m_trial_cases__pending_at_end__median_age_days_at_end,
        m39.m_trial_cases__pending_at_end__count__age_days_at_end_gt_730,
        m39.m_trial_cases__pending_at_end__count__has_time_limit_events,
        m39.m_trial_cases__pending_at_end__count__is_first_instance,
        m40.m_work_items__dated_in__sum_quantity__item_type_official_document,
        m40.m_work_items__dated_in__sum_quantity__item_type_information_report,
        m40.m_work_items__dated_in__sum_quantity__item_type_research_article,
        m40.m_work_items__dated_in__sum_quantity__item_type_publicity,
        m40.m_work_items__dated_in__sum_quantity__item_type_meeting_service,
        m40.m_work_items__dated_in__sum_quantity__item_type_archive_management,
        m40.m_work_items__dated_in__sum_quantity__item_type_training,
        m40.m_work_items__dated_in__sum_quantity__item_type_it_support,
        m40.m_work_items__dated_in__sum_quantity,
        m40.m_work_items__dated_in__count__quality_grade_a,
        m40.m_work_items__dated_in__count,
        m40.m_work_items__dated_in__count__quality_grade_c,
        m40.m_work_items__dated_in__count__item_type_official_document__quality_grade_a,
        m40.m_work_items__dated_in__count__item_type_official_document,
        m40.m_work_items__dated_in__count__adopted_level_not_none__item_type_information_report,
        m40.m_work_items__dated_in__count__item_type_information_report,
        m40.m_work_items__dated_in__count__adopted_level_national_or_region__item_type_information_report,
        m40.m_work_items__dated_in__count__adopted_level_not_none__item_type_research_article,
        m40.m_work_items__dated_in__count__item_type_research_article,
        m40.m_work_items__dated_in__count__adopted_level_national_or_region__item_type_publicity,
        m40.m_work_items__dated_in__count__adopted_level_city,
        m40.m_work_items__dated_in__count__adopted_level_region,
        m40.m_work_items__dated_in__count__adopted_level_national,
        m40.m_work_items__dated_in__count__adopted_level_not_none,
        m41.m_workload_credits__closed_in__sum_credit,
        m41.m_workload_credits__closed_in__sum_credit__case_role_handling,
        m41.m_workload_credits__closed_in__sum_credit__case_role_panel_member,
        m41.m_workload_credits__closed_in__sum_credit__case_role_assistant,
        m41.m_workload_credits__closed_in__sum_credit__case_role_clerk,
        m41.m_workload_credits__closed_in__count__case_role_panel_member,
        m41.m_workload_credits__closed_in__count__case_role_assistant,
        m41.m_workload_credits__closed_in__count__case_role_clerk,
        m41.m_workload_credits__closed_in__sum_credit__case_kind_trial,
        m41.m_workload_credits__closed_in__sum_credit__case_kind_enforcement,
        m41.m_workload_credits__closed_in__sum_credit__case_type_code_bankruptcy_or_civ1_or_civ2_fd3348fe2d,
        m41.m_workload_credits__closed_in__sum_credit__case_type_code_crim1_or_crim2_or_crim_peti_8ca86f62bf,
        m41.m_workload_credits__closed_in__sum_credit__case_type_code_adm1_or_adm2_or_adm_petition,
        m41.m_workload_credits__closed_in__sum_credit__case_type_code_adm2_or_civ2_or_crim2,
        m41.m_workload_credits__closed_in__sum_credit__case_type_code_adm_petition_or_civ_petitio_8dc8892482
    from keys
    inner join periods
        on keys.period_type = periods.period_type and keys.period = periods.period
    left join scaffold
        on
            keys.level = scaffold.level
            and keys.entity_id = scaffold.entity_id
            and keys.period_type = scaffold.period_type
            and keys.period = scaffold.period
    left join m0
        on
            keys.level = m0.level
            and keys.entity_id = m0.entity_id
            and keys.period_type = m0.period_type
            and keys.period = m0.period
    left join m1
        on
            keys.level = m1.level
            and keys.entity_id = m1.entity_id
            and keys.period_type = m1.period_type
            and keys.period = m1.period
    left join m2
        on
            keys.level = m2.level
            and keys.entity_id = m2.entity_id
            and keys.period_type = m2.period_type
            and keys.period = m2.period
    left join m3
        on
            keys.level = m3.level
            and keys.entity_id = m3.entity_id
            and keys.period_type = m3.period_type
            and keys.period = m3.period
    left join m4
        on
            keys.level = m4.level
            and keys.entity_id = m4.entity_id
            and keys.period_type = m4.period_type
            and keys.period = m4.period
    left join m5
        on
            keys.level = m5.level
            and keys.entity_id = m5.entity_id
            and keys.period_type = m5.period_type
            and keys.period = m5.period
    left join m6
        on
            keys.level = m6.level
            and keys.entity_id = m6.entity_id
            and keys.period_type = m6.period_type
            and keys.period = m6.period
    left join m7
        on
            keys.level = m7.level
            and keys.entity_id = m7.entity_id
            and keys.period_type = m7.period_type
            and keys.period = m7.period
    left join m8
        on
            keys.level = m8.level
            and keys.entity_id = m8.entity_id
            and keys.period_type = m8.period_type
            and keys.period = m8.period
    left join m9
        on
            keys.level = m9.level
            and keys.entity_id = m9.entity_id
            and keys.period_type = m9.period_type
            and keys.period = m9.period
    left join m10
        on
            keys.level = m10.level
            and keys.entity_id = m10.entity_id
            and keys.period_type = m10.period_type
            and keys.period = m10.period
    left join m11
        on
            keys.level = m11.level
            and keys.entity_id = m11.entity_id
            and keys.period_type = m11.period_type
            and keys.period = m11.period
    left join m12
        on
            keys.level = m12.level
            and keys.entity_id = m12.entity_id
            and keys.period_type = m12.period_type
            and keys.period = m12.period
    left join m13
        on
            keys.level = m13.level
            and keys.entity_id = m13.entity_id
            and keys.period_type = m13.period_type
            and keys.period = m13.period
    left join m14
        on
            keys.level = m14.level
            and keys.entity_id = m14.entity_id
            and keys.period_type = m14.period_type
            and keys.period = m14.period
    left join m15
        on
            keys.level = m15.level
            and keys.entity_id = m15.entity_id
            and keys.period_type = m15.period_type
            and keys.period = m15.period
    left join m16
        on
            keys.level = m16.level
            and keys.entity_id = m16.entity_id
            and keys.period_type = m16.period_type
            and keys.period = m16.period
    left join m17
        on
            keys.level = m17.level
            and keys.entity_id = m17.entity_id
            and keys.period_type = m17.period_type
            and keys.period = m17.period
    left join m18
        on
            keys.level = m18.level
            and keys.entity_id = m18.entity_id
            and keys.period_type = m18.period_type
            and keys.period = m18.period
    left join m19
        on
            keys.level = m19.level
            and keys.entity_id = m19.entity_id
            and keys.period_type = m19.period_type
            and keys.period = m19.period
    left join m20
        on
            keys.level = m20.level
            and keys.entity_id = m20.entity_id
            and keys.period_type = m20.period_type
            and keys.period = m20.period
    left join m21
        on
            keys.level = m21.level
            and keys.entity_id = m21.entity_id
            and keys.period_type = m21.period_type
            and keys.period = m21.period
    left join m22
        on
            keys.level = m22.level
            and keys.entity_id = m22.entity_id
            and keys.period_type = m22.period_type
            and keys.period = m22.period
    left join m23
        on
            keys.level = m23.level
            and keys.entity_id = m23.entity_id
            and keys.period_type = m23.period_type
            and keys.period = m23.period
    left join m24
        on
            keys.level = m24.level
            and keys.entity_id = m24.entity_id
            and keys.period_type = m24.period_type
            and keys.period = m24.period
    left join m25
        on
            keys.level = m25.level
            and keys.entity_id = m25.entity_id
            and keys.period_type = m25.period_type
            and keys.period = m25.period
    left join m26
        on
            keys.level = m26.level
            and keys.entity_id = m26.entity_id
            and keys.period_type = m26.period_type
            and keys.period = m26.period
    left join m27
        on
            keys.level = m27.level
            and keys.entity_id = m27.entity_id
            and keys.period_type = m27.period_type
            and keys.period = m27.period
    left join m28
        on
            keys.level = m28.level
            and keys.entity_id = m28.entity_id
            and keys.period_type = m28.period_type
            and keys.period = m28.period
    left join m29
        on
            keys.level = m29.level
            and keys.entity_id = m29.entity_id
            and keys.period_type = m29.period_type
            and keys.period = m29.period
    left join m30
        on
            keys.level = m30.level
            and keys.entity_id = m30.entity_id
            and keys.period_type = m30.period_type
            and keys.period = m30.period
    left join m31
        on
            keys.level = m31.level
            and keys.entity_id = m31.entity_id
            and keys.period_type = m31.period_type
            and keys.period = m31.period
    left join m32
        on
            keys.level = m32.level
            and keys.entity_id = m32.entity_id
            and keys.period_type = m32.period_type
            and keys.period = m32.period
    left join m33
        on
            keys.level = m33.level
            and keys.entity_id = m33.entity_id
            and keys.period_type = m33.period_type
            and keys.period = m33.period
    left join m34
        on
            keys.level = m34.level
            and keys.entity_id = m34.entity_id
            and keys.period_type = m34.period_type
            and keys.period = m34.period
    left join m35
        on
            keys.level = m35.level
            and keys.entity_id = m35.entity_id
            and keys.period_type = m35.period_type
            and keys.period = m35.period
    left join m36
        on
            keys.level = m36.level
            and keys.entity_id = m36.entity_id
            and keys.period_type = m36.period_type
            and keys.period = m36.period
    left join m37
        on
            keys.level = m37.level
            and keys.entity_id = m37.entity_id
            and keys.period_type = m37.period_type
            and keys.period = m37.period
    left join m38
        on
            keys.level = m38.level
            and keys.entity_id = m38.entity_id
            and keys.period_type = m38.period_type
            and keys.period = m38.period
    left join m39
        on
            keys.level = m39.level
            and keys.entity_id = m39.entity_id
            and keys.period_type = m39.period_type
            and keys.period = m39.period
    left join m40
        on
            keys.level = m40.level
            and keys.entity_id = m40.entity_id
            and keys.period_type = m40.period_type
            and keys.period = m40.period
    left join m41
        on
            keys.level = m41.level
            and keys.entity_id = m41.entity_id
            and keys.period_type = m41.period_type
            and keys.period = m41.period

)

select * from final
