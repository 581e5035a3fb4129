{#-
    指标异常: a person's scored indicator worse than the peer group's 10th percentile (int_score_points.peer_p10,
    taken in the indicator's good direction, so "worse" is above it when lower is better) in each of the last
    indicator_anomaly.consecutive_months complete months up to the as-of date. Only values that are in the peer
    pool (the person is eligible) of pools with at least indicator_anomaly.min_peers members. One warning per
    person and indicator (the indicator is the warning's detail key); court and department are the person's
    main posting in the latest month (score_totals).
-#}
with

context as (

    select * from {{ ref('int_supervision_context') }}

),

complete_months as (

    select
        periods.period,
        context.as_of_date,
        row_number() over (order by periods.period_start desc) as month_rank
    from {{ ref('int_indicator_periods') }} as periods
    cross join context
    where
        periods.period_type = 'month'
        and periods.period_end <= context.as_of_date

),

recent_months as (

    select complete_months.*
    from complete_months
    cross join context
    where complete_months.month_rank <= context.indicator_anomaly_consecutive_months

),

below_p10 as (

    select
        points.entity_id as person_id,
        points.indicator_id,
        points.indicator_name_zh,
        points.direction,
        points.peer_group_id,
        points.period,
        points.value,
        points.peer_p10,
        points.peer_count,
        recent_months.month_rank,
        recent_months.as_of_date
    from {{ ref('int_score_points') }} as points
    inner join recent_months
        on points.period = recent_months.period
    cross join context
    where
        points.level = 'person'
        and points.period_type = 'month'
        and points.is_in_peer_pool
        and points.peer_count >= context.indicator_anomaly_min_peers
        and (
            (points.direction = 'lower' and points.value > points.peer_p10)
            or (points.direction != 'lower' and points.value < points.peer_p10)
        )

),

persisting as (

    select
        below_p10.person_id,
        below_p10.indicator_id,
        max(below_p10.indicator_name_zh) as indicator_name_zh,
        max(below_p10.direction) as direction,
        max(below_p10.as_of_date) as as_of_date,
        max(case when below_p10.month_rank = 1 then below_p10.period end) as latest_period,
        max(case when below_p10.month_rank = 1 then below_p10.peer_group_id end) as peer_group_id,
        max(case when below_p10.month_rank = 1 then below_p10.value end) as latest_value,
        max(case when below_p10.month_rank = 1 then below_p10.peer_p10 end) as latest_peer_p10,
        max(case when below_p10.month_rank = 1 then below_p10.peer_count end) as latest_peer_count,
        min(below_p10.period) as first_period,
        cast(count(*) as {{ dbt.type_bigint() }}) as months_below
    from below_p10
    group by below_p10.person_id, below_p10.indicator_id

),

final as (

    select
        {{ supervision_warning(
            rule='indicator_anomaly', level="'yellow'",
            subject_type='person', subject_id='persisting.person_id', detail_key='persisting.indicator_id',
            court_code='totals.court_code', dept_id='totals.dept_id', person_id='persisting.person_id',
            title=[
                "'指标异常：'", "coalesce(people.name, persisting.person_id)", "' 的 '", "persisting.indicator_name_zh",
                "' 连续 '", supervision_text('persisting.months_below'), "' 个月低于同组第10百分位'",
            ],
            facts=[
                ('indicator_id', 'persisting.indicator_id', 'string'),
                ('indicator_name_zh', 'persisting.indicator_name_zh', 'string'),
                ('direction', 'persisting.direction', 'string'),
                ('peer_group_id', 'persisting.peer_group_id', 'string'),
                ('first_period', 'persisting.first_period', 'string'),
                ('latest_period', 'persisting.latest_period', 'string'),
                ('months_below', 'persisting.months_below', 'number'),
                ('latest_value', round_as_decimal('persisting.latest_value', 4), 'number'),
                ('latest_peer_p10', round_as_decimal('persisting.latest_peer_p10', 4), 'number'),
                ('latest_peer_count', 'persisting.latest_peer_count', 'number'),
            ],
            as_of_date='persisting.as_of_date',
        ) }}
    from persisting
    cross join context
    left join {{ ref('score_totals') }} as totals
        on
            persisting.person_id = totals.entity_id
            and persisting.latest_period = totals.period
            and totals.level = 'person'
            and totals.period_type = 'month'
    left join {{ ref('dim_person') }} as people
        on persisting.person_id = people.person_id
    where persisting.months_below = context.indicator_anomaly_consecutive_months

)

select * from final
