{#-
    智慧画像 of a person, department or court at the as-of date, one row per entity (profile_person,
    profile_department, profile_court): workload and its trend, scores against the peer group (latest
    year-to-date period), strengths and weaknesses, case mix, conduct record and open warnings.

    level: 'person' | 'department' | 'court'. Cases count for the handling judge / officer, the case's
    department or its court; conduct events for the person, the department or court of the posting that
    covered the event; warnings by their person_id, dept_id or court_code.
-#}
{% macro supervision_profile(level) -%}
{%- set case_col = {'person': 'handler_id', 'department': 'dept_id', 'court': 'court_code'}[level] -%}
{%- set own_col = {'person': 'person_id', 'department': 'dept_id', 'court': 'court_code'}[level] -%}
with

as_of as (

    select as_of_date from {{ ref('int_supervision_as_of') }}

),

entities as (

{%- if level == 'person' %}

    select
        person_id as entity_id,
        name as entity_name,
        coalesce(current_posting_court_code, court_code) as court_code,
        coalesce(current_posting_dept_id, dept_id) as dept_id,
        coalesce(current_posting_role, role) as role,
        is_employed as is_active
    from {{ ref('dim_person') }}
{%- elif level == 'department' %}

    select
        dept_id as entity_id,
        dept_name as entity_name,
        court_code,
        dept_id,
        cast(null as {{ dbt.type_string() }}) as role,
        is_active
    from {{ ref('dim_department') }}
{%- else %}

    select
        court_code as entity_id,
        court_name as entity_name,
        court_code,
        cast(null as {{ dbt.type_string() }}) as dept_id,
        cast(null as {{ dbt.type_string() }}) as role,
        true as is_active
    from {{ ref('dim_court') }}
{%- endif %}

),

cases as (

    select
        {{ case_col }} as entity_id,
        case_type_code,
        filing_date,
        closing_date
    from {{ ref('int_cases') }}

),

dated_cases as (

    select
        cases.*,
        {{ dbt.datediff('cases.filing_date', 'as_of.as_of_date', 'day') }} as days_since_filing,
        {{ dbt.datediff('cases.closing_date', 'as_of.as_of_date', 'day') }} as days_since_closing,
        {{ is_pending_on('as_of.as_of_date', 'cases.filing_date', 'cases.closing_date') }} as is_pending
    from cases
    cross join as_of
    where cases.entity_id is not null

),

workload as (

    select
        entity_id,
        cast(sum(case when days_since_filing between 0 and 364 then 1 else 0 end) as {{ dbt.type_bigint() }})
            as filed_last_12m,
        cast(sum(case when days_since_closing between 0 and 364 then 1 else 0 end) as {{ dbt.type_bigint() }})
            as closed_last_12m,
        cast(sum(case when days_since_closing between 0 and 89 then 1 else 0 end) as {{ dbt.type_bigint() }})
            as closed_last_90d,
        cast(sum(case when days_since_closing between 90 and 179 then 1 else 0 end) as {{ dbt.type_bigint() }})
            as closed_previous_90d,
        cast(sum(case when is_pending then 1 else 0 end) as {{ dbt.type_bigint() }}) as pending_cases
    from dated_cases
    group by entity_id

),

case_type_counts as (

    select
        entity_id,
        case_type_code,
        count(*) as case_count
    from dated_cases
    where days_since_filing between 0 and 364
    group by entity_id, case_type_code

),

case_mix as (

    select
        entity_id,
        {{ dbt.listagg(
            dbt.concat(['case_type_code', "':'", supervision_text('case_count')]), "', '",
            'order by case_count desc, case_type_code'
        ) }} as case_mix_last_12m
    from case_type_counts
    group by entity_id

),

latest_scores as (

    select
        entity_id,
        period,
        peer_group_name_zh,
        total,
        rank_in_peer_group,
        peer_group_size,
        percentile,
        workload_vs_peer_median,
        row_number() over (partition by entity_id order by period desc) as recency
    from {{ ref('score_totals') }}
    where level = '{{ level }}' and period_type = 'ytd'

),

scores as (

    select * from latest_scores
    where recency = 1

),

{%- if level in ('person', 'department') %}

strengths as (

    select
        sw.entity_id,
        {{ dbt.listagg('case when sw.kind = ' ~ "'strength'" ~ ' then sw.indicator_name_zh end', "', '",
                       'order by sw.list_position') }} as strengths,
        {{ dbt.listagg('case when sw.kind = ' ~ "'weakness'" ~ ' then sw.indicator_name_zh end', "', '",
                       'order by sw.list_position') }} as weaknesses
    from {{ ref('strengths_weaknesses') }} as sw
    inner join scores
        on sw.entity_id = scores.entity_id and sw.period = scores.period
    where sw.level = '{{ level }}' and sw.period_type = 'ytd'
    group by sw.entity_id

),
{%- else %}

strengths as (

    select
        cast(null as {{ dbt.type_string() }}) as entity_id,
        cast(null as {{ dbt.type_string() }}) as strengths,
        cast(null as {{ dbt.type_string() }}) as weaknesses
    where 1 = 0

),
{%- endif %}

conduct as (

    select
        events.{{ own_col }} as entity_id,
        cast(sum(case when not events.is_commendation then 1 else 0 end) as {{ dbt.type_bigint() }})
            as verified_defects_last_12m,
        cast(sum(case when events.is_commendation then 1 else 0 end) as {{ dbt.type_bigint() }})
            as commendations_last_12m
    from {{ ref('fct_conduct_events') }} as events
    cross join as_of
    where
        events.verified
        and {{ dbt.datediff('events.event_date', 'as_of.as_of_date', 'day') }} between 0 and 364
    group by events.{{ own_col }}

),

risk as (

    select
{%- if level == 'person' %}
        risk_scores.person_id as entity_id,
{%- else %}
        people.{{ 'current_posting_dept_id' if level == 'department' else 'current_posting_court_code' }}
            as entity_id,
{%- endif %}
        max(risk_scores.risk_score) as conduct_risk_score
    from {{ ref('int_conduct_risk_scores') }} as risk_scores
    inner join {{ ref('dim_person') }} as people
        on risk_scores.person_id = people.person_id
    group by 1

),

open_warnings as (

    select
        {{ own_col }} as entity_id,
        cast(count(*) as {{ dbt.type_bigint() }}) as open_warnings,
        cast(sum(case when level = 'red' then 1 else 0 end) as {{ dbt.type_bigint() }}) as open_red_warnings,
        cast(sum(case when level = 'yellow' then 1 else 0 end) as {{ dbt.type_bigint() }}) as open_yellow_warnings
    from {{ ref('warnings') }}
    where is_open
    group by {{ own_col }}

),

final as (

    select
        entities.entity_id,
        entities.entity_name,
        entities.court_code,
        entities.dept_id,
        entities.role,
        entities.is_active,
        as_of.as_of_date,
        coalesce(workload.filed_last_12m, 0) as filed_last_12m,
        coalesce(workload.closed_last_12m, 0) as closed_last_12m,
        coalesce(workload.closed_last_90d, 0) as closed_last_90d,
        coalesce(workload.closed_previous_90d, 0) as closed_previous_90d,
        case
            when coalesce(workload.closed_previous_90d, 0) = 0 then null
            else {{ round_as_decimal('cast(workload.closed_last_90d as double) / workload.closed_previous_90d - 1', 4) }}
        end as closed_trend,
        coalesce(workload.pending_cases, 0) as pending_cases,
        case_mix.case_mix_last_12m,
        scores.period as score_period,
        scores.peer_group_name_zh,
        scores.total as score_total,
        scores.rank_in_peer_group,
        scores.peer_group_size,
        scores.percentile,
        scores.workload_vs_peer_median,
        strengths.strengths,
        strengths.weaknesses,
        coalesce(conduct.verified_defects_last_12m, 0) as verified_defects_last_12m,
        coalesce(conduct.commendations_last_12m, 0) as commendations_last_12m,
        risk.conduct_risk_score,
        coalesce(open_warnings.open_warnings, 0) as open_warnings,
        coalesce(open_warnings.open_red_warnings, 0) as open_red_warnings,
        coalesce(open_warnings.open_yellow_warnings, 0) as open_yellow_warnings
    from entities
    cross join as_of
    left join workload on entities.entity_id = workload.entity_id
    left join case_mix on entities.entity_id = case_mix.entity_id
    left join scores on entities.entity_id = scores.entity_id
    left join strengths on entities.entity_id = strengths.entity_id
    left join conduct on entities.entity_id = conduct.entity_id
    left join risk on entities.entity_id = risk.entity_id
    left join open_warnings on entities.entity_id = open_warnings.entity_id

)

select * from final
{%- endmacro %}
