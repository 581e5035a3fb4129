{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    trial_cases, rows closed in P: 183 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__trial_cases__closed_in() -%}
    {{ return({
        'fact': 'fct_trial_cases',
        'shape': 'monthly',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_trial_cases__closed_in__count__case_type_code_adm1': 'count',
            'm_trial_cases__closed_in__count__case_type_code_adm1__is_within_limit': 'count',
            'm_trial_cases__closed_in__count__case_type_code_adm1__has_statutory_limit': 'count',
            'm_trial_cases__closed_in__sum_duration_days__case_type_code_adm1': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_adm1__duration_days_known': 'count',
            'm_trial_cases__closed_in__count__case_type_code_adm1__closing_method_mediation_or_withdrawal': 'count',
            'm_trial_cases__closed_in__count__case_type_code_adm1__closing_method_dismissal': 'count',
            'm_trial_cases__closed_in__count__case_type_code_adm1__closing_method_judgment_or_ruli_fe55f723e4': 'count',
            'm_trial_cases__closed_in__count__case_type_code_adm1__closing_method_judgment_or_ruling': 'count',
            'm_trial_cases__closed_in__count__case_type_code_adm1__is_reviewed': 'count',
            'm_trial_cases__closed_in__count__case_type_code_adm2': 'count',
            'm_trial_cases__closed_in__count__case_type_code_adm2__is_within_limit': 'count',
            'm_trial_cases__closed_in__count__case_type_code_adm2__has_statutory_limit': 'count',
            'm_trial_cases__closed_in__sum_duration_days__case_type_code_adm2': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_adm2__duration_days_known': 'count',
            'm_trial_cases__closed_in__count__case_type_code_adm2__is_amended_or_remanded': 'count',
            'm_trial_cases__closed_in__count__case_type_code_adm1_or_adm2__closing_method_judgment_or_ruling': 'count',
            'm_trial_cases__closed_in__count__is_second_instance': 'count',
            'm_trial_cases__closed_in__count__is_second_instance__review_outcome_upheld': 'count',
            'm_trial_cases__closed_in__count__is_second_instance__review_outcome_amended': 'count',
            'm_trial_cases__closed_in__count__is_second_instance__review_outcome_remanded': 'count',
            'm_trial_cases__closed_in__count__is_second_instance__review_outcome_mediated': 'count',
            'm_trial_cases__closed_in__count__is_second_instance__review_outcome_withdrawn': 'count',
            'm_trial_cases__closed_in__sum_duration_days__is_second_instance': 'sum',
            'm_trial_cases__closed_in__count__duration_days_known__is_second_instance': 'count',
            'm_trial_cases__closed_in__count__is_first_instance': 'count',
            'm_trial_cases__closed_in__count__case_type_code_adm1_or_adm2_or_civ1_or_civ2_or_crim1_9c2d44bc03': 'count',
            'm_trial_cases__closed_in__sum_duration_days__case_type_code_adm_petition_or_civ_petit_a4bdf50ce0': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_8f4c90ba1f': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__review_o_c3e156a0a2': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__review_o_e086829362': 'count',
            'm_trial_cases__closed_in__count__case_type_code_bankruptcy': 'count',
            'm_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_known': 'count',
            'm_trial_cases__closed_in__sum_elapsed_days__bankruptcy_reorganization__case_type_code_bankruptcy': 'sum',
            'm_trial_cases__closed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy_cd9c22b03b': 'count',
            'm_trial_cases__closed_in__sum_elapsed_days__case_type_code_bankruptcy__not_bankruptcy_0d09d3ac4f': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_known__not_b_fc4986332e': 'count',
            'm_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_le_365': 'count',
            'm_trial_cases__closed_in__sum_bankruptcy_recovered_amount__bankruptcy_reorganization_7854907a1d': 'sum',
            'm_trial_cases__closed_in__sum_bankruptcy_total_claims__bankruptcy_reorganization__cas_ce0d64a9cc': 'sum',
            'm_trial_cases__closed_in__sum_bankruptcy_recovered_amount__case_type_code_bankruptcy_99713eb145': 'sum',
            'm_trial_cases__closed_in__sum_bankruptcy_total_claims__case_type_code_bankruptcy__not_b0f4ac8772': 'sum',
            'm_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__involves_enterprise': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__involves_enterprise': 'count',
            'm_trial_cases__closed_in__count__involves_enterprise__is_within_limit': 'count',
            'm_trial_cases__closed_in__count__has_statutory_limit__involves_enterprise': 'count',
            'm_trial_cases__closed_in__sum_elapsed_days__case_type_code_bankruptcy': 'sum',
            'm_trial_cases__closed_in__sum_bankruptcy_recovered_amount__case_type_code_bankruptcy': 'sum',
            'm_trial_cases__closed_in__sum_bankruptcy_total_claims__case_type_code_bankruptcy': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_civ1__involves_enterprise': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruli_d82cbbd64f': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruli_38472b40e2': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ2__involves_enterprise__is_amended_568ebee56a': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ2__involves_enterprise': 'count',
            'm_trial_cases__closed_in__sum_elapsed_days__case_type_code_civ1__cause_of_action_vadf2db': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__elapse_aef226d1a2': 'count',
            'm_trial_cases__closed_in__sum_elapsed_days__case_type_code_civ2__cause_of_action_vadf2db': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_civ2__cause_of_action_vadf2db__elapse_6ff96fd509': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__is_within_limit': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__has_st_0da04ac6b0': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__proced_fcd2e1dedd': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__closin_aebebd85a6': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__proced_ec58ebab1a': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__is_reviewed': 'count',
            'm_trial_cases__closed_in__sum_bankruptcy_recovery_ratio__case_type_code_bankruptcy': 'sum',
            'm_trial_cases__closed_in__count__bankruptcy_recovery_ratio_known__case_type_code_bankruptcy': 'count',
            'm_trial_cases__closed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy': 'count',
            'm_trial_cases__closed_in__sum_statutory_court_fee_ratio__case_type_code_civ1__claim_a_4e095ba17e': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_civ1__claim_amount_gt_0__involves_ent_58431b90c4': 'count',
            'm_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_le_183': 'count',
            'm_trial_cases__closed_in__count': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__is_within_limit': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__has_statutory_limit': 'count',
            'm_trial_cases__closed_in__sum_duration_days__case_type_code_civ1': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__closing_method_mediation': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__closing_method_withdrawal': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__closing_method_mediation_or_withdrawal': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__closing_method_dismissal': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruli_4afafdb850': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruling': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__is_reviewed': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__procedure_simple_or_small_claims': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1__procedure_small_claims': 'count',
            'm_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__procedure_small_claims': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_a8c00e97eb': 'count',
            'm_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__procedure_simple': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_simple': 'count',
            'm_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__procedure_ordinary': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_ordinary': 'count',
            'm_trial_cases__closed_in__sum_claim_amount__case_type_code_civ1': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_civ1__claim_amount_known': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ2': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ2__is_within_limit': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ2__has_statutory_limit': 'count',
            'm_trial_cases__closed_in__sum_duration_days__case_type_code_civ2': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_civ2__duration_days_known': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ2__is_amended_or_remanded': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ2__closing_method_mediation_or_withdrawal': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ1_or_civ2__closing_method_judgment_f85b3c53c7': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ_special__is_within_limit': 'count',
            'm_trial_cases__closed_in__count__case_type_code_civ_special__has_statutory_limit': 'count',
            'm_trial_cases__closed_in__count__case_type_code_crim1': 'count',
            'm_trial_cases__closed_in__count__case_type_code_crim1__is_within_limit': 'count',
            'm_trial_cases__closed_in__count__case_type_code_crim1__has_statutory_limit': 'count',
            'm_trial_cases__closed_in__count__case_type_code_crim1__has_extension': 'count',
            'm_trial_cases__closed_in__sum_duration_days__case_type_code_crim1': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known': 'count',
            'm_trial_cases__closed_in__count__case_type_code_crim1__procedure_simple': 'count',
            'm_trial_cases__closed_in__count__case_type_code_crim1__procedure_speedy': 'count',
            'm_trial_cases__closed_in__sum_duration_days__case_type_code_crim1__procedure_speedy': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_speedy': 'count',
            'm_trial_cases__closed_in__sum_duration_days__case_type_code_crim1__procedure_simple': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_simple': 'count',
            'm_trial_cases__closed_in__sum_duration_days__case_type_code_crim1__procedure_ordinary': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_ordinary': 'count',
            'm_trial_cases__closed_in__count__case_type_code_crim1__closing_method_judgment_or_rul_294c385007': 'count',
            'm_trial_cases__closed_in__count__case_type_code_crim1__closing_method_judgment_or_ruling': 'count',
            'm_trial_cases__closed_in__count__case_type_code_crim1__is_reviewed': 'count',
            'm_trial_cases__closed_in__count__case_type_code_crim2': 'count',
            'm_trial_cases__closed_in__count__case_type_code_crim2__is_within_limit': 'count',
            'm_trial_cases__closed_in__count__case_type_code_crim2__has_statutory_limit': 'count',
            'm_trial_cases__closed_in__sum_duration_days__case_type_code_crim2': 'sum',
            'm_trial_cases__closed_in__count__case_type_code_crim2__duration_days_known': 'count',
            'm_trial_cases__closed_in__count__case_type_code_crim2__is_amended_or_remanded': 'count',
            'm_trial_cases__closed_in__count__case_type_code_crim1_or_crim2__closing_method_judgme_dd26a4c45e': 'count',
            'm_trial_cases__closed_in__count__has_held_hearing__is_second_instance': 'count',
            'm_trial_cases__closed_in__count__case_type_code_presuit_confirm__is_within_limit': 'count',
            'm_trial_cases__closed_in__count__case_type_code_presuit_confirm__has_statutory_limit': 'count',
            'm_trial_cases__closed_in__count__case_type_code_presuit_confirm': 'count',
            'm_trial_cases__closed_in__count__is_within_limit__procedure_ordinary': 'count',
            'm_trial_cases__closed_in__count__has_statutory_limit__procedure_ordinary': 'count',
            'm_trial_cases__closed_in__count__is_within_limit__procedure_simple': 'count',
            'm_trial_cases__closed_in__count__has_statutory_limit__procedure_simple': 'count',
            'm_trial_cases__closed_in__count__is_within_limit__procedure_small_claims': 'count',
            'm_trial_cases__closed_in__count__has_statutory_limit__procedure_small_claims': 'count',
            'm_trial_cases__closed_in__count__is_within_limit__procedure_speedy': 'count',
            'm_trial_cases__closed_in__count__has_statutory_limit__procedure_speedy': 'count',
            'm_trial_cases__closed_in__count__is_second_instance__is_within_limit': 'count',
            'm_trial_cases__closed_in__count__has_statutory_limit__is_second_instance': 'count',
            'm_trial_cases__closed_in__count__is_within_limit__procedure_review': 'count',
            'm_trial_cases__closed_in__count__has_statutory_limit__procedure_review': 'count',
            'm_trial_cases__closed_in__count__is_within_limit__procedure_retrial': 'count',
            'm_trial_cases__closed_in__count__has_statutory_limit__procedure_retrial': 'count',
            'm_trial_cases__closed_in__count__is_within_limit__not_has_extension': 'count',
            'm_trial_cases__closed_in__count__has_statutory_limit': 'count',
            'm_trial_cases__closed_in__count__has_extension__has_statutory_limit': 'count',
            'm_trial_cases__closed_in__count__has_statutory_limit__has_suspension': 'count',
            'm_trial_cases__closed_in__count__has_statutory_limit__has_time_limit_events': 'count',
            'm_trial_cases__closed_in__sum_extension_days__has_extension': 'sum',
            'm_trial_cases__closed_in__count__extension_days_known__has_extension': 'count',
            'm_trial_cases__closed_in__sum_suspended_days__has_suspension': 'sum',
            'm_trial_cases__closed_in__count__has_suspension__suspended_days_known': 'count',
            'm_trial_cases__closed_in__count__has_statutory_limit__not_is_within_limit': 'count',
            'm_trial_cases__closed_in__count__elapsed_days_gt_365': 'count',
            'm_trial_cases__closed_in__count__elapsed_days_le_180__is_first_instance': 'count',
            'm_trial_cases__closed_in__sum_elapsed_days': 'sum',
            'm_trial_cases__closed_in__count__elapsed_days_known': 'count',
            'm_trial_cases__closed_in__count__is_within_limit': 'count',
            'm_trial_cases__closed_in__sum_duration_days': 'sum',
            'm_trial_cases__closed_in__count__duration_days_known': 'count',
            'm_trial_cases__closed_in__count__closing_method_mediation': 'count',
            'm_trial_cases__closed_in__count__closing_method_withdrawal': 'count',
            'm_trial_cases__closed_in__count__closing_method_mediation_or_withdrawal': 'count',
            'm_trial_cases__closed_in__count__closing_method_judgment_or_ruling__is_first_instance_74a07f8f22': 'count',
            'm_trial_cases__closed_in__count__closing_method_judgment_or_ruling__is_first_instance': 'count',
            'm_trial_cases__closed_in__count__is_first_instance__is_reviewed': 'count',
            'm_trial_cases__closed_in__count__is_amended_or_remanded__is_second_instance': 'count',
            'm_trial_cases__closed_in__count__elapsed_days_le_180': 'count',
            'm_trial_cases__closed_in__count__is_first_instance__is_within_limit': 'count',
            'm_trial_cases__closed_in__count__has_statutory_limit__is_first_instance': 'count',
            'm_trial_cases__closed_in__count__is_first_instance__procedure_simple_or_small_claims_or_speedy': 'count',
            'm_trial_cases__closed_in__count__has_collegial_panel__is_first_instance': 'count',
            'm_trial_cases__closed_in__sum_duration_days__is_first_instance': 'sum',
            'm_trial_cases__closed_in__count__duration_days_known__is_first_instance': 'count',
            'm_trial_cases__closed_in__count__case_type_code_not_presuit_confirm': 'count',
            'm_trial_cases__closed_in__sum_claim_amount': 'sum',
            'm_trial_cases__closed_in__count__closing_method_mediation_or_withdrawal__is_first_instance': 'count',
            'm_trial_cases__closed_in__count__is_reviewed__is_second_instance': 'count',
            'm_trial_cases__closed_in__count__claim_amount_known': 'count',
        },
        'rows': measure_rows__trial_cases__closed_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__trial_cases__closed_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        cast({{ dbt.date_trunc('month', 'f.closing_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when (f.case_type_code = '行初') then 1 else 0 end as i_m_trial_cases__closed_in__count__case_type_code_adm1,
        case
            when (f.case_type_code = '行初') and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_adm1__is_within_limit,
        case
            when (f.case_type_code = '行初') and (coalesce(f.has_statutory_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_adm1__has_statutory_limit,
        cast(
            case
                when (f.case_type_code = '行初')
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_duration_days__case_type_code_adm1,
        case
            when (f.case_type_code = '行初') and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_adm1__duration_days_known,
        case
            when (f.case_type_code = '行初') and (f.closing_method in ('mediation', 'withdrawal'))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_mediation_or_withdrawal,
        case
            when (f.case_type_code = '行初') and (f.closing_method = 'dismissal')
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_dismissal,
        case
            when
                (f.case_type_code = '行初')
                and (f.closing_method in ('judgment', 'ruling'))
                and (coalesce(f.is_reviewed_by_second_instance, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_judgment_or_ruli_fe55f723e4,
        case
            when (f.case_type_code = '行初') and (f.closing_method in ('judgment', 'ruling'))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_adm1__closing_method_judgment_or_ruling,
        case
            when (f.case_type_code = '行初') and (coalesce(f.is_reviewed, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_adm1__is_reviewed,
        case when (f.case_type_code = '行终') then 1 else 0 end as i_m_trial_cases__closed_in__count__case_type_code_adm2,
        case
            when (f.case_type_code = '行终') and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_adm2__is_within_limit,
        case
            when (f.case_type_code = '行终') and (coalesce(f.has_statutory_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_adm2__has_statutory_limit,
        cast(
            case
                when (f.case_type_code = '行终')
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_duration_days__case_type_code_adm2,
        case
            when (f.case_type_code = '行终') and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_adm2__duration_days_known,
        case
            when (f.case_type_code = '行终') and (coalesce(f.is_amended_or_remanded, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_adm2__is_amended_or_remanded,
        case
            when (f.case_type_code in ('行初', '行终')) and (f.closing_method in ('judgment', 'ruling'))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_adm1_or_adm2__closing_method_judgment_or_ruling,
        case when (coalesce(f.is_second_instance, false)) then 1 else 0 end as i_m_trial_cases__closed_in__count__is_second_instance,
        case
            when (coalesce(f.is_second_instance, false)) and (f.review_outcome = 'upheld')
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__is_second_instance__review_outcome_upheld,
        case
            when (coalesce(f.is_second_instance, false)) and (f.review_outcome = 'amended')
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__is_second_instance__review_outcome_amended,
        case
            when (coalesce(f.is_second_instance, false)) and (f.review_outcome = 'remanded')
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__is_second_instance__review_outcome_remanded,
        case
            when (coalesce(f.is_second_instance, false)) and (f.review_outcome = 'mediated')
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__is_second_instance__review_outcome_mediated,
        case
            when (coalesce(f.is_second_instance, false)) and (f.review_outcome = 'withdrawn')
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__is_second_instance__review_outcome_withdrawn,
        cast(
            case
                when (coalesce(f.is_second_instance, false))
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_duration_days__is_second_instance,
        case
            when (coalesce(f.is_second_instance, false)) and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__duration_days_known__is_second_instance,
        case when (coalesce(f.is_first_instance, false)) then 1 else 0 end as i_m_trial_cases__closed_in__count__is_first_instance,
        case
            when (f.case_type_code in ('民初', '刑初', '行初', '民终', '刑终', '行终')) and (f.closing_method in ('judgment', 'ruling', 'mediation'))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_adm1_or_adm2_or_civ1_or_civ2_or_crim1_9c2d44bc03,
        cast(
            case
                when (f.case_type_code in ('民申', '刑申', '行申'))
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_duration_days__case_type_code_adm_petition_or_civ_petit_a4bdf50ce0,
        case
            when (f.case_type_code in ('民申', '刑申', '行申')) and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_adm_petition_or_civ_petition_or_crim_8f4c90ba1f,
        case
            when (f.case_type_code in ('民再', '刑再'))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial,
        case
            when (f.case_type_code in ('民再', '刑再')) and (f.review_outcome = 'amended')
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__review_o_c3e156a0a2,
        case
            when (f.case_type_code in ('民再', '刑再')) and (f.review_outcome = 'remanded')
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ_retrial_or_crim_retrial__review_o_e086829362,
        case when (f.case_type_code = '破') then 1 else 0 end as i_m_trial_cases__closed_in__count__case_type_code_bankruptcy,
        case
            when (f.case_type_code = '破') and (f.elapsed_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_known,
        cast(
            case
                when (f.case_type_code = '破') and (coalesce(f.bankruptcy_reorganization, false))
                    then f.elapsed_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_elapsed_days__bankruptcy_reorganization__case_type_code_bankruptcy,
        case
            when (f.case_type_code = '破') and (coalesce(f.bankruptcy_reorganization, false)) and (f.elapsed_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy_cd9c22b03b,
        cast(
            case
                when (f.case_type_code = '破') and ((f.bankruptcy_reorganization) = false)
                    then f.elapsed_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_elapsed_days__case_type_code_bankruptcy__not_bankruptcy_0d09d3ac4f,
        case
            when (f.case_type_code = '破') and ((f.bankruptcy_reorganization) = false) and (f.elapsed_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_known__not_b_fc4986332e,
        case
            when (f.case_type_code = '破') and (f.elapsed_days <= 365)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_le_365,
        cast(
            case
                when (f.case_type_code = '破') and (coalesce(f.bankruptcy_reorganization, false))
                    then f.bankruptcy_recovered_amount
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_bankruptcy_recovered_amount__bankruptcy_reorganization_7854907a1d,
        cast(
            case
                when (f.case_type_code = '破') and (coalesce(f.bankruptcy_reorganization, false))
                    then f.bankruptcy_total_claims
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_bankruptcy_total_claims__bankruptcy_reorganization__cas_ce0d64a9cc,
        cast(
            case
                when (f.case_type_code = '破') and ((f.bankruptcy_reorganization) = false)
                    then f.bankruptcy_recovered_amount
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_bankruptcy_recovered_amount__case_type_code_bankruptcy_99713eb145,
        cast(
            case
                when (f.case_type_code = '破') and ((f.bankruptcy_reorganization) = false)
                    then f.bankruptcy_total_claims
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_bankruptcy_total_claims__case_type_code_bankruptcy__not_b0f4ac8772,
        cast(
            case
                when (f.case_type_code = '民初') and (coalesce(f.involves_enterprise, false))
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__involves_enterprise,
        case
            when (f.case_type_code = '民初') and (coalesce(f.involves_enterprise, false)) and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__involves_enterprise,
        case
            when (coalesce(f.involves_enterprise, false)) and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__involves_enterprise__is_within_limit,
        case
            when (coalesce(f.involves_enterprise, false)) and (coalesce(f.has_statutory_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__has_statutory_limit__involves_enterprise,
        cast(
            case
                when (f.case_type_code = '破')
                    then f.elapsed_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_elapsed_days__case_type_code_bankruptcy,
        cast(
            case
                when (f.case_type_code = '破')
                    then f.bankruptcy_recovered_amount
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_bankruptcy_recovered_amount__case_type_code_bankruptcy,
        cast(
            case
                when (f.case_type_code = '破')
                    then f.bankruptcy_total_claims
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_bankruptcy_total_claims__case_type_code_bankruptcy,
        case
            when (f.case_type_code = '民初') and (coalesce(f.involves_enterprise, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__involves_enterprise,
        case
            when
                (f.case_type_code = '民初')
                and (coalesce(f.involves_enterprise, false))
                and (f.closing_method in ('judgment', 'ruling'))
                and (coalesce(f.is_reviewed_by_second_instance, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruli_d82cbbd64f,
        case
            when (f.case_type_code = '民初') and (coalesce(f.involves_enterprise, false)) and (f.closing_method in ('judgment', 'ruling'))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruli_38472b40e2,
        case
            when (f.case_type_code = '民终') and (coalesce(f.involves_enterprise, false)) and (coalesce(f.is_amended_or_remanded, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ2__involves_enterprise__is_amended_568ebee56a,
        case
            when (f.case_type_code = '民终') and (coalesce(f.involves_enterprise, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ2__involves_enterprise,
        cast(
            case
                when (f.case_type_code = '民初') and (f.cause_of_action = '买卖合同纠纷')
                    then f.elapsed_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_elapsed_days__case_type_code_civ1__cause_of_action_vadf2db,
        case
            when (f.case_type_code = '民初') and (f.cause_of_action = '买卖合同纠纷') and (f.elapsed_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__elapse_aef226d1a2,
        cast(
            case
                when (f.case_type_code = '民终') and (f.cause_of_action = '买卖合同纠纷')
                    then f.elapsed_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_elapsed_days__case_type_code_civ2__cause_of_action_vadf2db,
        case
            when (f.case_type_code = '民终') and (f.cause_of_action = '买卖合同纠纷') and (f.elapsed_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ2__cause_of_action_vadf2db__elapse_6ff96fd509,
        case
            when (f.case_type_code = '民初') and (f.cause_of_action = '买卖合同纠纷') and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__is_within_limit,
        case
            when (f.case_type_code = '民初') and (f.cause_of_action = '买卖合同纠纷') and (coalesce(f.has_statutory_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__has_st_0da04ac6b0,
        case
            when (f.case_type_code = '民初') and (f.cause_of_action = '买卖合同纠纷') and (f.procedure in ('simple', 'small_claims'))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__proced_fcd2e1dedd,
        case
            when (f.case_type_code = '民初') and (f.cause_of_action = '买卖合同纠纷')
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db,
        case
            when (f.case_type_code = '民初') and (f.cause_of_action = '买卖合同纠纷') and (f.closing_method = 'mediation')
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__closin_aebebd85a6,
        case
            when (f.case_type_code = '民初') and (f.cause_of_action = '买卖合同纠纷') and (f.procedure = 'small_claims')
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__proced_ec58ebab1a,
        case
            when (f.case_type_code = '民初') and (f.cause_of_action = '买卖合同纠纷') and (coalesce(f.is_reviewed, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__cause_of_action_vadf2db__is_reviewed,
        cast(
            case
                when (f.case_type_code = '破')
                    then f.bankruptcy_recovered_amount / nullif(f.bankruptcy_total_claims, 0)
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_bankruptcy_recovery_ratio__case_type_code_bankruptcy,
        case
            when (f.case_type_code = '破') and (f.bankruptcy_recovered_amount / nullif(f.bankruptcy_total_claims, 0) is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__bankruptcy_recovery_ratio_known__case_type_code_bankruptcy,
        case
            when (f.case_type_code = '破') and (coalesce(f.bankruptcy_reorganization, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__bankruptcy_reorganization__case_type_code_bankruptcy,
        cast(
            case
                when (f.case_type_code = '民初') and (coalesce(f.involves_enterprise, false)) and (f.claim_amount > 0)
                    then cast((case when f.claim_amount > 0 then (50 + 0.025 * greatest(least(f.claim_amount, 100000) - 10000, 0) + 0.02 * greatest(least(f.claim_amount, 200000) - 100000, 0) + 0.015 * greatest(least(f.claim_amount, 500000) - 200000, 0) + 0.01 * greatest(least(f.claim_amount, 1000000) - 500000, 0) + 0.009 * greatest(least(f.claim_amount, 2000000) - 1000000, 0) + 0.008 * greatest(least(f.claim_amount, 5000000) - 2000000, 0) + 0.007 * greatest(least(f.claim_amount, 10000000) - 5000000, 0) + 0.006 * greatest(least(f.claim_amount, 20000000) - 10000000, 0) + 0.005 * greatest(f.claim_amount - 20000000, 0)) * case when f.procedure in ('simple', 'small_claims') or f.closing_method in ('mediation', 'withdrawal') then 0.5 else 1 end end) as double) / nullif(f.claim_amount, 0)  -- noqa: LT05
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_statutory_court_fee_ratio__case_type_code_civ1__claim_a_4e095ba17e,
        case
            when
                (f.case_type_code = '民初')
                and (coalesce(f.involves_enterprise, false))
                and (f.claim_amount > 0)
                and (cast((case when f.claim_amount > 0 then (50 + 0.025 * greatest(least(f.claim_amount, 100000) - 10000, 0) + 0.02 * greatest(least(f.claim_amount, 200000) - 100000, 0) + 0.015 * greatest(least(f.claim_amount, 500000) - 200000, 0) + 0.01 * greatest(least(f.claim_amount, 1000000) - 500000, 0) + 0.009 * greatest(least(f.claim_amount, 2000000) - 1000000, 0) + 0.008 * greatest(least(f.claim_amount, 5000000) - 2000000, 0) + 0.007 * greatest(least(f.claim_amount, 10000000) - 5000000, 0) + 0.006 * greatest(least(f.claim_amount, 20000000) - 10000000, 0) + 0.005 * greatest(f.claim_amount - 20000000, 0)) * case when f.procedure in ('simple', 'small_claims') or f.closing_method in ('mediation', 'withdrawal') then 0.5 else 1 end end) as double) / nullif(f.claim_amount, 0) is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__claim_amount_gt_0__involves_ent_58431b90c4,
        case
            when (f.case_type_code = '破') and (f.elapsed_days <= 183)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_bankruptcy__elapsed_days_le_183,
        case when true then 1 else 0 end as i_m_trial_cases__closed_in__count,
        case when (f.case_type_code = '民初') then 1 else 0 end as i_m_trial_cases__closed_in__count__case_type_code_civ1,
        case
            when (f.case_type_code = '民初') and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__is_within_limit,
        case
            when (f.case_type_code = '民初') and (coalesce(f.has_statutory_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__has_statutory_limit,
        cast(
            case
                when (f.case_type_code = '民初')
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1,
        case
            when (f.case_type_code = '民初') and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known,
        case
            when (f.case_type_code = '民初') and (f.closing_method = 'mediation')
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_mediation,
        case
            when (f.case_type_code = '民初') and (f.closing_method = 'withdrawal')
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_withdrawal,
        case
            when (f.case_type_code = '民初') and (f.closing_method in ('mediation', 'withdrawal'))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_mediation_or_withdrawal,
        case
            when (f.case_type_code = '民初') and (f.closing_method = 'dismissal')
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_dismissal,
        case
            when
                (f.case_type_code = '民初')
                and (f.closing_method in ('judgment', 'ruling'))
                and (coalesce(f.is_reviewed_by_second_instance, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruli_4afafdb850,
        case
            when (f.case_type_code = '民初') and (f.closing_method in ('judgment', 'ruling'))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__closing_method_judgment_or_ruling,
        case
            when (f.case_type_code = '民初') and (coalesce(f.is_reviewed, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__is_reviewed,
        case
            when (f.case_type_code = '民初') and (f.procedure in ('simple', 'small_claims'))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__procedure_simple_or_small_claims,
        case
            when (f.case_type_code = '民初') and (f.procedure = 'small_claims')
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__procedure_small_claims,
        cast(
            case
                when (f.case_type_code = '民初') and (f.procedure = 'small_claims')
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__procedure_small_claims,
        case
            when (f.case_type_code = '民初') and (f.procedure = 'small_claims') and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_a8c00e97eb,
        cast(
            case
                when (f.case_type_code = '民初') and (f.procedure = 'simple')
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__procedure_simple,
        case
            when (f.case_type_code = '民初') and (f.procedure = 'simple') and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_simple,
        cast(
            case
                when (f.case_type_code = '民初') and (f.procedure = 'ordinary')
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_duration_days__case_type_code_civ1__procedure_ordinary,
        case
            when (f.case_type_code = '民初') and (f.procedure = 'ordinary') and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__duration_days_known__procedure_ordinary,
        cast(
            case
                when (f.case_type_code = '民初')
                    then f.claim_amount
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_claim_amount__case_type_code_civ1,
        case
            when (f.case_type_code = '民初') and (f.claim_amount is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1__claim_amount_known,
        case when (f.case_type_code = '民终') then 1 else 0 end as i_m_trial_cases__closed_in__count__case_type_code_civ2,
        case
            when (f.case_type_code = '民终') and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ2__is_within_limit,
        case
            when (f.case_type_code = '民终') and (coalesce(f.has_statutory_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ2__has_statutory_limit,
        cast(
            case
                when (f.case_type_code = '民终')
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_duration_days__case_type_code_civ2,
        case
            when (f.case_type_code = '民终') and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ2__duration_days_known,
        case
            when (f.case_type_code = '民终') and (coalesce(f.is_amended_or_remanded, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ2__is_amended_or_remanded,
        case
            when (f.case_type_code = '民终') and (f.closing_method in ('mediation', 'withdrawal'))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ2__closing_method_mediation_or_withdrawal,
        case
            when (f.case_type_code in ('民初', '民终')) and (f.closing_method in ('judgment', 'ruling', 'mediation'))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ1_or_civ2__closing_method_judgment_f85b3c53c7,
        case
            when (f.case_type_code = '民特') and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ_special__is_within_limit,
        case
            when (f.case_type_code = '民特') and (coalesce(f.has_statutory_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_civ_special__has_statutory_limit,
        case when (f.case_type_code = '刑初') then 1 else 0 end as i_m_trial_cases__closed_in__count__case_type_code_crim1,
        case
            when (f.case_type_code = '刑初') and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_crim1__is_within_limit,
        case
            when (f.case_type_code = '刑初') and (coalesce(f.has_statutory_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_crim1__has_statutory_limit,
        case
            when (f.case_type_code = '刑初') and (coalesce(f.extension_days > 0, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_crim1__has_extension,
        cast(
            case
                when (f.case_type_code = '刑初')
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1,
        case
            when (f.case_type_code = '刑初') and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known,
        case
            when (f.case_type_code = '刑初') and (f.procedure = 'simple')
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_crim1__procedure_simple,
        case
            when (f.case_type_code = '刑初') and (f.procedure = 'speedy')
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_crim1__procedure_speedy,
        cast(
            case
                when (f.case_type_code = '刑初') and (f.procedure = 'speedy')
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1__procedure_speedy,
        case
            when (f.case_type_code = '刑初') and (f.procedure = 'speedy') and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_speedy,
        cast(
            case
                when (f.case_type_code = '刑初') and (f.procedure = 'simple')
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1__procedure_simple,
        case
            when (f.case_type_code = '刑初') and (f.procedure = 'simple') and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_simple,
        cast(
            case
                when (f.case_type_code = '刑初') and (f.procedure = 'ordinary')
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_duration_days__case_type_code_crim1__procedure_ordinary,
        case
            when (f.case_type_code = '刑初') and (f.procedure = 'ordinary') and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_crim1__duration_days_known__procedure_ordinary,
        case
            when
                (f.case_type_code = '刑初')
                and (f.closing_method in ('judgment', 'ruling'))
                and (coalesce(f.is_reviewed_by_second_instance, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_crim1__closing_method_judgment_or_rul_294c385007,
        case
            when (f.case_type_code = '刑初') and (f.closing_method in ('judgment', 'ruling'))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_crim1__closing_method_judgment_or_ruling,
        case
            when (f.case_type_code = '刑初') and (coalesce(f.is_reviewed, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_crim1__is_reviewed,
        case when (f.case_type_code = '刑终') then 1 else 0 end as i_m_trial_cases__closed_in__count__case_type_code_crim2,
        case
            when (f.case_type_code = '刑终') and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_crim2__is_within_limit,
        case
            when (f.case_type_code = '刑终') and (coalesce(f.has_statutory_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_crim2__has_statutory_limit,
        cast(
            case
                when (f.case_type_code = '刑终')
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_duration_days__case_type_code_crim2,
        case
            when (f.case_type_code = '刑终') and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_crim2__duration_days_known,
        case
            when (f.case_type_code = '刑终') and (coalesce(f.is_amended_or_remanded, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_crim2__is_amended_or_remanded,
        case
            when (f.case_type_code in ('刑初', '刑终')) and (f.closing_method in ('judgment', 'ruling'))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_crim1_or_crim2__closing_method_judgme_dd26a4c45e,
        case
            when (coalesce(f.is_second_instance, false)) and (coalesce(f.held_hearing_count > 0, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__has_held_hearing__is_second_instance,
        case
            when (f.case_type_code = '诉前调确') and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_presuit_confirm__is_within_limit,
        case
            when (f.case_type_code = '诉前调确') and (coalesce(f.has_statutory_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__case_type_code_presuit_confirm__has_statutory_limit,
        case when (f.case_type_code = '诉前调确') then 1 else 0 end as i_m_trial_cases__closed_in__count__case_type_code_presuit_confirm,
        case
            when (f.procedure = 'ordinary') and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__is_within_limit__procedure_ordinary,
        case
            when (f.procedure = 'ordinary') and (coalesce(f.has_statutory_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__has_statutory_limit__procedure_ordinary,
        case
            when (f.procedure = 'simple') and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__is_within_limit__procedure_simple,
        case
            when (f.procedure = 'simple') and (coalesce(f.has_statutory_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__has_statutory_limit__procedure_simple,
        case
            when (f.procedure = 'small_claims') and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__is_within_limit__procedure_small_claims,
        case
            when (f.procedure = 'small_claims') and (coalesce(f.has_statutory_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__has_statutory_limit__procedure_small_claims,
        case
            when (f.procedure = 'speedy') and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__is_within_limit__procedure_speedy,
        case
            when (f.procedure = 'speedy') and (coalesce(f.has_statutory_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__has_statutory_limit__procedure_speedy,
        case
            when (coalesce(f.is_second_instance, false)) and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__is_second_instance__is_within_limit,
        case
            when (coalesce(f.is_second_instance, false)) and (coalesce(f.has_statutory_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__has_statutory_limit__is_second_instance,
        case
            when (f.procedure = 'review') and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__is_within_limit__procedure_review,
        case
            when (f.procedure = 'review') and (coalesce(f.has_statutory_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__has_statutory_limit__procedure_review,
        case
            when (f.procedure = 'retrial') and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__is_within_limit__procedure_retrial,
        case
            when (f.procedure = 'retrial') and (coalesce(f.has_statutory_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__has_statutory_limit__procedure_retrial,
        case
            when (coalesce(f.is_within_limit, false)) and ((f.extension_days > 0) = false)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__is_within_limit__not_has_extension,
        case when (coalesce(f.has_statutory_limit, false)) then 1 else 0 end as i_m_trial_cases__closed_in__count__has_statutory_limit,
        case
            when (coalesce(f.has_statutory_limit, false)) and (coalesce(f.extension_days > 0, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__has_extension__has_statutory_limit,
        case
            when (coalesce(f.has_statutory_limit, false)) and (coalesce(f.suspended_days > 0, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__has_statutory_limit__has_suspension,
        case
            when (coalesce(f.has_statutory_limit, false)) and (coalesce(f.time_limit_event_count > 0, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__has_statutory_limit__has_time_limit_events,
        cast(
            case
                when (coalesce(f.extension_days > 0, false))
                    then f.extension_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_extension_days__has_extension,
        case
            when (coalesce(f.extension_days > 0, false)) and (f.extension_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__extension_days_known__has_extension,
        cast(
            case
                when (coalesce(f.suspended_days > 0, false))
                    then f.suspended_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_suspended_days__has_suspension,
        case
            when (coalesce(f.suspended_days > 0, false)) and (f.suspended_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__has_suspension__suspended_days_known,
        case
            when (coalesce(f.has_statutory_limit, false)) and ((f.is_within_limit) = false)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__has_statutory_limit__not_is_within_limit,
        case when (f.elapsed_days > 365) then 1 else 0 end as i_m_trial_cases__closed_in__count__elapsed_days_gt_365,
        case
            when (coalesce(f.is_first_instance, false)) and (f.elapsed_days <= 180)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__elapsed_days_le_180__is_first_instance,
        cast(case when true then f.elapsed_days end as decimal(38, 9)) as i_m_trial_cases__closed_in__sum_elapsed_days,
        case when (f.elapsed_days is not null) then 1 else 0 end as i_m_trial_cases__closed_in__count__elapsed_days_known,
        case when (coalesce(f.is_within_limit, false)) then 1 else 0 end as i_m_trial_cases__closed_in__count__is_within_limit,
        cast(case when true then f.duration_days end as decimal(38, 9)) as i_m_trial_cases__closed_in__sum_duration_days,
        case when (f.duration_days is not null) then 1 else 0 end as i_m_trial_cases__closed_in__count__duration_days_known,
        case when (f.closing_method = 'mediation') then 1 else 0 end as i_m_trial_cases__closed_in__count__closing_method_mediation,
        case when (f.closing_method = 'withdrawal') then 1 else 0 end as i_m_trial_cases__closed_in__count__closing_method_withdrawal,
        case
            when (f.closing_method in ('mediation', 'withdrawal'))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__closing_method_mediation_or_withdrawal,
        case
            when
                (coalesce(f.is_first_instance, false))
                and (f.closing_method in ('judgment', 'ruling'))
                and (coalesce(f.is_reviewed_by_second_instance, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__closing_method_judgment_or_ruling__is_first_instance_74a07f8f22,
        case
            when (coalesce(f.is_first_instance, false)) and (f.closing_method in ('judgment', 'ruling'))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__closing_method_judgment_or_ruling__is_first_instance,
        case
            when (coalesce(f.is_first_instance, false)) and (coalesce(f.is_reviewed, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__is_first_instance__is_reviewed,
        case
            when (coalesce(f.is_second_instance, false)) and (coalesce(f.is_amended_or_remanded, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__is_amended_or_remanded__is_second_instance,
        case when (f.elapsed_days <= 180) then 1 else 0 end as i_m_trial_cases__closed_in__count__elapsed_days_le_180,
        case
            when (coalesce(f.is_first_instance, false)) and (coalesce(f.is_within_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__is_first_instance__is_within_limit,
        case
            when (coalesce(f.is_first_instance, false)) and (coalesce(f.has_statutory_limit, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__has_statutory_limit__is_first_instance,
        case
            when (coalesce(f.is_first_instance, false)) and (f.procedure in ('simple', 'small_claims', 'speedy'))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__is_first_instance__procedure_simple_or_small_claims_or_speedy,
        case
            when (coalesce(f.is_first_instance, false)) and (coalesce(f.presiding_judge_id is not null, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__has_collegial_panel__is_first_instance,
        cast(
            case
                when (coalesce(f.is_first_instance, false))
                    then f.duration_days
            end as decimal(38, 9)
        ) as i_m_trial_cases__closed_in__sum_duration_days__is_first_instance,
        case
            when (coalesce(f.is_first_instance, false)) and (f.duration_days is not null)
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__duration_days_known__is_first_instance,
        case when (f.case_type_code != '诉前调确') then 1 else 0 end as i_m_trial_cases__closed_in__count__case_type_code_not_presuit_confirm,
        cast(case when true then f.claim_amount end as decimal(38, 9)) as i_m_trial_cases__closed_in__sum_claim_amount,
        case
            when (coalesce(f.is_first_instance, false)) and (f.closing_method in ('mediation', 'withdrawal'))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__closing_method_mediation_or_withdrawal__is_first_instance,
        case
            when (coalesce(f.is_second_instance, false)) and (coalesce(f.is_reviewed, false))
                then 1
            else 0
        end as i_m_trial_cases__closed_in__count__is_reviewed__is_second_instance,
        case when (f.claim_amount is not null) then 1 else 0 end as i_m_trial_cases__closed_in__count__claim_amount_known
    from {{ relation }} as f
    where f.closing_date is not null
{%- endmacro %}
