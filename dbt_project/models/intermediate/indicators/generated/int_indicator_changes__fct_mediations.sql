-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_mediations: the periods whose measures its rows changed since the last build (5 passes)
{{ config(materialized=measure_part_materialization()) }}
-- depends_on: {{ ref('fct_mediations') }}
{%- set columns = [
    'amount',
    'closed_date',
    'converted_case_number',
    'court_code',
    'dispute_type',
    'guiding_judge_id',
    'judicial_confirmation',
    'mediator_type',
    'received_date',
    'result',
    'stage'
] %}
{%- set baseline = none if indicator_engine_builds_everything() else indicator_baseline(ref('fct_mediations'), columns) %}
with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

{% if baseline is none %}
-- every period is built tonight (int_indicator_build_periods), or there is nothing to compare with

final as (

    select
        'fct_mediations' as relation,
        period_type,
        period
    from periods

)
{% else %}

snapshot_days as (

    select p.period_end from periods as p
    union
    select cast({{ dbt.dateadd('day', -1, 'p.period_start') }} as date) as period_end from periods as p

),

changed_rows as (

    {{ changed_rows(ref('fct_mediations'), baseline, columns) }}

),

changed_mediations as (

    select * from changed_rows

),

c0 as (

    select
        f.net,
        cast({{ dbt.date_trunc('month', 'f.closed_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.guiding_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when (f.stage = 'pre_litigation') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__result_failed_or_success__stage_pre_litigation,
        case
            when (f.result = 'success') and (coalesce(f.judicial_confirmation, false))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__judicial_confirmation__result_success,
        case when (f.stage = 'pre_litigation') then 1 else 0 end as i_m_mediations__closed_in__count__stage_pre_litigation,
        case
            when (f.stage = 'in_litigation') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__result_success__stage_in_litigation,
        case
            when (f.stage = 'in_litigation') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__result_failed_or_success__stage_in_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.result = 'success') and (coalesce(f.judicial_confirmation, false))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__judicial_confirmation__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (coalesce(f.converted_case_number is not null, false))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__is_converted_to_case__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.result = 'withdrawn')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__result_withdrawn__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and ({{ dbt.datediff('f.received_date', 'f.closed_date', 'day') }} <= 30)  -- noqa: LT05
                then 1
            else 0
        end as i_m_mediations__closed_in__count__days_to_close_le_30__stage_pre_litigation,
        cast(
            case
                when (f.stage = 'pre_litigation')
                    then {{ dbt.datediff('f.received_date', 'f.closed_date', 'day') }}  -- noqa: LT05
            end as decimal(38, 9)
        ) as i_m_mediations__closed_in__sum_days_to_close__stage_pre_litigation,
        case
            when
                (f.stage = 'pre_litigation')
                and ({{ dbt.datediff('f.received_date', 'f.closed_date', 'day') }} is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_mediations__closed_in__count__days_to_close_known__stage_pre_litigation,
        cast(
            case
                when (f.stage = 'in_litigation')
                    then {{ dbt.datediff('f.received_date', 'f.closed_date', 'day') }}  -- noqa: LT05
            end as decimal(38, 9)
        ) as i_m_mediations__closed_in__sum_days_to_close__stage_in_litigation,
        case
            when (f.stage = 'in_litigation') and ({{ dbt.datediff('f.received_date', 'f.closed_date', 'day') }} is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_mediations__closed_in__count__days_to_close_known__stage_in_litigation,
        cast(
            case
                when (f.stage = 'pre_litigation') and (f.result = 'success')
                    then f.amount
            end as decimal(38, 9)
        ) as i_m_mediations__closed_in__sum_amount__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.result = 'success') and (f.amount is not null)
                then 1
            else 0
        end as i_m_mediations__closed_in__count__amount_known__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.mediator_type = 'invited_mediator') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__mediator_type_invited_mediator__result_success__stage_8299f7463d,
        case
            when (f.stage = 'pre_litigation') and (f.mediator_type = 'invited_mediator') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__mediator_type_invited_mediator__result_failed_or_succ_db81195c6d,
        case
            when (f.stage = 'pre_litigation') and (f.mediator_type = 'people_mediation_committee') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_succ_1bdd31eb2d,
        case
            when (f.stage = 'pre_litigation') and (f.mediator_type = 'people_mediation_committee') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_fail_4bc030757c,
        case
            when (f.stage = 'pre_litigation') and (f.mediator_type = 'industry_organisation') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__mediator_type_industry_organisation__result_success_063af91c04,
        case
            when (f.stage = 'pre_litigation') and (f.mediator_type = 'industry_organisation') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__mediator_type_industry_organisation__result_failed_or_6dd6e3cf9f,
        case
            when (f.stage = 'pre_litigation') and (f.mediator_type = 'court_staff') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__mediator_type_court_staff__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.mediator_type = 'court_staff') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__mediator_type_court_staff__result_failed_or_success_acf459e3a8,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '婚姻家庭') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v948447__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '婚姻家庭') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v948447__result_failed_or_success__stage_a798075090,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '民间借贷') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v8e1420__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '民间借贷') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v8e1420__result_failed_or_success__stage_b798ccfe74,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '物业服务') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_ve66502__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '物业服务') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_ve66502__result_failed_or_success__stage_2d464f3494,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '买卖合同') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v8e475a__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '买卖合同') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v8e475a__result_failed_or_success__stage_47f292a376,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '劳动争议') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v7eeac5__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '劳动争议') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v7eeac5__result_failed_or_success__stage_3cbdc77e0f,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '金融借款') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v57f385__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '金融借款') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_v57f385__result_failed_or_success__stage_f37267e0c8,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '交通事故') and (f.result = 'success')
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_va80897__result_success__stage_pre_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.dispute_type = '交通事故') and (f.result in ('success', 'failed'))
                then 1
            else 0
        end as i_m_mediations__closed_in__count__dispute_type_va80897__result_failed_or_success__stage_9a5d8a7624
    from changed_mediations as f
    where f.closed_date is not null

),

