{#-
    How many open data defects touch each court, department and person in each period: the mark that makes
    their indicator values, scores and totals provisional (data_defects > 0). A defect touches a period that
    overlaps its case's activity (or the row's own dates; with neither, every period), at the level of the
    responsible person, their department and their court.
-#}
with

defects as (

    select * from {{ ref('int_data_defects') }}
    where is_open

),

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

touched as (

    -- a defect counts at its responsible person, their department and their court
    select
        defects.defect_id,
        defects.responsible_person_id as person_entity,
        defects.dept_id as department_entity,
        defects.court_code as court_entity,
        periods.period_type,
        periods.period
    from defects
    inner join periods
        on
            periods.period_start <= coalesce(defects.affects_to, cast('9999-12-31' as date))
            and periods.period_end >= coalesce(defects.affects_from, cast('1900-01-01' as date))

),

touched_levels as (

    {{ crossed_with_levels('touched', ['person', 'department', 'court']) }}

),

final as (

    select
        {{ entity_period_columns() }},
        cast(count(distinct defect_id) as {{ dbt.type_int() }}) as data_defects
    from touched_levels
    where entity_id is not null
    group by 1, 2, 3, 4

)

select * from final
