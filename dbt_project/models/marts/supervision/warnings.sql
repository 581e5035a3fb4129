{#-
    监督预警: one row per warning ever raised, open or closed, kept across nights (an incremental model that a
    --full-refresh does not rebuild, so history survives). Each night, at the data's as-of date:
      - a warning raised tonight and not known before opens: first_seen = last_seen = as-of date;
      - a known warning raised again: last_seen = as-of date, level, title and facts from tonight (a closed one
        reopens: closed_on back to null, first_seen kept);
      - an open warning not raised tonight is resolved: closed_on = as-of date (last_seen stays the last night
        it was raised).
    A rerun of the same night changes nothing. Every row is written back keyed on warning_id, the same way on
    DuckDB and Spark (macros/previous_state.sql).
    The as-of date never goes backwards: a night whose data is older than the newest night the warnings
    already reflect (a source restored from an old backup, landing warns) changes nothing, so it cannot close
    warnings or open them before they were first seen.
-#}
{{ config(
    materialized='incremental',
    on_schema_change='append_new_columns',
    full_refresh=false,
    **previous_state_config('warning_id'),
) }}
with

tonight as (

    select * from {{ ref('int_warnings_tonight') }}

),

data_as_of as (

    select as_of_date from {{ ref('int_supervision_as_of') }}

),

known as (

    {% if is_incremental() %}
        select * from {{ previous_state_relation() }}
    {% else %}
        -- the first night: nothing known yet (typed like the table)
        select
            warning_id,
            rule,
            level,
            subject_type,
            subject_id,
            court_code,
            dept_id,
            person_id,
            title,
            facts,
            as_of_date as first_seen,
            as_of_date as last_seen,
            as_of_date as closed_on,
            true as is_open
        from tonight
        where 1 = 0
    {% endif %}

),

previous_as_of as (

    -- the newest night the known warnings reflect
    select max(night) as as_of_date
    from (
        select last_seen as night from known
        union all
        select closed_on as night from known
    ) as nights

),

as_of as (

    select
        data_as_of.as_of_date,
        coalesce(data_as_of.as_of_date < previous_as_of.as_of_date, false) as went_backwards
    from data_as_of
    cross join previous_as_of

),

merged as (

    select
        coalesce(tonight.warning_id, known.warning_id) as warning_id,
        coalesce(tonight.rule, known.rule) as rule,  -- noqa: RF04
        coalesce(tonight.level, known.level) as level,  -- noqa: RF04
        coalesce(tonight.subject_type, known.subject_type) as subject_type,
        coalesce(tonight.subject_id, known.subject_id) as subject_id,
        case when tonight.warning_id is null then known.court_code else tonight.court_code end as court_code,
        case when tonight.warning_id is null then known.dept_id else tonight.dept_id end as dept_id,
        case when tonight.warning_id is null then known.person_id else tonight.person_id end as person_id,
        coalesce(tonight.title, known.title) as title,
        coalesce(tonight.facts, known.facts) as facts,
        coalesce(known.first_seen, as_of.as_of_date) as first_seen,
        case when tonight.warning_id is null then known.last_seen else as_of.as_of_date end as last_seen,
        case when tonight.warning_id is null then coalesce(known.closed_on, as_of.as_of_date) end as closed_on
    from tonight
    full outer join known
        on tonight.warning_id = known.warning_id
    cross join as_of
    where not as_of.went_backwards

    union all

    -- a night older than the known state: every known warning as it was
    select
        known.warning_id,
        known.rule,
        known.level,
        known.subject_type,
        known.subject_id,
        known.court_code,
        known.dept_id,
        known.person_id,
        known.title,
        known.facts,
        known.first_seen,
        known.last_seen,
        known.closed_on
    from known
    cross join as_of
    where as_of.went_backwards

),

final as (

    select
        cast(warning_id as {{ dbt.type_string() }}) as warning_id,
        cast(rule as {{ dbt.type_string() }}) as rule,  -- noqa: RF04
        cast(level as {{ dbt.type_string() }}) as level,  -- noqa: RF04
        cast(subject_type as {{ dbt.type_string() }}) as subject_type,
        cast(subject_id as {{ dbt.type_string() }}) as subject_id,
        cast(court_code as {{ dbt.type_string() }}) as court_code,
        cast(dept_id as {{ dbt.type_string() }}) as dept_id,
        cast(person_id as {{ dbt.type_string() }}) as person_id,
        cast(title as {{ dbt.type_string() }}) as title,
        cast(facts as {{ dbt.type_string() }}) as facts,
        cast(first_seen as date) as first_seen,
        cast(last_seen as date) as last_seen,
        cast(closed_on as date) as closed_on,
        closed_on is null as is_open
    from merged

)

select * from final