c0_net as (

    select
        month_start,
        court_entity,
        person_entity,
        city_entity,
        i_m_mediations__closed_in__count__result_success__stage_pre_litigation,
        i_m_mediations__closed_in__count__result_failed_or_success__stage_pre_litigation,
        i_m_mediations__closed_in__count__judicial_confirmation__result_success,
        i_m_mediations__closed_in__count__stage_pre_litigation,
        i_m_mediations__closed_in__count__result_success__stage_in_litigation,
        i_m_mediations__closed_in__count__result_failed_or_success__stage_in_litigation,
        i_m_mediations__closed_in__count__judicial_confirmation__result_success__stage_pre_litigation,
        i_m_mediations__closed_in__count__is_converted_to_case__stage_pre_litigation,
        i_m_mediations__closed_in__count__result_withdrawn__stage_pre_litigation,
        i_m_mediations__closed_in__count__days_to_close_le_30__stage_pre_litigation,
        i_m_mediations__closed_in__sum_days_to_close__stage_pre_litigation,
        i_m_mediations__closed_in__count__days_to_close_known__stage_pre_litigation,
        i_m_mediations__closed_in__sum_days_to_close__stage_in_litigation,
        i_m_mediations__closed_in__count__days_to_close_known__stage_in_litigation,
        i_m_mediations__closed_in__sum_amount__result_success__stage_pre_litigation,
        i_m_mediations__closed_in__count__amount_known__result_success__stage_pre_litigation,
        i_m_mediations__closed_in__count__mediator_type_invited_mediator__result_success__stage_8299f7463d,
        i_m_mediations__closed_in__count__mediator_type_invited_mediator__result_failed_or_succ_db81195c6d,
        i_m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_succ_1bdd31eb2d,
        i_m_mediations__closed_in__count__mediator_type_people_mediation_committee__result_fail_4bc030757c,
        i_m_mediations__closed_in__count__mediator_type_industry_organisation__result_success_063af91c04,
        i_m_mediations__closed_in__count__mediator_type_industry_organisation__result_failed_or_6dd6e3cf9f,
        i_m_mediations__closed_in__count__mediator_type_court_staff__result_success__stage_pre_litigation,
        i_m_mediations__closed_in__count__mediator_type_court_staff__result_failed_or_success_acf459e3a8,
        i_m_mediations__closed_in__count__dispute_type_v948447__result_success__stage_pre_litigation,
        i_m_mediations__closed_in__count__dispute_type_v948447__result_failed_or_success__stage_a798075090,
        i_m_mediations__closed_in__count__dispute_type_v8e1420__result_success__stage_pre_litigation,
        i_m_mediations__closed_in__count__dispute_type_v8e1420__result_failed_or_success__stage_b798ccfe74,
        i_m_mediations__closed_in__count__dispute_type_ve66502__result_success__stage_pre_litigation,
        i_m_mediations__closed_in__count__dispute_type_ve66502__result_failed_or_success__stage_2d464f3494,
        i_m_mediations__closed_in__count__dispute_type_v8e475a__result_success__stage_pre_litigation,
        i_m_mediations__closed_in__count__dispute_type_v8e475a__result_failed_or_success__stage_47f292a376,
        i_m_mediations__closed_in__count__dispute_type_v7eeac5__result_success__stage_pre_litigation,
        i_m_mediations__closed_in__count__dispute_type_v7eeac5__result_failed_or_success__stage_3cbdc77e0f,
        i_m_mediations__closed_in__count__dispute_type_v57f385__result_success__stage_pre_litigation,
        i_m_mediations__closed_in__count__dispute_type_v57f385__result_failed_or_success__stage_f37267e0c8,
        i_m_mediations__closed_in__count__dispute_type_va80897__result_success__stage_pre_litigation,
        i_m_mediations__closed_in__count__dispute_type_va80897__result_failed_or_success__stage_9a5d8a7624
    from c0
    group by all
    having sum(net) != 0

),

