{#-
    One row per enforcement case with its limit (180 days + approved extension), duration and
    within-limit flag (shared/spec/core_indicators.md), and whether it is a first enforcement (执).
-#}
with

enforcement_cases as (

    select * from {{ ref('stg_enforcement__enforcement_cases') }}

),

enforcement_actions as (

    select * from {{ ref('stg_enforcement__enforcement_actions') }}

),

action_summary as (

    select
        case_id,
        cast(count(*) as {{ dbt.type_bigint() }}) as action_count,
        min(action_date) as first_action_date,
        max(action_date) as last_action_date
    from enforcement_actions
    group by case_id

),

measured as (

    select
        enforcement_cases.*,
        enforcement_cases.case_type_code = '执' as is_first_enforcement,
        cast(180 + enforcement_cases.extension_days as {{ dbt.type_bigint() }}) as limit_days,
        cast(
            {{ dbt.datediff('enforcement_cases.filing_date', 'enforcement_cases.closing_date', 'day') }}
            as {{ dbt.type_bigint() }}
        ) as duration_days,
        coalesce(action_summary.action_count, 0) as action_count,
        action_summary.first_action_date,
        action_summary.last_action_date
    from enforcement_cases
    left join action_summary
        on enforcement_cases.case_id = action_summary.case_id

),

final as (

    select
        case_id,
        case_number,
        court_code,
        dept_id,
        handling_officer_id,
        assistant_id,
        clerk_id,
        case_type_code,
        source_case_number,
        filing_date,
        closing_date,
        closing_method,
        filing_year,
        closing_year,
        is_closed,
        applied_amount,
        executed_amount,
        extension_days,
        is_first_enforcement,
        limit_days,
        duration_days,
        case when closing_date is null then null else duration_days <= limit_days end as is_within_limit,
        action_count,
        first_action_date,
        last_action_date,
        updated_at,
        source_batch_id
    from measured

)

select * from final
