-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- int_commercial_disputes: the periods whose measures its rows changed since the last build (3 passes)
{{ config(materialized=measure_part_materialization()) }}
-- depends_on: {{ ref('int_commercial_disputes') }}
{%- set columns = [
    'appeal_days',
    'appeal_filing_date',
    'closing_date',
    'court_code',
    'dept_id',
    'effective_date',
    'enforcement_applied_amount',
    'enforcement_closing_date',
    'enforcement_closing_method',
    'enforcement_days',
    'enforcement_executed_amount',
    'first_instance_days',
    'handling_judge_id',
    'has_enforcement',
    'has_preservation',
    'involves_enterprise',
    'is_appealed',
    'is_effective',
    'is_enforcement_within_limit',
    'total_days'
] %}
{%- set baseline = none if indicator_engine_builds_everything() else indicator_baseline(ref('int_commercial_disputes'), columns) %}
with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

{% if baseline is none %}
-- every period is built tonight (int_indicator_build_periods), or there is nothing to compare with

final as (

    select
        'int_commercial_disputes' as relation,
        period_type,
        period
    from periods

)
{% else %}

changed_rows as (

    {{ changed_rows(ref('int_commercial_disputes'), baseline, columns) }}

),

changed_commercial_disputes as (

    select * from changed_rows

),

