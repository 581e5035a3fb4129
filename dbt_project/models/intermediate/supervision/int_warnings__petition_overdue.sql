{#-
    信访超期: petitions received by the as-of date, not handled by then (resolved_date null or later), whose
    due date has passed. Yellow; red when more than petition_overdue.red_after_days days overdue. The handler
    is the responsible person; the department is the handler's at receipt (fct_petitions.handler_dept_id).
-#}
with

context as (

    select * from {{ ref('int_supervision_context') }}

),

overdue as (

    select
        petitions.petition_id,
        petitions.court_code,
        petitions.handler_dept_id,
        petitions.handler_id,
        petitions.received_date,
        petitions.due_date,
        petitions.category,
        petitions.channel,
        petitions.related_case_number,
        context.as_of_date,
        {{ dbt.datediff('petitions.due_date', 'context.as_of_date', 'day') }} as days_overdue  -- noqa: LT05
    from {{ ref('fct_petitions') }} as petitions
    cross join context
    where
        {{ is_pending_on('context.as_of_date', 'petitions.received_date', 'petitions.resolved_date') }}
        and petitions.due_date < context.as_of_date

),

final as (

    select
        {{ supervision_warning(
            rule='petition_overdue',
            level=(
                "case when overdue.days_overdue > context.petition_overdue_red_after_days"
                ~ " then 'red' else 'yellow' end"
            ),
            subject_type='petition', subject_id='overdue.petition_id',
            court_code='overdue.court_code', dept_id='overdue.handler_dept_id', person_id='overdue.handler_id',
            title=[
                "'信访超期：'", "overdue.petition_id", "' 应于 '", supervision_text('overdue.due_date'),
                "' 办结，已超期 '", supervision_text('overdue.days_overdue'), "' 天'",
            ],
            facts=[
                ('received_date', 'overdue.received_date', 'string'),
                ('due_date', 'overdue.due_date', 'string'),
                ('days_overdue', 'overdue.days_overdue', 'number'),
                ('category', 'overdue.category', 'string'),
                ('channel', 'overdue.channel', 'string'),
                ('related_case_number', 'overdue.related_case_number', 'string'),
            ],
            as_of_date='overdue.as_of_date',
        ) }}
    from overdue
    cross join context

)

select * from final
