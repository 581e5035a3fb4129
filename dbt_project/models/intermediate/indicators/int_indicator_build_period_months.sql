{#-
    Which months make up each period built tonight (int_indicator_build_periods): a month, quarter, year or
    year-to-date is a union of whole months, so additive measures computed per month roll up exactly into
    every period. A view: a join of the small calendar with itself, read only by the measure passes.
-#}
{{ config(materialized='view') }}

with

build_periods as (

    select * from {{ ref('int_indicator_build_periods') }}

),

months as (

    select period_start as month_start
    from {{ ref('int_indicator_periods') }}
    where period_type = 'month'

),

final as (

    select
        build_periods.period_type,
        build_periods.period,
        months.month_start
    from build_periods
    inner join months
        on
            build_periods.period_start <= months.month_start
            and build_periods.period_end >= months.month_start

)

select * from final
