{#-
    The supervision night's "today": the as-of date of the data, i.e. the last day on which any source row
    of the case, petition or conduct systems was modified (max updated_at). Warnings, ages and decays are
    measured at this date, never at the wall clock, so a rebuild of the same data gives the same warnings.
-#}
with

activity as (

    select max(updated_at) as last_update from {{ ref('fct_trial_cases') }}
    union all
    select max(updated_at) from {{ ref('fct_enforcement_cases') }}
    union all
    select max(updated_at) from {{ ref('fct_time_limit_events') }}
    union all
    select max(updated_at) from {{ ref('fct_hearings') }}
    union all
    select max(updated_at) from {{ ref('fct_petitions') }}
    union all
    select max(updated_at) from {{ ref('fct_conduct_events') }}

),

final as (

    select cast(max(last_update) as date) as as_of_date
    from activity

)

select * from final
