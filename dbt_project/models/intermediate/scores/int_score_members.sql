{#-
    Who is scored in which peer group, period by period, and whether they may be ranked.
    An entity belongs to the FIRST peer group (config/scoring/peer_groups.yaml, in order) whose level and
    match criteria fit its main posting in the period (the posting covering most days, from the scaffold).
    Eligible = posted for at least min_posted_share of the period and, where the group says so, at least
    min_per_month cases (its eligibility indicator) per month of the period. Ineligible members are still
    scored and shown, never ranked.
-#}
{{ config(**period_incremental_config('scores')) }}
with

scaffold as (

    select * from {{ ref('int_indicator_scaffold') }}

),

periods as (

    {{ rows_to_rebuild(ref('int_indicator_periods'), 'scores') }}

),

courts as (

    select * from {{ ref('dim_court') }}

),

departments as (

    select * from {{ ref('dim_department') }}

),

people as (

    select * from {{ ref('dim_person') }}

),

peer_groups as (

    select * from {{ ref('cfg_score_groups') }}

),

group_match as (

    select * from {{ ref('cfg_score_group_match') }}

),

settings as (

    select * from {{ ref('cfg_score_settings') }}

),

indicator_values as (

    select * from {{ ref('indicator_values') }}

),

entities as (

    select
        scaffold.level,
        scaffold.entity_id,
        scaffold.period_type,
        scaffold.period,
        scaffold.court_code,
        scaffold.dept_id,
        scaffold.role,
        scaffold.business_line,
        courts.level as court_level,
        departments.dept_type,
        scaffold.posted_days,
        scaffold.posting_count,
        scaffold.main_posting_days,
        periods.days_in_period,
        case when coalesce(people.is_quota_judge, false) then 'true' else 'false' end as quota_judge,
        cast(
            (extract(year from periods.period_end) - extract(year from periods.period_start)) * 12
            + extract(month from periods.period_end) - extract(month from periods.period_start) + 1
            as {{ dbt.type_int() }}
        ) as months_in_period
    from scaffold
    inner join periods
        on scaffold.period_type = periods.period_type and scaffold.period = periods.period
    left join courts
        on scaffold.court_code = courts.court_code
    left join departments
        on scaffold.dept_id = departments.dept_id
    left join people
        on scaffold.level = 'person' and scaffold.entity_id = people.person_id

),

matched as (

    select
        entities.*,
        group_match.peer_group_id,
        row_number() over (
            partition by entities.level, entities.entity_id, entities.period_type, entities.period
            order by group_match.group_order
        ) as match_rank
    from entities
    inner join group_match
        on
            entities.level = group_match.level
            and (group_match.role = '*' or entities.role = group_match.role)
            and (group_match.business_line = '*' or entities.business_line = group_match.business_line)
            and (group_match.court_level = '*' or entities.court_level = group_match.court_level)
            and (group_match.dept_type = '*' or entities.dept_type = group_match.dept_type)
            and (group_match.quota_judge = '*' or entities.quota_judge = group_match.quota_judge)

),

members as (

    select
        matched.*,
        peer_groups.peer_group_name_zh,
        peer_groups.is_ranked,
        peer_groups.eligibility_indicator_id,
        peer_groups.workload_indicator_id,
        peer_groups.min_per_month * matched.months_in_period as min_cases,
        case_counts.value as case_count,
        settings.min_posted_share,
        settings.scoring_config_version
    from matched
    inner join peer_groups
        on matched.peer_group_id = peer_groups.peer_group_id
    cross join settings
    left join indicator_values as case_counts
        on
            peer_groups.eligibility_indicator_id = case_counts.indicator_id
            and matched.level = case_counts.level
            and matched.entity_id = case_counts.entity_id
            and matched.period_type = case_counts.period_type
            and matched.period = case_counts.period
    where matched.match_rank = 1

),

checked as (

    select
        *,
        coalesce(posted_days >= min_posted_share * days_in_period, true) as is_posted_enough,
        eligibility_indicator_id is null or coalesce(case_count, 0) >= min_cases as has_enough_cases
    from members

),

final as (

    select
        {{ entity_period_columns() }},
        court_code,
        dept_id,
        role,
        business_line,
        court_level,
        dept_type,
        quota_judge = 'true' as is_quota_judge,
        peer_group_id,
        peer_group_name_zh,
        is_ranked,
        workload_indicator_id,
        days_in_period,
        months_in_period,
        posted_days,
        main_posting_days,
        coalesce(posting_count, 1) as posting_count,
        coalesce(posting_count, 1) > 1 as is_mover,
        eligibility_indicator_id,
        case_count,
        min_cases,
        is_posted_enough and has_enough_cases as is_eligible,
        case
            when not is_posted_enough then 'posted_too_short'
            when not has_enough_cases then 'too_few_cases'
        end as ineligible_code,
        case
            when not is_posted_enough
                then {{ dbt.concat([
                    "'在岗 '", "cast(posted_days as " ~ dbt.type_string() ~ ")", "' 天，不足期间 '",
                    "cast(days_in_period as " ~ dbt.type_string() ~ ")", "' 天的 '",
                    "cast(cast(min_posted_share * 100 as " ~ dbt.type_int() ~ ") as " ~ dbt.type_string() ~ ")",
                    "'%'",
                ]) }}
            when not has_enough_cases
                then {{ dbt.concat([
                    "'本期 '", "eligibility_indicator_id", "' 为 '",
                    number_text("coalesce(case_count, 0)"),
                    "'，少于最低要求 '", number_text("min_cases"),
                ]) }}
        end as ineligible_reason,
        scoring_config_version
    from checked

)

{{ kept_period_rows('scores') }}select * from final
