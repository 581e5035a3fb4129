{#-
    Which months make up each period: a month, quarter, year or year-to-date is a union of whole
    months, so additive measures computed per month roll up exactly into every period.
    A view: a join of the small calendar with itself, read only by the measure passes.
-#}
{{ config(materialized='view') }}

with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

months as (

    select period_start as month_start
    from periods
    where period_type = 'month'

),

final as (

    select
        periods.period_type,
        periods.period,
        months.month_start
    from periods
    inner join months
        on
            periods.period_start <= months.month_start
            and periods.period_end >= months.month_start

)

select * from final
