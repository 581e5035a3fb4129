{#-
    Every person's conduct risk score at the as-of date (作风风险分): the sum over their VERIFIED conduct events
    dated within conduct_risk.lookback_days of weight(type, severity) x 0.5 ^ (age in days / half_life_days)
    (config/supervision/supervision.yaml; types without a weight, such as commendations, count 0). People with
    no weighted event in the window are absent. The conduct_risk warning and the profiles read it.
-#}
with

context as (

    select * from {{ ref('int_supervision_context') }}

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
        context.as_of_date,
        {{ dbt.datediff('conduct.event_date', 'context.as_of_date', 'day') }} as age_days  -- noqa: LT05
    from {{ ref('fct_conduct_events') }} as conduct
    inner join weights
        on
            conduct.event_type = weights.event_type
            and conduct.severity = weights.severity
    cross join context
    where
        conduct.verified
        and conduct.event_date <= context.as_of_date

),

decayed as (

    select
        events.*,
        events.weight * power(0.5, events.age_days / context.conduct_risk_half_life_days) as risk,
        row_number() over (partition by events.person_id order by events.event_date desc, events.event_id desc)
            as recency
    from events
    cross join context
    where events.age_days <= context.conduct_risk_lookback_days and events.weight > 0

),

final as (

    select
        person_id,
        max(as_of_date) as as_of_date,
        {{ round_as_decimal('sum(risk)', 4) }} as risk_score,
        cast(count(*) as {{ dbt.type_bigint() }}) as event_count,
        max(event_date) as latest_event_date,
        max(case when recency = 1 then court_code end) as latest_court_code,
        max(case when recency = 1 then dept_id end) as latest_dept_id
    from decayed
    group by person_id

)

select * from final
