{#-
    The period calendar of the indicator engine: every month, quarter, year and year-to-date from the
    first month with case activity to the last, or from the month of the sources file's statistics_start
    when that is later (an extract whose earlier records are only the pending stock opens no period before
    it). A period P runs from period_start to period_end, both inclusive; year-to-date 'YYYY-MM' runs from
    1 January to the end of that month.
-#}
with

activity as (

    select filing_date as activity_date from {{ ref('fct_trial_cases') }}
    union all
    select closing_date from {{ ref('fct_trial_cases') }}
    union all
    select filing_date from {{ ref('fct_enforcement_cases') }}
    union all
    select closing_date from {{ ref('fct_enforcement_cases') }}

),

activity_bounds as (

    select
        cast({{ dbt.date_trunc('month', 'min(activity_date)') }} as date) as first_activity_month,
        cast({{ dbt.date_trunc('month', 'max(activity_date)') }} as date) as last_month
    from activity

),

statistics_start as (

    select cast({{ dbt.date_trunc('month', 'max(statistics_start)') }} as date) as statistics_start_month
    from {{ ref('stg_extract__settings') }}

),

bounds as (

    select
        case
            when statistics_start.statistics_start_month > activity_bounds.first_activity_month
                then statistics_start.statistics_start_month
            else activity_bounds.first_activity_month
        end as first_month,
        activity_bounds.last_month
    from activity_bounds
    cross join statistics_start

),

digits as (

    select 0 as d
    union all
    select 1
    union all
    select 2
    union all
    select 3
    union all
    select 4
    union all
    select 5
    union all
    select 6
    union all
    select 7
    union all
    select 8
    union all
    select 9

),

month_numbers as (

    select hundreds.d * 100 + tens.d * 10 + ones.d as month_number
    from digits as hundreds
    cross join digits as tens
    cross join digits as ones

),

months as (

    select cast({{ dbt.dateadd('month', 'month_numbers.month_number', 'bounds.first_month') }} as date) as month_start
    from month_numbers
    cross join bounds
    where month_numbers.month_number <= {{ dbt.datediff('bounds.first_month', 'bounds.last_month', 'month') }}

),

month_parts as (

    select
        month_start,
        cast({{ dbt.dateadd('day', -1, dbt.dateadd('month', 1, 'month_start')) }} as date) as month_end,
        cast(extract(year from month_start) as {{ dbt.type_int() }}) as year_number,
        cast(extract(month from month_start) as {{ dbt.type_int() }}) as month_number
    from months

),

labelled as (

    select
        *,
        cast(year_number as {{ dbt.type_string() }}) as year_label,
        {{ dbt.concat([
            'cast(year_number as ' ~ dbt.type_string() ~ ')',
            "'-'",
            "lpad(cast(month_number as " ~ dbt.type_string() ~ "), 2, '0')",
        ]) }} as month_label,
        {{ dbt.concat([
            'cast(year_number as ' ~ dbt.type_string() ~ ')',
            "'-Q'",
            'cast(cast(floor((month_number - 1) / 3) + 1 as ' ~ dbt.type_int() ~ ') as ' ~ dbt.type_string() ~ ')',
        ]) }} as quarter_label,
        cast({{ dbt.date_trunc('quarter', 'month_start') }} as date) as quarter_start,
        cast({{ dbt.date_trunc('year', 'month_start') }} as date) as year_start
    from month_parts

),

periods as (

    select distinct
        'month' as period_type,
        month_label as period,
        month_start as period_start,
        month_end as period_end
    from labelled

    union all

    select distinct
        'quarter' as period_type,
        quarter_label as period,
        quarter_start as period_start,
        cast({{ dbt.dateadd('day', -1, dbt.dateadd('month', 3, 'quarter_start')) }} as date) as period_end
    from labelled

    union all

    select distinct
        'year' as period_type,
        year_label as period,
        year_start as period_start,
        cast({{ dbt.dateadd('day', -1, dbt.dateadd('year', 1, 'year_start')) }} as date) as period_end
    from labelled

    union all

    select distinct
        'ytd' as period_type,
        month_label as period,
        year_start as period_start,
        month_end as period_end
    from labelled

),

final as (

    select
        period_type,
        period,
        period_start,
        period_end,
        cast(
            {{ dbt.datediff('period_start', 'period_end', 'day') }} + 1 as {{ dbt.type_int() }}  -- noqa: LT05
        ) as days_in_period
    from periods

)

select * from final