c0 as (

    select
        f.net,
        cast({{ dbt.date_trunc('month', 'f.appeal_filing_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        cast(
            case
                when (coalesce(f.involves_enterprise, false)) and (coalesce(f.is_appealed, false))
                    then {{ dbt.datediff('f.closing_date', 'f.appeal_filing_date', 'day') }}  -- noqa: LT05
            end as decimal(38, 9)
        ) as i_m_commercial_disputes__appealed_in__sum_appeal_transfer_days__involves_enterprise__is_appealed,
        case
            when
                (coalesce(f.involves_enterprise, false))
                and (coalesce(f.is_appealed, false))
                and ({{ dbt.datediff('f.closing_date', 'f.appeal_filing_date', 'day') }} is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_commercial_disputes__appealed_in__count__appeal_transfer_days_known__involves_enter_0013520332
    from changed_commercial_disputes as f
    where f.appeal_filing_date is not null

),

c0_net as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_commercial_disputes__appealed_in__sum_appeal_transfer_days__involves_enterprise__is_appealed,
        i_m_commercial_disputes__appealed_in__count__appeal_transfer_days_known__involves_enter_0013520332
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
        cast({{ dbt.date_trunc('month', 'f.effective_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case
            when (coalesce(f.is_effective, false)) and (coalesce(f.has_enforcement, false))
                then 1
            else 0
        end as i_m_commercial_disputes__effective_in__count__has_enforcement__is_effective,
        case when (coalesce(f.is_effective, false)) then 1 else 0 end as i_m_commercial_disputes__effective_in__count__is_effective,
        case
            when (coalesce(f.involves_enterprise, false)) and (coalesce(f.is_effective, false)) and (coalesce(f.has_preservation, false))
                then 1
            else 0
        end as i_m_commercial_disputes__effective_in__count__has_preservation__involves_enterprise__is_effective,
        case
            when (coalesce(f.involves_enterprise, false)) and (coalesce(f.is_effective, false))
                then 1
            else 0
        end as i_m_commercial_disputes__effective_in__count__involves_enterprise__is_effective
    from changed_commercial_disputes as f
    where f.effective_date is not null

),

c1_net as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_commercial_disputes__effective_in__count__has_enforcement__is_effective,
        i_m_commercial_disputes__effective_in__count__is_effective,
        i_m_commercial_disputes__effective_in__count__has_preservation__involves_enterprise__is_effective,
        i_m_commercial_disputes__effective_in__count__involves_enterprise__is_effective
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
        on d.month_start >= p.period_start and d.month_start <= p.period_end

),

c2 as (

    select
        f.net,
        cast({{ dbt.date_trunc('month', 'f.enforcement_closing_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_judge_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        cast(
            case
                when (coalesce(f.involves_enterprise, false))
                    then f.total_days
            end as decimal(38, 9)
        ) as i_m_commercial_disputes__resolved_in__sum_total_days__involves_enterprise,
        case
            when (coalesce(f.involves_enterprise, false)) and (f.total_days is not null)
                then 1
            else 0
        end as i_m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_known,
        cast(
            case
                when (coalesce(f.involves_enterprise, false))
                    then f.first_instance_days
            end as decimal(38, 9)
        ) as i_m_commercial_disputes__resolved_in__sum_first_instance_days__involves_enterprise,
        case
            when (coalesce(f.involves_enterprise, false)) and (f.first_instance_days is not null)
                then 1
            else 0
        end as i_m_commercial_disputes__resolved_in__count__first_instance_days_known__involves_enterprise,
        case
            when (coalesce(f.involves_enterprise, false)) and (f.total_days <= 365)
                then 1
            else 0
        end as i_m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_le_365,
        case
            when (coalesce(f.involves_enterprise, false))
                then 1
            else 0
        end as i_m_commercial_disputes__resolved_in__count__involves_enterprise,
        cast(
            case
                when (coalesce(f.involves_enterprise, false)) and (coalesce(f.is_appealed, false))
                    then f.appeal_days
            end as decimal(38, 9)
        ) as i_m_commercial_disputes__resolved_in__sum_appeal_days__involves_enterprise__is_appealed,
        case
            when (coalesce(f.involves_enterprise, false)) and (coalesce(f.is_appealed, false)) and (f.appeal_days is not null)
                then 1
            else 0
        end as i_m_commercial_disputes__resolved_in__count__appeal_days_known__involves_enterprise__is_appealed,
        cast(
            case
                when (coalesce(f.involves_enterprise, false))
                    then f.enforcement_days
            end as decimal(38, 9)
        ) as i_m_commercial_disputes__resolved_in__sum_enforcement_days__involves_enterprise,
        case
            when (coalesce(f.involves_enterprise, false)) and (f.enforcement_days is not null)
                then 1
            else 0
        end as i_m_commercial_disputes__resolved_in__count__enforcement_days_known__involves_enterprise,
        cast(
            case
                when (coalesce(f.involves_enterprise, false))
                    then f.enforcement_executed_amount
            end as decimal(38, 9)
        ) as i_m_commercial_disputes__resolved_in__sum_enforcement_executed_amount__involves_enterprise,
        cast(
            case
                when (coalesce(f.involves_enterprise, false))
                    then f.enforcement_applied_amount
            end as decimal(38, 9)
        ) as i_m_commercial_disputes__resolved_in__sum_enforcement_applied_amount__involves_enterprise,
        case
            when (coalesce(f.involves_enterprise, false)) and (f.enforcement_closing_method = 'terminated_procedure')
                then 1
            else 0
        end as i_m_commercial_disputes__resolved_in__count__enforcement_closing_method_terminated_proc_54f29cdd4d,
        case
            when (coalesce(f.involves_enterprise, false)) and (coalesce(f.is_enforcement_within_limit, false))
                then 1
            else 0
        end as i_m_commercial_disputes__resolved_in__count__involves_enterprise__is_enforcement_within_limit,
        cast(
            case
                when (coalesce(f.involves_enterprise, false))
                    then cast((case when f.enforcement_applied_amount > 0 then 50 + 0.015 * greatest(least(f.enforcement_applied_amount, 500000) - 10000, 0) + 0.01 * greatest(least(f.enforcement_applied_amount, 5000000) - 500000, 0) + 0.005 * greatest(least(f.enforcement_applied_amount, 10000000) - 5000000, 0) + 0.001 * greatest(f.enforcement_applied_amount - 10000000, 0) end) as double) / nullif(f.enforcement_applied_amount, 0)  -- noqa: LT05
            end as decimal(38, 9)
        ) as i_m_commercial_disputes__resolved_in__sum_enforcement_fee_ratio__involves_enterprise,
        case
            when
                (coalesce(f.involves_enterprise, false))
                and (cast((case when f.enforcement_applied_amount > 0 then 50 + 0.015 * greatest(least(f.enforcement_applied_amount, 500000) - 10000, 0) + 0.01 * greatest(least(f.enforcement_applied_amount, 5000000) - 500000, 0) + 0.005 * greatest(least(f.enforcement_applied_amount, 10000000) - 5000000, 0) + 0.001 * greatest(f.enforcement_applied_amount - 10000000, 0) end) as double) / nullif(f.enforcement_applied_amount, 0) is not null)  -- noqa: LT05
                then 1
            else 0
        end as i_m_commercial_disputes__resolved_in__count__enforcement_fee_ratio_known__involves_enterprise
    from changed_commercial_disputes as f
    where f.enforcement_closing_date is not null

),

c2_net as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_commercial_disputes__resolved_in__sum_total_days__involves_enterprise,
        i_m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_known,
        i_m_commercial_disputes__resolved_in__sum_first_instance_days__involves_enterprise,
        i_m_commercial_disputes__resolved_in__count__first_instance_days_known__involves_enterprise,
        i_m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_le_365,
        i_m_commercial_disputes__resolved_in__count__involves_enterprise,
        i_m_commercial_disputes__resolved_in__sum_appeal_days__involves_enterprise__is_appealed,
        i_m_commercial_disputes__resolved_in__count__appeal_days_known__involves_enterprise__is_appealed,
        i_m_commercial_disputes__resolved_in__sum_enforcement_days__involves_enterprise,
        i_m_commercial_disputes__resolved_in__count__enforcement_days_known__involves_enterprise,
        i_m_commercial_disputes__resolved_in__sum_enforcement_executed_amount__involves_enterprise,
        i_m_commercial_disputes__resolved_in__sum_enforcement_applied_amount__involves_enterprise,
        i_m_commercial_disputes__resolved_in__count__enforcement_closing_method_terminated_proc_54f29cdd4d,
        i_m_commercial_disputes__resolved_in__count__involves_enterprise__is_enforcement_within_limit,
        i_m_commercial_disputes__resolved_in__sum_enforcement_fee_ratio__involves_enterprise,
        i_m_commercial_disputes__resolved_in__count__enforcement_fee_ratio_known__involves_enterprise
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
        on d.month_start >= p.period_start and d.month_start <= p.period_end

),

final as (

    select
        'int_commercial_disputes' as relation,
        period_type,
        period
    from c0_periods

    union

    select
        'int_commercial_disputes' as relation,
        period_type,
        period
    from c1_periods

    union

    select
        'int_commercial_disputes' as relation,
        period_type,
        period
    from c2_periods

)
{% endif %}

select * from final
