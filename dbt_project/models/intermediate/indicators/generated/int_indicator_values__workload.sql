-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- workload: the values of its indicators, one branch each, for the periods built tonight
-- (the others are kept)
{{ config(**period_incremental_config('workload')) }}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures('workload') }}

),

final as (

    {{ kept_period_rows('workload') }}
    select
        'weighted_workload' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight, 0) + coalesce(m_workload_credits__closed_in__sum_credit, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight, 0) + coalesce(m_workload_credits__closed_in__sum_credit, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'handling_weighted_workload' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_workload_credits__closed_in__sum_credit__case_role_handling, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_workload_credits__closed_in__sum_credit__case_role_handling, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('person')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer'))

    union all

    select
        'panel_member_weighted_workload' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_workload_credits__closed_in__sum_credit__case_role_panel_member, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_workload_credits__closed_in__sum_credit__case_role_panel_member, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('person')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'assistant_weighted_workload' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_workload_credits__closed_in__sum_credit__case_role_assistant, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_workload_credits__closed_in__sum_credit__case_role_assistant, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('person')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('judge_assistant'))

    union all

    select
        'clerk_weighted_workload' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_workload_credits__closed_in__sum_credit__case_role_clerk, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_workload_credits__closed_in__sum_credit__case_role_clerk, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('person')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('clerk'))

    union all

    select
        'panel_cases_participated' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_workload_credits__closed_in__count__case_role_panel_member, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_workload_credits__closed_in__count__case_role_panel_member, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('person')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'assistant_cases_participated' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_workload_credits__closed_in__count__case_role_assistant, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_workload_credits__closed_in__count__case_role_assistant, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('person')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('judge_assistant'))

    union all

    select
        'clerk_cases_recorded' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_workload_credits__closed_in__count__case_role_clerk, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_workload_credits__closed_in__count__case_role_clerk, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('person')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('clerk'))

    union all

    select
        'trial_weighted_workload' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight__case_kind_trial, 0) + coalesce(m_workload_credits__closed_in__sum_credit__case_kind_trial, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight__case_kind_trial, 0) + coalesce(m_workload_credits__closed_in__sum_credit__case_kind_trial, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'clerk'))
        and (level in ('court', 'city') or business_line in ('filing', 'civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'enforcement_weighted_workload' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight__case_kind_enforcement, 0) + coalesce(m_workload_credits__closed_in__sum_credit__case_kind_enforcement, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight__case_kind_enforcement, 0) + coalesce(m_workload_credits__closed_in__sum_credit__case_kind_enforcement, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'enforcement_officer', 'judge_assistant', 'clerk'))
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'civil_weighted_workload' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight__case_type_code_bankruptcy_or_civ1_or_civ_520203f81f, 0) + coalesce(m_workload_credits__closed_in__sum_credit__case_type_code_bankruptcy_or_civ1_or_civ2_fd3348fe2d, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight__case_type_code_bankruptcy_or_civ1_or_civ_520203f81f, 0) + coalesce(m_workload_credits__closed_in__sum_credit__case_type_code_bankruptcy_or_civ1_or_civ2_fd3348fe2d, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'clerk'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'trial_supervision'))

    union all

    select
        'criminal_weighted_workload' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight__case_type_code_crim1_or_crim2_or_crim_pe_a5effa73a1, 0) + coalesce(m_workload_credits__closed_in__sum_credit__case_type_code_crim1_or_crim2_or_crim_peti_8ca86f62bf, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight__case_type_code_crim1_or_crim2_or_crim_pe_a5effa73a1, 0) + coalesce(m_workload_credits__closed_in__sum_credit__case_type_code_crim1_or_crim2_or_crim_peti_8ca86f62bf, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'clerk'))
        and (level in ('court', 'city') or business_line in ('criminal', 'trial_supervision'))

    union all

    select
        'administrative_weighted_workload' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight__case_type_code_adm1_or_adm2_or_adm_petition, 0) + coalesce(m_workload_credits__closed_in__sum_credit__case_type_code_adm1_or_adm2_or_adm_petition, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight__case_type_code_adm1_or_adm2_or_adm_petition, 0) + coalesce(m_workload_credits__closed_in__sum_credit__case_type_code_adm1_or_adm2_or_adm_petition, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'clerk'))
        and (level in ('court', 'city') or business_line in ('administrative', 'trial_supervision'))

    union all

    select
        'appeal_weighted_workload' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight__case_type_code_adm2_or_civ2_or_crim2, 0) + coalesce(m_workload_credits__closed_in__sum_credit__case_type_code_adm2_or_civ2_or_crim2, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight__case_type_code_adm2_or_civ2_or_crim2, 0) + coalesce(m_workload_credits__closed_in__sum_credit__case_type_code_adm2_or_civ2_or_crim2, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'clerk'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'supervision_weighted_workload' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight__case_type_code_adm_petition_or_civ_petit_c449e68d5e, 0) + coalesce(m_workload_credits__closed_in__sum_credit__case_type_code_adm_petition_or_civ_petitio_8dc8892482, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight__case_type_code_adm_petition_or_civ_petit_c449e68d5e, 0) + coalesce(m_workload_credits__closed_in__sum_credit__case_type_code_adm_petition_or_civ_petitio_8dc8892482, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge', 'judge_assistant', 'clerk'))
        and (level in ('court', 'city') or business_line in ('trial_supervision', 'civil', 'commercial', 'criminal', 'administrative'))

    union all

    select
        'weighted_cases_filed' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_workload__filed_in__sum_case_weight, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_case_workload__filed_in__sum_case_weight, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'weighted_workload_per_quota_judge' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight, 0) as double) as numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as denominator,
        cast(case when coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) != 0 then cast(coalesce(m_case_workload__closed_in__sum_case_weight, 0) as double) / (coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'trial_weighted_workload_per_quota_judge' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight__case_kind_trial, 0) as double) as numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as denominator,
        cast(case when coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) != 0 then cast(coalesce(m_case_workload__closed_in__sum_case_weight__case_kind_trial, 0) as double) / (coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level in ('court', 'city') or business_line in ('filing', 'civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'enforcement_weighted_workload_per_quota_judge' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight__case_kind_enforcement, 0) as double) as numerator,
        cast(coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) as double) as denominator,
        cast(case when coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0) != 0 then cast(coalesce(m_case_workload__closed_in__sum_case_weight__case_kind_enforcement, 0) as double) / (coalesce(m_quota_judges__posted_in__count_distinct_person_id, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('department')
        and period_end >= cast('2016-01-01' as date)
        and (level in ('court', 'city') or business_line in ('enforcement'))

    union all

    select
        'avg_case_weight_closed' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_workload__closed_in__sum_case_weight, 0) as double) as numerator,
        cast(coalesce(m_case_workload__closed_in__count__case_weight_known, 0) as double) as denominator,
        cast(case when coalesce(m_case_workload__closed_in__count__case_weight_known, 0) != 0 then cast(coalesce(m_case_workload__closed_in__sum_case_weight, 0) as double) / (coalesce(m_case_workload__closed_in__count__case_weight_known, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'unconfigured_weight_case_share' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_case_workload__closed_in__count__not_has_configured_weight, 0) as double) as numerator,
        cast(coalesce(m_case_workload__closed_in__count, 0) as double) as denominator,
        cast(case when coalesce(m_case_workload__closed_in__count, 0) != 0 then cast(coalesce(m_case_workload__closed_in__count__not_has_configured_weight, 0) as double) / (coalesce(m_case_workload__closed_in__count, 0)) end as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'city')
        and period_end >= cast('2016-01-01' as date)

    union all

    select
        'hearings_presided' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__held_in__count__status_held, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_hearings__held_in__count__status_held, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'hearing_minutes_presided' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_hearings__held_in__sum_duration_minutes__status_held, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_hearings__held_in__sum_duration_minutes__status_held, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

    union all

    select
        'documents_signed' as indicator_id,
        level,
        entity_id,
        period_type,
        period,
        cast(coalesce(m_documents__signed_in__count, 0) as double) as numerator,
        cast(null as double) as denominator,
        cast(coalesce(m_documents__signed_in__count, 0) as double) as value,
        '2016-01-01' as definition_valid_from
    from measures
    where
        level in ('court', 'department', 'person', 'city')
        and period_end >= cast('2016-01-01' as date)
        and (level != 'person' or role in ('president', 'vice_president', 'division_chief', 'deputy_division_chief', 'judge'))
        and (level in ('court', 'city') or business_line in ('civil', 'commercial', 'criminal', 'administrative', 'trial_supervision'))

)

select * from final
