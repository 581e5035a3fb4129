-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- peer_groups.yaml match criteria, expanded ('*' = any)
with

final as (

    select
        cast(peer_group_id as {{ dbt.type_string() }}) as peer_group_id,
        cast(group_order as integer) as group_order,
        cast(level as {{ dbt.type_string() }}) as level,
        cast(role as {{ dbt.type_string() }}) as role,
        cast(business_line as {{ dbt.type_string() }}) as business_line,
        cast(court_level as {{ dbt.type_string() }}) as court_level,
        cast(dept_type as {{ dbt.type_string() }}) as dept_type,
        cast(quota_judge as {{ dbt.type_string() }}) as quota_judge,
        cast(scoring_config_version as {{ dbt.type_string() }}) as scoring_config_version
    from (
        values
            ('leader_quota_judges', 1, 'person', 'president', 'filing', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'president', 'civil', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'president', 'commercial', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'president', 'criminal', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'president', 'administrative', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'president', 'trial_supervision', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'vice_president', 'filing', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'vice_president', 'civil', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'vice_president', 'commercial', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'vice_president', 'criminal', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'vice_president', 'administrative', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'vice_president', 'trial_supervision', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'division_chief', 'filing', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'division_chief', 'civil', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'division_chief', 'commercial', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'division_chief', 'criminal', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'division_chief', 'administrative', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'division_chief', 'trial_supervision', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'deputy_division_chief', 'filing', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'deputy_division_chief', 'civil', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'deputy_division_chief', 'commercial', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'deputy_division_chief', 'criminal', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'deputy_division_chief', 'administrative', '*', '*', 'true', '152c36c575db7073'),
            ('leader_quota_judges', 1, 'person', 'deputy_division_chief', 'trial_supervision', '*', '*', 'true', '152c36c575db7073'),
            ('appellate_judges_intermediate', 2, 'person', 'judge', 'civil', 'intermediate', '*', '*', '152c36c575db7073'),
            ('appellate_judges_intermediate', 2, 'person', 'judge', 'commercial', 'intermediate', '*', '*', '152c36c575db7073'),
            ('appellate_judges_intermediate', 2, 'person', 'judge', 'criminal', 'intermediate', '*', '*', '152c36c575db7073'),
            ('appellate_judges_intermediate', 2, 'person', 'judge', 'administrative', 'intermediate', '*', '*', '152c36c575db7073'),
            ('civil_judges_basic', 3, 'person', 'judge', 'civil', 'basic', '*', '*', '152c36c575db7073'),
            ('civil_judges_basic', 3, 'person', 'judge', 'commercial', 'basic', '*', '*', '152c36c575db7073'),
            ('criminal_judges_basic', 4, 'person', 'judge', 'criminal', 'basic', '*', '*', '152c36c575db7073'),
            ('administrative_judges', 5, 'person', 'judge', 'administrative', '*', '*', '*', '152c36c575db7073'),
            ('filing_judges', 6, 'person', 'judge', 'filing', '*', '*', '*', '152c36c575db7073'),
            ('enforcement_staff', 7, 'person', 'judge', 'enforcement', '*', '*', '*', '152c36c575db7073'),
            ('enforcement_staff', 7, 'person', 'enforcement_officer', 'enforcement', '*', '*', '*', '152c36c575db7073'),
            ('enforcement_staff', 7, 'person', 'division_chief', 'enforcement', '*', '*', '*', '152c36c575db7073'),
            ('enforcement_staff', 7, 'person', 'deputy_division_chief', 'enforcement', '*', '*', '*', '152c36c575db7073'),
            ('other_trial_judges', 8, 'person', 'judge', '*', '*', '*', '*', '152c36c575db7073'),
            ('judge_assistants', 9, 'person', 'judge_assistant', '*', '*', '*', '*', '152c36c575db7073'),
            ('clerks', 10, 'person', 'clerk', '*', '*', '*', '*', '152c36c575db7073'),
            ('comprehensive_staff', 11, 'person', 'admin_staff', 'comprehensive', '*', '*', '*', '152c36c575db7073'),
            ('comprehensive_staff', 11, 'person', 'judicial_police', 'comprehensive', '*', '*', '*', '152c36c575db7073'),
            ('comprehensive_staff', 11, 'person', 'division_chief', 'comprehensive', '*', '*', '*', '152c36c575db7073'),
            ('comprehensive_staff', 11, 'person', 'deputy_division_chief', 'comprehensive', '*', '*', '*', '152c36c575db7073'),
            ('other_staff', 12, 'person', '*', '*', '*', '*', '*', '152c36c575db7073'),
            ('enforcement_departments', 13, 'department', '*', 'enforcement', '*', '*', '*', '152c36c575db7073'),
            ('comprehensive_departments', 14, 'department', '*', 'comprehensive', '*', '*', '*', '152c36c575db7073'),
            ('trial_departments', 15, 'department', '*', '*', '*', '*', '*', '152c36c575db7073'),
            ('intermediate_courts', 16, 'court', '*', '*', 'intermediate', '*', '*', '152c36c575db7073'),
            ('basic_courts', 17, 'court', '*', '*', 'basic', '*', '*', '152c36c575db7073')
    ) as literal_rows (peer_group_id, group_order, level, role, business_line, court_level, dept_type, quota_judge, scoring_config_version)

)

select * from final
