{#-
    作风风险: each person's conduct risk score at the as-of date = the sum over their VERIFIED conduct events
    dated within conduct_risk.lookback_days of weight(event type, severity) x 0.5 ^ (age in days / half_life_days)
    (config/supervision/supervision.yaml; types without a weight, such as commendations, count 0). A score at or
    above conduct_risk.yellow raises a yellow warning, at or above conduct_risk.red a red one (one warning per
    person: its level follows the score). Only people still employed at the as-of date; court and department
    are those of the current posting (else of the latest event).
-#}
with

as_of as (

    select as_of_date from {{ ref('int_supervision_as_of') }}

),

settings as (

    select * from {{ ref('cfg_supervision_settings') }}

),

weights as (

    select * from {{ ref('cfg_supervision_conduct_weights') }}

),

events as (

    select
        conduct.event_id,
        conduct.person_id,
        conduct.court_code,
        conduct.dept_id,
        conduct.event_date,
        weights.weight,
        as_of.as_of_date,
        {{ dbt.datediff('conduct.event_date', 'as_of.as_of_date', 'day') }} as age_days
    from {{ ref('fct_conduct_events') }} as conduct
    inner join weights
        on
            conduct.event_type = weights.event_type
            and conduct.severity = weights.severity
    cross join as_of
    where
        conduct.verified
        and conduct.event_date <= as_of.as_of_date

),

decayed as (

    select
        events.*,
        events.weight * power(0.5, events.age_days / settings.conduct_risk_half_life_days) as risk,
        row_number() over (partition by events.person_id order by events.event_date desc, events.event_id desc)
            as recency
    from events
    cross join settings
    where events.age_days <= settings.conduct_risk_lookback_days and events.weight > 0

),

scored as (

    select
        person_id,
        max(as_of_date) as as_of_date,
        round(sum(risk), 4) as risk_score,
        cast(count(*) as {{ dbt.type_bigint() }}) as event_count,
        max(event_date) as latest_event_date,
        max(case when recency = 1 then court_code end) as latest_court_code,
        max(case when recency = 1 then dept_id end) as latest_dept_id
    from decayed
    group by person_id

),

final as (

    select
        'conduct_risk' as rule,
        case when scored.risk_score >= settings.conduct_risk_red then 'red' else 'yellow' end as level,
        'person' as subject_type,
        scored.person_id as subject_id,
        cast(null as {{ dbt.type_string() }}) as detail_key,
        coalesce(people.current_posting_court_code, scored.latest_court_code) as court_code,
        coalesce(people.current_posting_dept_id, scored.latest_dept_id) as dept_id,
        scored.person_id,
        {{ dbt.concat([
            "'作风风险：'", "coalesce(people.name, scored.person_id)", "' 风险分 '", supervision_text('round(scored.risk_score, 1)'),
            "'（'", supervision_text('scored.event_count'), "' 条已核实记录）'",
        ]) }} as title,
        {{ supervision_json([
            ('risk_score', 'scored.risk_score', 'number'),
            ('event_count', 'scored.event_count', 'number'),
            ('latest_event_date', 'scored.latest_event_date', 'string'),
            ('yellow_threshold', 'settings.conduct_risk_yellow', 'number'),
            ('red_threshold', 'settings.conduct_risk_red', 'number'),
            ('half_life_days', 'settings.conduct_risk_half_life_days', 'number'),
            ('as_of_date', 'scored.as_of_date', 'string'),
        ]) }} as facts,
        scored.as_of_date
    from scored
    cross join settings
    left join {{ ref('dim_person') }} as people
        on scored.person_id = people.person_id
    where
        scored.risk_score >= settings.conduct_risk_yellow
        and (people.leave_date is null or people.leave_date > scored.as_of_date)

)

select * from final
