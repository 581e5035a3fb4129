{#-
    One row per trial case with the time-limit measures of shared/spec/core_indicators.md:
    suspended / extension days, duration, statutory limit (seed statutory_limits), within-limit,
    first / second instance, whether and how the case was reviewed, and for a reviewing case the
    court, department and judge of the case it reviews.
-#}
with

cases as (

    select * from {{ ref('stg_trial__cases') }}

),

time_limit_events as (

    select * from {{ ref('stg_trial__time_limit_events') }}

),

statutory_limits as (

    select * from {{ ref('statutory_limits') }}

),

event_days as (

    select
        case_id,
        cast(sum(
            case when event_type in ('suspension', 'deduction') then days else 0 end
        ) as {{ dbt.type_bigint() }}) as suspended_days,
        cast(sum(
            case when event_type = 'extension' then days else 0 end
        ) as {{ dbt.type_bigint() }}) as extension_days,
        cast(count(*) as {{ dbt.type_bigint() }}) as time_limit_event_count
    from time_limit_events
    group by case_id

),

limit_matches as (

    -- an exact procedure row wins over the `*` row of the same case type
    select
        cases.case_id,
        statutory_limits.base_limit_days,
        row_number() over (
            partition by cases.case_id
            order by case when statutory_limits.procedure = '*' then 1 else 0 end
        ) as match_rank
    from cases
    inner join statutory_limits
        on
            cases.case_type_code = statutory_limits.case_type_code
            and statutory_limits.procedure in (cases.procedure, '*')

),

base_limits as (

    select
        case_id,
        cast(base_limit_days as {{ dbt.type_bigint() }}) as base_limit_days
    from limit_matches
    where match_rank = 1

),

reviewing_cases as (

    select
        original_case_id,
        case_id as reviewing_case_id,
        filing_date as reviewing_filing_date,
        closing_date as reviewing_closing_date,
        review_outcome as reviewing_outcome,
        case_type_code in ('民终', '刑终', '行终') as is_second_instance_review
    from cases
    where
        original_case_id is not null
        and original_case_id != case_id

),

review_summary as (

    select
        original_case_id,
        cast(count(*) as {{ dbt.type_bigint() }}) as reviewing_case_count,
        max(case when is_second_instance_review then 1 else 0 end) = 1 as is_reviewed_by_second_instance
    from reviewing_cases
    group by original_case_id

),

second_instance_reviews as (

    -- the first second-instance case filed against the case (normally the only one)
    select
        original_case_id,
        reviewing_case_id,
        reviewing_closing_date,
        reviewing_outcome,
        row_number() over (
            partition by original_case_id
            order by reviewing_filing_date nulls last, reviewing_case_id
        ) as review_rank
    from reviewing_cases
    where is_second_instance_review

),

first_second_instance_reviews as (

    select * from second_instance_reviews
    where review_rank = 1

),

original_cases as (

    select
        case_id as original_case_id,
        case_number as original_case_number,
        case_type_code as original_case_type_code,
        court_code as original_court_code,
        dept_id as original_dept_id,
        handling_judge_id as original_handling_judge_id,
        closing_date as original_closing_date,
        closing_method as original_closing_method
    from cases

),

measured as (

    select
        cases.*,
        cases.case_type_code in ('民初', '刑初', '行初') as is_first_instance,
        cases.case_type_code in ('民终', '刑终', '行终') as is_second_instance,
        coalesce(event_days.suspended_days, 0) as suspended_days,
        coalesce(event_days.extension_days, 0) as extension_days,
        coalesce(event_days.time_limit_event_count, 0) as time_limit_event_count,
        cast(
            {{ dbt.datediff(
                'cases.filing_date',
                'cases.closing_date',
                'day',
            ) }}
            as {{ dbt.type_bigint() }}
        ) as elapsed_days,
        base_limits.base_limit_days
    from cases
    left join event_days
        on cases.case_id = event_days.case_id
    left join base_limits
        on cases.case_id = base_limits.case_id

),

final as (

    select
        measured.case_id,
        measured.case_number,
        measured.court_code,
        measured.dept_id,
        measured.case_type_code,
        measured.procedure,
        measured.cause_of_action,
        measured.filing_date,
        measured.closing_date,
        measured.closing_method,
        measured.filing_year,
        measured.closing_year,
        measured.is_closed,
        measured.claim_amount,
        measured.handling_judge_id,
        measured.presiding_judge_id,
        measured.assistant_id,
        measured.clerk_id,
        measured.original_case_id,
        measured.review_outcome,
        measured.involves_enterprise,
        measured.is_first_instance,
        measured.is_second_instance,
        coalesce(measured.review_outcome in ('amended', 'remanded'), false) as is_amended_or_remanded,
        measured.suspended_days,
        measured.extension_days,
        measured.time_limit_event_count,
        measured.elapsed_days,
        cast(measured.elapsed_days - measured.suspended_days as {{ dbt.type_bigint() }}) as duration_days,
        measured.base_limit_days is not null as has_statutory_limit,
        measured.base_limit_days,
        cast(measured.base_limit_days + measured.extension_days as {{ dbt.type_bigint() }}) as statutory_limit_days,
        case
            when measured.base_limit_days is null or measured.closing_date is null then null
            else
                measured.elapsed_days - measured.suspended_days
                <= measured.base_limit_days + measured.extension_days
        end as is_within_limit,
        review_summary.original_case_id is not null as is_reviewed,
        coalesce(review_summary.reviewing_case_count, 0) as reviewing_case_count,
        coalesce(review_summary.is_reviewed_by_second_instance, false) as is_reviewed_by_second_instance,
        first_second_instance_reviews.reviewing_case_id as second_instance_case_id,
        first_second_instance_reviews.reviewing_outcome as second_instance_outcome,
        first_second_instance_reviews.reviewing_closing_date as second_instance_closing_date,
        original_cases.original_case_number,
        original_cases.original_case_type_code,
        original_cases.original_court_code,
        original_cases.original_dept_id,
        original_cases.original_handling_judge_id,
        original_cases.original_closing_date,
        original_cases.original_closing_method,
        measured.updated_at,
        measured.source_batch_id
    from measured
    left join review_summary
        on measured.case_id = review_summary.original_case_id
    left join first_second_instance_reviews
        on measured.case_id = first_second_instance_reviews.original_case_id
    left join original_cases
        on measured.original_case_id = original_cases.original_case_id

)

select * from final
