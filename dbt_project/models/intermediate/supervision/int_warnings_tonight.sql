{#-
    Every warning raised by tonight's data, one row per warning, with its stable id (a hash of rule, subject
    and detail key, the same every night while the condition holds). The warnings mart keeps their history.
-#}
with

raised as (

    select * from {{ ref('int_warnings__time_limit') }}
    union all
    select * from {{ ref('int_warnings__long_pending') }}
    union all
    select * from {{ ref('int_warnings__conduct_risk') }}
    union all
    select * from {{ ref('int_warnings__indicator_anomaly') }}
    union all
    select * from {{ ref('int_warnings__petition_overdue') }}

),

final as (

    select
        {{ supervision_warning_id('rule', 'subject_type', 'subject_id', 'detail_key') }} as warning_id,
        rule,
        level,
        subject_type,
        subject_id,
        detail_key,
        court_code,
        dept_id,
        person_id,
        title,
        facts,
        as_of_date
    from raised

)

select * from final
