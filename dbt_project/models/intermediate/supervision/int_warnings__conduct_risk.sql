{#-
    作风风险: a person whose conduct risk score (int_conduct_risk_scores: verified events weighted by type and
    severity, halving every half_life_days) reaches the thresholds of config/supervision. A score at or
    above conduct_risk.yellow raises a yellow warning, at or above conduct_risk.red a red one (one warning per
    person: its level follows the score). Only people still employed at the as-of date; court and department
    are those of the current posting (else of the latest event).
-#}
with

context as (

    select * from {{ ref('int_supervision_context') }}

),

scored as (

    select * from {{ ref('int_conduct_risk_scores') }}

),

final as (

    select
        {{ supervision_warning(
            rule='conduct_risk',
            level="case when scored.risk_score >= context.conduct_risk_red then 'red' else 'yellow' end",
            subject_type='person', subject_id='scored.person_id',
            court_code='coalesce(people.current_posting_court_code, scored.latest_court_code)',
            dept_id='coalesce(people.current_posting_dept_id, scored.latest_dept_id)',
            person_id='scored.person_id',
            title=[
                "'作风风险：'", "coalesce(people.name, scored.person_id)",
                "' 风险分 '", supervision_text(round_as_decimal('scored.risk_score', 1)),
                "'（'", supervision_text('scored.event_count'), "' 条已核实记录）'",
            ],
            facts=[
                ('risk_score', 'scored.risk_score', 'number'),
                ('event_count', 'scored.event_count', 'number'),
                ('latest_event_date', 'scored.latest_event_date', 'string'),
                ('yellow_threshold', 'context.conduct_risk_yellow', 'number'),
                ('red_threshold', 'context.conduct_risk_red', 'number'),
                ('half_life_days', 'context.conduct_risk_half_life_days', 'number'),
            ],
            as_of_date='scored.as_of_date',
        ) }}
    from scored
    cross join context
    left join {{ ref('dim_person') }} as people
        on scored.person_id = people.person_id
    where
        scored.risk_score >= context.conduct_risk_yellow
        and (people.leave_date is null or people.leave_date > scored.as_of_date)

)

select * from final