c0_periods as (

    select distinct
        p.period_type,
        p.period
    from c0_net as d
    inner join periods as p
        on d.month_start >= p.period_start and d.month_start <= p.period_end

),

c1 as (

    select
        f.net,
        p.period_type,
        p.period,
        f.court_code as court_entity,
        f.guiding_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when (f.stage = 'pre_litigation')
                then {{ dbt.datediff('f.received_date', 'f.closed_date', 'day') }}  -- noqa: LT05
        end as i_m_mediations__closed_in__median_days_to_close__stage_pre_litigation
    from changed_mediations as f
    inner join periods as p
        on f.closed_date >= p.period_start and f.closed_date <= p.period_end

),

c1_net as (

    select
        period_type,
        period,
        court_entity,
        person_entity,
        city_entity,
        i_m_mediations__closed_in__median_days_to_close__stage_pre_litigation
    from c1
    group by all
    having sum(net) != 0

),

c1_periods as (

    select distinct
        p.period_type,
        p.period
    from c1_net as d
    inner join periods as p
        on d.period_type = p.period_type and d.period = p.period

),

c2 as (

    select
        f.net,
        p.period_end as snapshot_day,
        f.court_code as court_entity,
        f.guiding_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when (f.stage = 'pre_litigation') then 1 else 0 end as i_m_mediations__open_at_end__count__stage_pre_litigation
    from changed_mediations as f
    inner join snapshot_days as p
        on f.received_date <= p.period_end and (f.closed_date is null or f.closed_date > p.period_end)

),

c2_net as (

    select
        snapshot_day,
        court_entity,
        person_entity,
        city_entity,
        i_m_mediations__open_at_end__count__stage_pre_litigation
    from c2
    group by all
    having sum(net) != 0

),

c2_periods as (

    select distinct
        p.period_type,
        p.period
    from c2_net as d
    inner join periods as p
        on d.snapshot_day = p.period_end

),

c3 as (

    select
        f.net,
        cast({{ dbt.date_trunc('month', 'f.received_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.guiding_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when (f.stage = 'pre_litigation') then 1 else 0 end as i_m_mediations__received_in__count__stage_pre_litigation,
        case when (f.stage = 'in_litigation') then 1 else 0 end as i_m_mediations__received_in__count__stage_in_litigation,
        case
            when (f.stage = 'pre_litigation') and (f.mediator_type != 'court_staff')
                then 1
            else 0
        end as i_m_mediations__received_in__count__mediator_type_not_court_staff__stage_pre_litigation
    from changed_mediations as f
    where f.received_date is not null

),

c3_net as (

    select
        month_start,
        court_entity,
        person_entity,
        city_entity,
        i_m_mediations__received_in__count__stage_pre_litigation,
        i_m_mediations__received_in__count__stage_in_litigation,
        i_m_mediations__received_in__count__mediator_type_not_court_staff__stage_pre_litigation
    from c3
    group by all
    having sum(net) != 0

),

c3_periods as (

    select distinct
        p.period_type,
        p.period
    from c3_net as d
    inner join periods as p
        on d.month_start >= p.period_start and d.month_start <= p.period_end

),

c4 as (

    select
        f.net,
        p.period_type,
        p.period,
        f.court_code as court_entity,
        f.guiding_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when (f.stage = 'pre_litigation') and (coalesce(coalesce(f.closed_date <= p.period_end, false), false))
                then 1
            else 0
        end as i_m_mediations__received_in__count__closed_by_period_end__stage_pre_litigation
    from changed_mediations as f
    inner join periods as p
        on f.received_date >= p.period_start and f.received_date <= p.period_end

),

c4_net as (

    select
        period_type,
        period,
        court_entity,
        person_entity,
        city_entity,
        i_m_mediations__received_in__count__closed_by_period_end__stage_pre_litigation
    from c4
    group by all
    having sum(net) != 0

),

c4_periods as (

    select distinct
        p.period_type,
        p.period
    from c4_net as d
    inner join periods as p
        on d.period_type = p.period_type and d.period = p.period

),

final as (

    select
        'fct_mediations' as relation,
        period_type,
        period
    from c0_periods

    union

    select
        'fct_mediations' as relation,
        period_type,
        period
    from c1_periods

    union

    select
        'fct_mediations' as relation,
        period_type,
        period
    from c2_periods

    union

    select
        'fct_mediations' as relation,
        period_type,
        period
    from c3_periods

    union

    select
        'fct_mediations' as relation,
        period_type,
        period
    from c4_periods

)
{% endif %}

select * from final
