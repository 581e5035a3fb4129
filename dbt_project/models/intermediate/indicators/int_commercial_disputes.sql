{#-
    One row per civil or commercial dispute decided at first instance (民初 closed by judgment or mediation),
    followed through its appeal and its enforcement: the commercial-dispute time of the World Bank Doing
    Business Enforcing Contracts / B-READY Dispute Settlement topic (filing of the first instance to the end of
    enforcement, in three stages) and the share of effective judgments that needed enforcement
    (裁判申请执行率 / 裁判自动履行率).

    - appeal: the first second-instance case (民终) reviewing the 民初 case (original_case_id);
    - effective: not appealed (effective on the 民初 closing date), or appealed and the appeal closed other than
      by remand (effective on the appeal's closing date); a remanded case is decided again as a new 民初 case;
    - enforcement: the first 首次执行 case (执) whose 执行依据 (source_case_number) is the 案号 of the 民初 case
      or of its appeal (a judgment upheld on appeal is enforced under either number), counted only once the
      decision is effective (an enforcement case naming a remanded decision enforces nothing of this dispute),
      with how it closed, the amounts applied for and recovered and whether it closed within its limit
      (涉企执行到位率, 终本率 and 执行期限 of the disputes);
    - preservation: a property preservation case (执保) names the 民初 案号.
    A dispute belongs to the court, department and judge of its first instance. A view: read only by the
    indicator measures built on it.
-#}
{{ config(materialized='view') }}

with

trial_cases as (

    select * from {{ ref('fct_trial_cases') }}

),

enforcement_cases as (

    select * from {{ ref('fct_enforcement_cases') }}

),

first_instance as (

    select *
    from trial_cases
    where
        case_type_code = '民初'
        and closing_method in ('judgment', 'mediation')

),

appeals as (

    select
        case_id as appeal_case_id,
        case_number as appeal_case_number,
        filing_date as appeal_filing_date,
        closing_date as appeal_closing_date,
        review_outcome as appeal_outcome
    from trial_cases
    where case_type_code = '民终'

),

first_enforcements as (

    select
        case_id as enforcement_case_id,
        source_case_number,
        filing_date as enforcement_filing_date,
        closing_date as enforcement_closing_date,
        closing_method as enforcement_closing_method,
        applied_amount as enforcement_applied_amount,
        executed_amount as enforcement_executed_amount,
        is_within_limit as is_enforcement_within_limit
    from enforcement_cases
    where
        case_type_code = '执'
        and source_case_number is not null

),

preserved_case_numbers as (

    select distinct source_case_number
    from enforcement_cases
    where
        case_type_code = '执保'
        and source_case_number is not null

),

disputes as (

    select
        first_instance.*,
        appeals.appeal_case_id,
        appeals.appeal_case_number,
        appeals.appeal_filing_date,
        appeals.appeal_closing_date,
        appeals.appeal_outcome,
        case
            when appeals.appeal_case_id is null then first_instance.closing_date
            when appeals.appeal_outcome = 'remanded' then null
            else appeals.appeal_closing_date
        end as effective_date,
        preserved_case_numbers.source_case_number is not null as has_preservation
    from first_instance
    left join appeals
        on first_instance.second_instance_case_id = appeals.appeal_case_id
    left join preserved_case_numbers
        on first_instance.case_number = preserved_case_numbers.source_case_number

),

decided_case_numbers as (

    -- the 案号 an enforcement may name as its 执行依据: the first instance's, and its appeal's
    select
        case_id,
        case_number as decided_case_number
    from disputes

    union all

    select
        case_id,
        appeal_case_number
    from disputes
    where appeal_case_number is not null

),

enforcement_matches as (

    select
        decided_case_numbers.case_id,
        first_enforcements.*
    from decided_case_numbers
    inner join first_enforcements
        on decided_case_numbers.decided_case_number = first_enforcements.source_case_number

),

ranked_enforcements as (

    select
        enforcement_matches.*,
        row_number() over (
            partition by enforcement_matches.case_id
            order by enforcement_matches.enforcement_filing_date, enforcement_matches.enforcement_case_id
        ) as enforcement_rank
    from enforcement_matches

),

timelines as (

    select
        disputes.case_id,
        disputes.case_number,
        disputes.court_code,
        disputes.dept_id,
        disputes.handling_judge_id,
        disputes.involves_enterprise,
        disputes.cause_of_action,
        disputes.closing_method,
        disputes.filing_date,
        disputes.closing_date,
        disputes.appeal_case_id,
        disputes.appeal_filing_date,
        disputes.appeal_closing_date,
        disputes.appeal_outcome,
        ranked_enforcements.enforcement_case_id,
        ranked_enforcements.enforcement_filing_date,
        ranked_enforcements.enforcement_closing_date,
        ranked_enforcements.enforcement_closing_method,
        ranked_enforcements.enforcement_applied_amount,
        ranked_enforcements.enforcement_executed_amount,
        ranked_enforcements.is_enforcement_within_limit,
        disputes.effective_date,
        disputes.has_preservation
    from disputes
    left join ranked_enforcements
        on
            disputes.case_id = ranked_enforcements.case_id
            and ranked_enforcements.enforcement_rank = 1
            and disputes.effective_date is not null

),

final as (

    select
        case_id,
        case_number,
        court_code,
        dept_id,
        handling_judge_id,
        involves_enterprise,
        cause_of_action,
        closing_method,
        filing_date,
        closing_date,
        appeal_case_id,
        appeal_filing_date,
        appeal_closing_date,
        appeal_outcome,
        effective_date,
        enforcement_case_id,
        enforcement_filing_date,
        enforcement_closing_date,
        enforcement_closing_method,
        enforcement_applied_amount,
        enforcement_executed_amount,
        is_enforcement_within_limit,
        appeal_case_id is not null as is_appealed,
        effective_date is not null as is_effective,
        enforcement_case_id is not null as has_enforcement,
        has_preservation,
        cast(
            {{ dbt.datediff(
                'filing_date',
                'closing_date',
                'day',
            ) }}
            as {{ dbt.type_bigint() }}
        ) as first_instance_days,
        cast(
            {{ dbt.datediff(
                'appeal_filing_date',
                'appeal_closing_date',
                'day',
            ) }}
            as {{ dbt.type_bigint() }}
        ) as appeal_days,
        cast(
            {{ dbt.datediff(
                'enforcement_filing_date',
                'enforcement_closing_date',
                'day',
            ) }}
            as {{ dbt.type_bigint() }}
        ) as enforcement_days,
        cast(
            {{ dbt.datediff(
                'filing_date',
                'enforcement_closing_date',
                'day',
            ) }}
            as {{ dbt.type_bigint() }}
        ) as total_days
    from timelines

)

select * from final
