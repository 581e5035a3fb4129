-- The floor of bench/bench_indicators.py (this file and the next ones of this folder, in name order, make it up):
-- ONE hand-written DuckDB query computing every core indicator of
-- shared/spec/core_indicators.md (every id, every level it declares, every month, quarter, year and
-- year to date of the calendar of intermediate.int_indicator_periods) straight from the marts.
--
-- Written for speed, the way an analyst who knows the data would write it:
--   * event measures (filed in, closed in, held in, ...) are aggregated once per (court, department,
--     person, calendar month) and then rolled up to the periods, which are all unions of whole months;
--   * stock measures (pending at E, carried over = pending at S - 1, long pending, median age) depend
--     only on a day, and every period end (and every S - 1) is a month end: they are computed once per
--     distinct day, not once per period;
--   * workload weights and credits are recomputed here from the marts with the default configuration
--     (config/workload/*.csv), not read from the engine's models.
-- Output: (indicator_id, level, entity_id, period_type, period, numerator, denominator, value), with the
-- engine's conventions for numerator / denominator (counts and sums: denominator null; averages: sum and
-- count; medians: the median and the count; complement ratios: the complemented numerator).
with

-- the calendar: every month from the first to the last month with trial or enforcement activity
activity as (

    select
        min(least(filing_date, coalesce(closing_date, filing_date))) as first_day,
        max(greatest(filing_date, coalesce(closing_date, filing_date))) as last_day
    from marts.fct_trial_cases

    union all

    select
        min(least(filing_date, coalesce(closing_date, filing_date))),
        max(greatest(filing_date, coalesce(closing_date, filing_date)))
    from marts.fct_enforcement_cases

),

bounds as (

    select
        cast(date_trunc('month', min(first_day)) as date) as first_month,
        cast(date_trunc('month', max(last_day)) as date) as last_month
    from activity

),

calendar_months as (

    select cast(m as date) as month_start
    from bounds, generate_series(bounds.first_month, bounds.last_month, interval 1 month) as g (m)

),

periods as materialized (

    select distinct
        'month' as period_type,
        strftime(month_start, '%Y-%m') as period,
        month_start as period_start,
        cast(month_start + interval 1 month - interval 1 day as date) as period_end
    from calendar_months
    union all
    select distinct
        'quarter',
        strftime(month_start, '%Y') || '-Q' || cast(quarter(month_start) as varchar),
        cast(date_trunc('quarter', month_start) as date),
        cast(date_trunc('quarter', month_start) + interval 3 month - interval 1 day as date)
    from calendar_months
    union all
    select distinct
        'year',
        strftime(month_start, '%Y'),
        cast(date_trunc('year', month_start) as date),
        cast(date_trunc('year', month_start) + interval 1 year - interval 1 day as date)
    from calendar_months
    union all
    select
        'ytd',
        strftime(month_start, '%Y-%m'),
        cast(date_trunc('year', month_start) as date),
        cast(month_start + interval 1 month - interval 1 day as date)
    from calendar_months

),

-- every month any period covers (quarters and years may run past the activity months), and the periods
-- each month falls in
month_periods as materialized (

    select
        cast(m.month_start as date) as month_start,
        p.period_type,
        p.period
    from (
        select generate_series as month_start
        from
            generate_series(
                (select min(period_start) from periods),
                (select max(period_end) from periods),
                interval 1 month
            )
    ) as m
    inner join periods as p
        on m.month_start between p.period_start and p.period_end

),

-- the days stock measures are taken on: each period's end, and the day before each period's start
stock_days as (

    select period_end as stock_day from periods
    union
    select cast(period_start - 1 as date) from periods

),

