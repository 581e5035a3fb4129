{#-
    Which entities exist in which period, with what they need for applicability and scoring:
    the whole two-level system (level city, entity 'city', 两级法院合计: its population the courts' together),
    every court, every department, and every person with a posting overlapping the period. A person's
    role, department and business line in a period are those of the posting that covers most days of
    it (the later posting on a tie); posted_days says how long they were posted in the period,
    posting_count how many postings overlap it and main_posting_days how long the main one covers.
-#}
{#- what only a person has: the postings in the period -#}
{%- set posting_columns = [
    ('posted_days', dbt.type_int()), ('posting_count', dbt.type_int()), ('main_posting_days', dbt.type_int())
] -%}
with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

courts as (

    select * from {{ ref('dim_court') }}

),

departments as (

    select * from {{ ref('dim_department') }}

),

postings as (

    select * from {{ ref('int_person_postings') }}

),

court_rows as (

    select
        'court' as level,
        courts.court_code as entity_id,
        periods.period_type,
        periods.period,
        courts.court_code,
        cast(null as {{ dbt.type_string() }}) as dept_id,
        cast(null as {{ dbt.type_string() }}) as role,
        cast(null as {{ dbt.type_string() }}) as business_line,
        cast(courts.jurisdiction_population as {{ dbt.type_bigint() }}) as population,
        {{ null_columns(posting_columns) }}
    from courts
    cross join periods

),

city_rows as (

    select
        'city' as level,
        'city' as entity_id,
        periods.period_type,
        periods.period,
        cast(null as {{ dbt.type_string() }}) as court_code,
        cast(null as {{ dbt.type_string() }}) as dept_id,
        cast(null as {{ dbt.type_string() }}) as role,
        cast(null as {{ dbt.type_string() }}) as business_line,
        cast(sum(courts.jurisdiction_population) as {{ dbt.type_bigint() }}) as population,
        {{ null_columns(posting_columns) }}
    from courts
    cross join periods
    group by periods.period_type, periods.period

),

department_rows as (

    select
        'department' as level,
        departments.dept_id as entity_id,
        periods.period_type,
        periods.period,
        departments.court_code,
        departments.dept_id,
        cast(null as {{ dbt.type_string() }}) as role,
        departments.business_line,
        cast(null as {{ dbt.type_bigint() }}) as population,
        {{ null_columns(posting_columns) }}
    from departments
    cross join periods

),

posting_periods as (

    select
        postings.person_id,
        postings.court_code,
        postings.dept_id,
        postings.role,
        postings.business_line,
        postings.valid_from,
        periods.period_type,
        periods.period,
        cast({{ dbt.datediff(
            'case when postings.valid_from > periods.period_start then postings.valid_from '
            ~ 'else periods.period_start end',
            'case when postings.valid_to_filled < periods.period_end then postings.valid_to_filled '
            ~ 'else periods.period_end end',
            'day'
        ) }} + 1 as {{ dbt.type_int() }}) as overlap_days
    from postings
    inner join periods
        on
            postings.valid_from <= periods.period_end
            and postings.valid_to_filled >= periods.period_start

),

ranked_postings as (

    select
        *,
        sum(overlap_days) over (partition by person_id, period_type, period) as posted_days,
        count(*) over (partition by person_id, period_type, period) as posting_count,
        row_number() over (
            partition by person_id, period_type, period
            order by overlap_days desc, valid_from desc
        ) as posting_rank
    from posting_periods

),

person_rows as (

    select
        'person' as level,
        person_id as entity_id,
        period_type,
        period,
        court_code,
        dept_id,
        role,
        business_line,
        cast(null as {{ dbt.type_bigint() }}) as population,
        cast(posted_days as {{ dbt.type_int() }}) as posted_days,
        cast(posting_count as {{ dbt.type_int() }}) as posting_count,
        cast(overlap_days as {{ dbt.type_int() }}) as main_posting_days
    from ranked_postings
    where posting_rank = 1

),

final as (

    select * from city_rows
    union all
    select * from court_rows
    union all
    select * from department_rows
    union all
    select * from person_rows

)

select * from final
