{#-
    监督预警: one row per warning ever raised, open or closed, kept across nights (an incremental model that a
    --full-refresh does not rebuild, so history survives). Each night, at the data's as-of date:
      - a warning raised tonight and not known before opens: first_seen = last_seen = level_since = as-of date;
      - a known warning raised again: last_seen = as-of date, level, title and facts from tonight, level_since
        moved to the as-of date when the level changed (a closed one reopens: closed_on back to null,
        first_seen kept);
      - an open warning not raised tonight is resolved: closed_on = as-of date (last_seen stays the last night
        it was raised).
    A case holds one warning per theme (time_limit, long_pending: macros/supervision.sql), matched on its
    rule and case rather than on its id, so that it escalates in place (80 % -> 100 %, 12 -> 18 -> 36 months)
    and keeps the id it was notified under. A warehouse built before that holds one warning per level
    (time_limit_80, long_pending_12m, ...): on the first night with this model, the open one of a case and
    theme is carried into the theme's warning (its id, level and level_since kept, first_seen the start of the
    unbroken run of old warnings it ends), and the closed ones stay as history under their old rule.
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
{#- level_since came with one warning per case and theme: a table built before has no such column -#}
{%- set stored_columns = [] -%}
{%- if is_incremental() -%}
    {%- set stored_columns = adapter.get_columns_in_relation(this) | map(attribute='name') | map('lower') | list -%}
{%- endif -%}
{%- set themes = supervision_case_themes().keys() | list -%}
with

tonight as (

    select * from {{ ref('int_warnings_tonight') }}

),

data_as_of as (

    select as_of_date from {{ ref('int_supervision_as_of') }}

),

stored as (

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
        first_seen,
        last_seen,
        closed_on,
        level_since
    from (
        {% if is_incremental() -%}
            select
                *{% if 'level_since' not in stored_columns %},
                cast(null as date) as level_since{% endif %}
            from {{ previous_state_relation() }}
        {%- else -%}
            -- the first night: nothing known yet (typed like the table)
            select
                *,
                as_of_date as first_seen,
                as_of_date as last_seen,
                as_of_date as closed_on,
                as_of_date as level_since
            from tonight
            where 1 = 0
        {%- endif %}
    ) as known_state

),

old_rule_runs as (

    -- warnings of the old one-per-level rules, with the runs in which they followed each other without a gap
    -- (a case reaching 100 % closed its 80 % warning and opened the 100 % one the same night)
    select
        *,
        case
            when first_seen <= max(coalesce(closed_on, cast('9999-12-31' as date))) over (
                partition by theme, subject_type, subject_id
                order by first_seen, warning_id
                rows between unbounded preceding and 1 preceding
            ) then 0
            else 1
        end as starts_run
    from (
        select
            stored.*,
            {{ supervision_old_rule_theme('stored.rule') }} as theme
        from stored
    ) as themed
    where theme is not null

),

old_rule_open as (

    select
        *,
        row_number() over (
            partition by theme, subject_type, subject_id
            order by {{ supervision_severity('level') }} desc, first_seen desc, warning_id asc
        ) as pick
    from (
        select
            *,
            min(first_seen) over (partition by theme, subject_type, subject_id, run_number) as run_first_seen
        from (
            select
                *,
                sum(starts_run) over (
                    partition by theme, subject_type, subject_id
                    order by first_seen, warning_id
                    rows between unbounded preceding and current row
                ) as run_number
            from old_rule_runs
        ) as numbered
    ) as runs
    where closed_on is null

),

carried as (

    -- the open old warning of a case and theme (the most severe, should there be several) becomes the theme's
    -- warning; any other open one is simply not raised tonight, so it closes
    select
        warning_id,
        theme as rule,  -- noqa: RF04
        level,  -- noqa: RF04
        subject_type,
        subject_id,
        court_code,
        dept_id,
        person_id,
        title,
        facts,
        run_first_seen as first_seen,
        last_seen,
        closed_on,
        first_seen as level_since
    from old_rule_open
    where pick = 1

),

known as (

    select
        stored.warning_id,
        stored.rule,
        stored.level,
        stored.subject_type,
        stored.subject_id,
        stored.court_code,
        stored.dept_id,
        stored.person_id,
        stored.title,
        stored.facts,
        stored.first_seen,
        stored.last_seen,
        stored.closed_on,
        -- an old one-per-level warning never changed level
        case
            when {{ supervision_old_rule_theme('stored.rule') }} is not null
                then coalesce(stored.level_since, stored.first_seen)
            else stored.level_since
        end as level_since
    from stored
    left join carried
        on stored.warning_id = carried.warning_id
    where carried.warning_id is null
    union all
    select * from carried

),

known_keyed as (

    -- what tonight's warning_id is matched with: for a case theme the id its rule and case give, whatever id
    -- the warning kept (a carried one keeps its old id)
    select
        known.*,
        case
            when known.rule in ('{{ themes | join("', '") }}')
                then {{ supervision_warning_id('known.rule', 'known.subject_type', 'known.subject_id', 'null') }}
            else known.warning_id
        end as match_id
    from known

),

previous_as_of as (

    -- the newest night the known warnings reflect
    select max(night) as as_of_date
    from (
        select last_seen as night from stored
        union all
        select closed_on as night from stored
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
        coalesce(known.warning_id, tonight.warning_id) as warning_id,
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
        case when tonight.warning_id is null then coalesce(known.closed_on, as_of.as_of_date) end as closed_on,
        case
            when tonight.warning_id is null then known.level_since
            when known.warning_id is null or known.closed_on is not null or known.level != tonight.level
                then as_of.as_of_date
            else known.level_since
        end as level_since
    from tonight
    full outer join known_keyed as known
        on tonight.warning_id = known.match_id
    cross join as_of
    where not as_of.went_backwards

    union all

    -- a night older than the known state: every stored warning as it was
    select stored.*
    from stored
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
        closed_on is null as is_open,
        cast(level_since as date) as level_since
    from merged

)

select * from final
