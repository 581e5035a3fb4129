-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- peer_groups.yaml: one row per peer group, in matching order
with

final as (

    select
        cast(peer_group_id as {{ dbt.type_string() }}) as peer_group_id,
        cast(group_order as integer) as group_order,
        cast(peer_group_name_zh as {{ dbt.type_string() }}) as peer_group_name_zh,
        cast(level as {{ dbt.type_string() }}) as level,
        cast(is_ranked as boolean) as is_ranked,
        cast(eligibility_indicator_id as {{ dbt.type_string() }}) as eligibility_indicator_id,
        cast(min_per_month as double) as min_per_month,
        cast(workload_indicator_id as {{ dbt.type_string() }}) as workload_indicator_id,
        cast(scoring_config_version as {{ dbt.type_string() }}) as scoring_config_version
    from (
        values
            ('leader_quota_judges', 1, '院庭长（员额法官）办案', 'person', true, 'closed_cases', 1.0, 'weighted_workload', '152c36c575db7073'),
            ('appellate_judges_intermediate', 2, '中级法院审判员', 'person', true, 'closed_cases', 2.0, 'weighted_workload', '152c36c575db7073'),
            ('civil_judges_basic', 3, '基层法院民商事审判员', 'person', true, 'closed_cases', 2.0, 'weighted_workload', '152c36c575db7073'),
            ('criminal_judges_basic', 4, '基层法院刑事审判员', 'person', true, 'closed_cases', 2.0, 'weighted_workload', '152c36c575db7073'),
            ('administrative_judges', 5, '行政审判员', 'person', true, 'closed_cases', 1.0, 'weighted_workload', '152c36c575db7073'),
            ('filing_judges', 6, '立案庭法官', 'person', true, null, 0.0, 'weighted_workload', '152c36c575db7073'),
            ('enforcement_staff', 7, '执行法官及执行员', 'person', true, 'enf_closed_cases', 2.0, 'enforcement_weighted_workload', '152c36c575db7073'),
            ('other_trial_judges', 8, '其他审判员（审判监督等）', 'person', true, 'closed_cases', 1.0, 'weighted_workload', '152c36c575db7073'),
            ('judge_assistants', 9, '法官助理', 'person', true, null, 0.0, 'assistant_weighted_workload', '152c36c575db7073'),
            ('clerks', 10, '书记员', 'person', true, null, 0.0, 'clerk_weighted_workload', '152c36c575db7073'),
            ('comprehensive_staff', 11, '综合部门人员', 'person', true, null, 0.0, 'office_weighted_workload', '152c36c575db7073'),
            ('other_staff', 12, '其他人员', 'person', true, null, 0.0, 'weighted_workload', '152c36c575db7073'),
            ('enforcement_departments', 13, '执行部门', 'department', true, null, 0.0, 'enforcement_weighted_workload_per_quota_judge', '152c36c575db7073'),
            ('comprehensive_departments', 14, '综合部门', 'department', true, null, 0.0, 'office_weighted_workload', '152c36c575db7073'),
            ('trial_departments', 15, '审判部门', 'department', true, null, 0.0, 'weighted_workload_per_quota_judge', '152c36c575db7073'),
            ('intermediate_courts', 16, '中级法院', 'court', false, null, 0.0, 'cases_closed_per_judge', '152c36c575db7073'),
            ('basic_courts', 17, '基层法院', 'court', false, null, 0.0, 'cases_closed_per_judge', '152c36c575db7073')
    ) as literal_rows (peer_group_id, group_order, peer_group_name_zh, level, is_ranked, eligibility_indicator_id, min_per_month, workload_indicator_id, scoring_config_version)

)

select * from final
