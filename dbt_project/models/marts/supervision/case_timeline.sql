{#-
    案件时间轴: every dated event of every trial and enforcement case in order — filing, hearings, time-limit
    changes (extensions, suspensions, deductions), documents, enforcement actions, closing, the review of a
    closed case (a later case with original_case_id = it: filed, closed with its outcome) and the case's
    supervision warnings (the night each was first raised and closed). No party information.
-#}
with

cases as (

    select * from {{ ref('int_cases') }}

),

trial_cases as (

    select * from {{ ref('fct_trial_cases') }}

),

events as (

    select
        case_id,
        'trial' as case_kind,
        filing_date as event_date,
        1 as event_order,
        'filed' as event_type,
        handling_judge_id as person_id,
        {{ dbt.concat(['case_type_code', "' '", 'procedure']) }} as detail
    from trial_cases
    union all
    select
        case_id,
        'trial' as case_kind,
        coalesce(held_date, scheduled_date) as event_date,
        2 as event_order,
        {{ dbt.concat(["'hearing_'", 'status']) }} as event_type,
        presiding_id,
        {{ supervision_text('scheduled_date') }} as detail
    from {{ ref('fct_hearings') }}
    union all
    select
        case_id,
        'trial' as case_kind,
        start_date,
        3 as event_order,
        {{ dbt.concat(["'limit_'", 'event_type']) }} as event_type,
        handling_judge_id,
        {{ dbt.concat([supervision_text('days'), "' days'"]) }} as detail
    from {{ ref('fct_time_limit_events') }}
    union all
    select
        case_id,
        'trial' as case_kind,
        signed_date,
        4 as event_order,
        {{ dbt.concat(["'document_'", 'doc_type']) }} as event_type,
        author_id,
        case when published_online then 'published online' else 'not published' end as detail
    from {{ ref('fct_documents') }}
    union all
    select
        case_id,
        'trial' as case_kind,
        closing_date,
        6 as event_order,
        'closed' as event_type,
        handling_judge_id,
        closing_method
    from trial_cases
    where closing_date is not null
    union all
    select
        original_case_id,
        'trial' as case_kind,
        filing_date,
        7 as event_order,
        'review_filed' as event_type,
        handling_judge_id,
        {{ dbt.concat(['case_type_code', "' '", 'case_number']) }} as detail
    from trial_cases
    where original_case_id is not null and original_case_id != case_id
    union all
    select
        original_case_id,
        'trial' as case_kind,
        closing_date,
        8 as event_order,
        'review_closed' as event_type,
        handling_judge_id,
        {{ dbt.concat(['case_number', "' '", "coalesce(review_outcome, 'no outcome')"]) }} as detail
    from trial_cases
    where original_case_id is not null and original_case_id != case_id and closing_date is not null
    union all
    select
        case_id,
        'enforcement' as case_kind,
        filing_date,
        1 as event_order,
        'filed' as event_type,
        handling_officer_id,
        case_type_code
    from {{ ref('fct_enforcement_cases') }}
    union all
    select
        case_id,
        'enforcement' as case_kind,
        action_date,
        5 as event_order,
        {{ dbt.concat(["'action_'", 'action_type']) }} as event_type,
        handling_officer_id,
        {{ supervision_text('amount') }} as detail
    from {{ ref('fct_enforcement_actions') }}
    union all
    select
        case_id,
        'enforcement' as case_kind,
        closing_date,
        6 as event_order,
        'closed' as event_type,
        handling_officer_id,
        closing_method
    from {{ ref('fct_enforcement_cases') }}
    where closing_date is not null
    union all
    select
        subject_id,
        'warning' as case_kind,
        first_seen,
        9 as event_order,
        {{ dbt.concat(["'warning_'", 'rule']) }} as event_type,
        person_id,
        title
    from {{ ref('warnings') }}
    where subject_type = 'case'
    union all
    -- a case's warning escalates in place: the night it reached its current level, if not the first
    select
        subject_id,
        'warning' as case_kind,
        level_since,
        9 as event_order,
        {{ dbt.concat(["'warning_level_'", 'rule']) }} as event_type,
        person_id,
        title
    from {{ ref('warnings') }}
    where subject_type = 'case' and level_since > first_seen
    union all
    select
        subject_id,
        'warning' as case_kind,
        closed_on,
        9 as event_order,
        {{ dbt.concat(["'warning_closed_'", 'rule']) }} as event_type,
        person_id,
        title
    from {{ ref('warnings') }}
    where subject_type = 'case' and closed_on is not null

),

final as (

    select
        events.case_id,
        cases.case_number,
        cases.case_kind,
        cases.court_code,
        cast(row_number() over (
            partition by events.case_id
            order by events.event_date, events.event_order, events.event_type, events.detail
        ) as {{ dbt.type_bigint() }}) as event_seq,
        events.event_date,
        events.event_type,
        events.person_id,
        events.detail
    from events
    inner join cases
        on events.case_id = cases.case_id
    where events.event_date is not null

)

select * from final
