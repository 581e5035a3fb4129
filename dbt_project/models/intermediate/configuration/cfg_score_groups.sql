-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- peer_groups.yaml: one row per peer group, in matching order
with

final as (

    select
        cast(literal_rows.peer_group_id as {{ dbt.type_string() }}) as peer_group_id,
        cast(literal_rows.group_order as integer) as group_order,
        cast(literal_rows.peer_group_name_zh as {{ dbt.type_string() }}) as peer_group_name_zh,
        cast(literal_rows.level as {{ dbt.type_string() }}) as level,
        cast(literal_rows.is_ranked as boolean) as is_ranked,
        cast(literal_rows.eligibility_indicator_id as {{ dbt.type_string() }}) as eligibility_indicator_id,
        cast(literal_rows.min_per_month as double) as min_per_month,
        cast(literal_rows.workload_indicator_id as {{ dbt.type_string() }}) as workload_indicator_id,
        cast(literal_rows.scoring_config_version as {{ dbt.type_string() }}) as scoring_config_version
    from (
        values
        -- noqa: disable=LT05
        ('leader_criminal_judges', 1, '院庭长（员额法官）刑事', 'person', true, 'closed_cases', 1.0, 'weighted_workload', '2d4400847555c16e'),
        ('leader_civil_judges', 2, '院庭长（员额法官）民商事', 'person', true, 'closed_cases', 1.0, 'weighted_workload', '2d4400847555c16e'),
        ('leader_filing_judges', 3, '院庭长（员额法官）立案', 'person', true, 'closed_cases', 1.0, 'weighted_workload', '2d4400847555c16e'),
        ('leader_other_judges', 4, '院庭长（员额法官）行政、审监', 'person', true, 'closed_cases', 1.0, 'weighted_workload', '2d4400847555c16e'),
        ('criminal_judges_intermediate', 5, '中级法院刑事审判员', 'person', true, 'closed_cases', 2.0, 'weighted_workload', '2d4400847555c16e'),
        ('civil_judges_intermediate', 6, '中级法院民商事审判员', 'person', true, 'closed_cases', 2.0, 'weighted_workload', '2d4400847555c16e'),
        ('administrative_judges', 7, '行政审判员', 'person', true, 'closed_cases', 1.0, 'weighted_workload', '2d4400847555c16e'),
        ('civil_judges_basic', 8, '基层法院民商事审判员', 'person', true, 'closed_cases', 2.0, 'weighted_workload', '2d4400847555c16e'),
        ('criminal_judges_basic', 9, '基层法院刑事审判员', 'person', true, 'closed_cases', 2.0, 'weighted_workload', '2d4400847555c16e'),
        ('filing_judges', 10, '立案庭法官', 'person', true, null, 0.0, 'weighted_workload', '2d4400847555c16e'),
        ('trial_supervision_judges', 11, '审判监督庭审判员', 'person', true, 'closed_cases', 1.0, 'weighted_workload', '2d4400847555c16e'),
        ('enforcement_leaders', 12, '执行局局长、副局长', 'person', true, 'enf_closed_cases', 1.0, 'enforcement_weighted_workload', '2d4400847555c16e'),
        ('enforcement_staff', 13, '执行法官及执行员', 'person', true, 'enf_closed_cases', 2.0, 'enforcement_weighted_workload', '2d4400847555c16e'),
        ('judge_assistants_criminal', 14, '法官助理（刑事）', 'person', true, null, 0.0, 'assistant_weighted_workload', '2d4400847555c16e'),
        ('judge_assistants_civil', 15, '法官助理（民商事）', 'person', true, null, 0.0, 'assistant_weighted_workload', '2d4400847555c16e'),
        ('judge_assistants_enforcement', 16, '法官助理（执行）', 'person', true, null, 0.0, 'assistant_weighted_workload', '2d4400847555c16e'),
        ('judge_assistants_filing', 17, '法官助理（立案）', 'person', true, null, 0.0, 'assistant_weighted_workload', '2d4400847555c16e'),
        ('judge_assistants_other', 18, '法官助理（行政、审监）', 'person', true, null, 0.0, 'assistant_weighted_workload', '2d4400847555c16e'),
        ('judge_assistants', 19, '法官助理（其他）', 'person', true, null, 0.0, 'assistant_weighted_workload', '2d4400847555c16e'),
        ('clerks_criminal', 20, '书记员（刑事）', 'person', true, null, 0.0, 'clerk_weighted_workload', '2d4400847555c16e'),
        ('clerks_civil', 21, '书记员（民商事）', 'person', true, null, 0.0, 'clerk_weighted_workload', '2d4400847555c16e'),
        ('clerks_enforcement', 22, '书记员（执行）', 'person', true, null, 0.0, 'clerk_weighted_workload', '2d4400847555c16e'),
        ('clerks_filing', 23, '书记员（立案）', 'person', true, null, 0.0, 'clerk_weighted_workload', '2d4400847555c16e'),
        ('clerks_other', 24, '书记员（行政、审监）', 'person', true, null, 0.0, 'clerk_weighted_workload', '2d4400847555c16e'),
        ('clerks', 25, '书记员（其他）', 'person', true, null, 0.0, 'clerk_weighted_workload', '2d4400847555c16e'),
        ('comprehensive_staff', 26, '综合部门人员', 'person', true, null, 0.0, 'office_weighted_workload', '2d4400847555c16e'),
        ('other_staff', 27, '其他人员', 'person', true, null, 0.0, 'weighted_workload', '2d4400847555c16e'),
        ('enforcement_departments_basic', 28, '基层法院执行局', 'department', true, null, 0.0, 'enforcement_weighted_workload_per_quota_judge', '2d4400847555c16e'),
        ('enforcement_departments', 29, '执行部门（中级法院及其他）', 'department', true, null, 0.0, 'enforcement_weighted_workload_per_quota_judge', '2d4400847555c16e'),
        ('comprehensive_departments_basic', 30, '基层法院综合部门', 'department', true, null, 0.0, 'office_weighted_workload', '2d4400847555c16e'),
        ('comprehensive_departments', 31, '综合部门（中级法院及其他）', 'department', true, null, 0.0, 'office_weighted_workload', '2d4400847555c16e'),
        ('civil_departments_basic', 32, '基层法院民商事审判庭', 'department', true, null, 0.0, 'weighted_workload_per_quota_judge', '2d4400847555c16e'),
        ('criminal_departments_basic', 33, '基层法院刑事审判庭', 'department', true, null, 0.0, 'weighted_workload_per_quota_judge', '2d4400847555c16e'),
        ('filing_departments_basic', 34, '基层法院立案庭', 'department', true, null, 0.0, 'weighted_workload_per_quota_judge', '2d4400847555c16e'),
        ('administrative_departments', 35, '行政审判庭', 'department', true, null, 0.0, 'weighted_workload_per_quota_judge', '2d4400847555c16e'),
        ('trial_departments_intermediate', 36, '中级法院审判业务庭', 'department', true, null, 0.0, 'weighted_workload_per_quota_judge', '2d4400847555c16e'),
        ('trial_departments', 37, '审判部门（其他）', 'department', true, null, 0.0, 'weighted_workload_per_quota_judge', '2d4400847555c16e'),
        ('intermediate_courts', 38, '中级法院', 'court', false, null, 0.0, 'cases_closed_per_judge', '2d4400847555c16e'),
        ('basic_courts', 39, '基层法院', 'court', false, null, 0.0, 'cases_closed_per_judge', '2d4400847555c16e')
        -- noqa: enable=LT05
    ) as literal_rows (
        peer_group_id,
        group_order,
        peer_group_name_zh,
        level,
        is_ranked,
        eligibility_indicator_id,
        min_per_month,
        workload_indicator_id,
        scoring_config_version
    )

)

select * from final
