-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- commercial_disputes, rows whose enforcement closed in P: 16 additive measures by month, rolled up
{{ config(materialized=measure_part_materialization()) }}
with

period_months as (

    select * from {{ ref('int_indicator_build_period_months') }}

),

fact_rows as (

    select * from {{ ref('int_commercial_disputes') }}

),

row_inputs as (

    select
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
    from fact_rows as f
    where f.enforcement_closing_date is not null

),

entity_months as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        sum(i_m_commercial_disputes__resolved_in__sum_total_days__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__sum_total_days__involves_enterprise,
        sum(i_m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_known)
            as i_m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_known,
        sum(i_m_commercial_disputes__resolved_in__sum_first_instance_days__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__sum_first_instance_days__involves_enterprise,
        sum(i_m_commercial_disputes__resolved_in__count__first_instance_days_known__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__count__first_instance_days_known__involves_enterprise,
        sum(i_m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_le_365)
            as i_m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_le_365,
        sum(i_m_commercial_disputes__resolved_in__count__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__count__involves_enterprise,
        sum(i_m_commercial_disputes__resolved_in__sum_appeal_days__involves_enterprise__is_appealed)
            as i_m_commercial_disputes__resolved_in__sum_appeal_days__involves_enterprise__is_appealed,
        sum(i_m_commercial_disputes__resolved_in__count__appeal_days_known__involves_enterprise__is_appealed)
            as i_m_commercial_disputes__resolved_in__count__appeal_days_known__involves_enterprise__is_appealed,
        sum(i_m_commercial_disputes__resolved_in__sum_enforcement_days__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__sum_enforcement_days__involves_enterprise,
        sum(i_m_commercial_disputes__resolved_in__count__enforcement_days_known__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__count__enforcement_days_known__involves_enterprise,
        sum(i_m_commercial_disputes__resolved_in__sum_enforcement_executed_amount__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__sum_enforcement_executed_amount__involves_enterprise,
        sum(i_m_commercial_disputes__resolved_in__sum_enforcement_applied_amount__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__sum_enforcement_applied_amount__involves_enterprise,
        sum(i_m_commercial_disputes__resolved_in__count__enforcement_closing_method_terminated_proc_54f29cdd4d)
            as i_m_commercial_disputes__resolved_in__count__enforcement_closing_method_terminated_proc_54f29cdd4d,
        sum(i_m_commercial_disputes__resolved_in__count__involves_enterprise__is_enforcement_within_limit)
            as i_m_commercial_disputes__resolved_in__count__involves_enterprise__is_enforcement_within_limit,
        sum(i_m_commercial_disputes__resolved_in__sum_enforcement_fee_ratio__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__sum_enforcement_fee_ratio__involves_enterprise,
        sum(i_m_commercial_disputes__resolved_in__count__enforcement_fee_ratio_known__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__count__enforcement_fee_ratio_known__involves_enterprise
    from row_inputs
    group by month_start, court_entity, department_entity, person_entity, city_entity

),

by_level as (

    {{ crossed_with_levels('entity_months', ['court', 'department', 'person', 'city']) }}

),

level_months as (

    select
        level,
        entity_id,
        month_start,
        sum(i_m_commercial_disputes__resolved_in__sum_total_days__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__sum_total_days__involves_enterprise,
        sum(i_m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_known)
            as i_m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_known,
        sum(i_m_commercial_disputes__resolved_in__sum_first_instance_days__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__sum_first_instance_days__involves_enterprise,
        sum(i_m_commercial_disputes__resolved_in__count__first_instance_days_known__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__count__first_instance_days_known__involves_enterprise,
        sum(i_m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_le_365)
            as i_m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_le_365,
        sum(i_m_commercial_disputes__resolved_in__count__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__count__involves_enterprise,
        sum(i_m_commercial_disputes__resolved_in__sum_appeal_days__involves_enterprise__is_appealed)
            as i_m_commercial_disputes__resolved_in__sum_appeal_days__involves_enterprise__is_appealed,
        sum(i_m_commercial_disputes__resolved_in__count__appeal_days_known__involves_enterprise__is_appealed)
            as i_m_commercial_disputes__resolved_in__count__appeal_days_known__involves_enterprise__is_appealed,
        sum(i_m_commercial_disputes__resolved_in__sum_enforcement_days__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__sum_enforcement_days__involves_enterprise,
        sum(i_m_commercial_disputes__resolved_in__count__enforcement_days_known__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__count__enforcement_days_known__involves_enterprise,
        sum(i_m_commercial_disputes__resolved_in__sum_enforcement_executed_amount__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__sum_enforcement_executed_amount__involves_enterprise,
        sum(i_m_commercial_disputes__resolved_in__sum_enforcement_applied_amount__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__sum_enforcement_applied_amount__involves_enterprise,
        sum(i_m_commercial_disputes__resolved_in__count__enforcement_closing_method_terminated_proc_54f29cdd4d)
            as i_m_commercial_disputes__resolved_in__count__enforcement_closing_method_terminated_proc_54f29cdd4d,
        sum(i_m_commercial_disputes__resolved_in__count__involves_enterprise__is_enforcement_within_limit)
            as i_m_commercial_disputes__resolved_in__count__involves_enterprise__is_enforcement_within_limit,
        sum(i_m_commercial_disputes__resolved_in__sum_enforcement_fee_ratio__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__sum_enforcement_fee_ratio__involves_enterprise,
        sum(i_m_commercial_disputes__resolved_in__count__enforcement_fee_ratio_known__involves_enterprise)
            as i_m_commercial_disputes__resolved_in__count__enforcement_fee_ratio_known__involves_enterprise
    from by_level
    where entity_id is not null
    group by level, entity_id, month_start

)

select
    level_months.level,
    level_months.entity_id,
    period_months.period_type,
    period_months.period,
    cast(
        sum(level_months.i_m_commercial_disputes__resolved_in__sum_total_days__involves_enterprise)
        as double
    ) as m_commercial_disputes__resolved_in__sum_total_days__involves_enterprise,
    cast(
        sum(level_months.i_m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_known)
        as {{ dbt.type_bigint() }}
    ) as m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_known,
    cast(
        sum(level_months.i_m_commercial_disputes__resolved_in__sum_first_instance_days__involves_enterprise)
        as double
    ) as m_commercial_disputes__resolved_in__sum_first_instance_days__involves_enterprise,
    cast(
        sum(level_months.i_m_commercial_disputes__resolved_in__count__first_instance_days_known__involves_enterprise)
        as {{ dbt.type_bigint() }}
    ) as m_commercial_disputes__resolved_in__count__first_instance_days_known__involves_enterprise,
    cast(
        sum(level_months.i_m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_le_365)
        as {{ dbt.type_bigint() }}
    ) as m_commercial_disputes__resolved_in__count__involves_enterprise__total_days_le_365,
    cast(
        sum(level_months.i_m_commercial_disputes__resolved_in__count__involves_enterprise)
        as {{ dbt.type_bigint() }}
    ) as m_commercial_disputes__resolved_in__count__involves_enterprise,
    cast(
        sum(level_months.i_m_commercial_disputes__resolved_in__sum_appeal_days__involves_enterprise__is_appealed)
        as double
    ) as m_commercial_disputes__resolved_in__sum_appeal_days__involves_enterprise__is_appealed,
    cast(
        sum(level_months.i_m_commercial_disputes__resolved_in__count__appeal_days_known__involves_enterprise__is_appealed)
        as {{ dbt.type_bigint() }}
    ) as m_commercial_disputes__resolved_in__count__appeal_days_known__involves_enterprise__is_appealed,
    cast(
        sum(level_months.i_m_commercial_disputes__resolved_in__sum_enforcement_days__involves_enterprise)
        as double
    ) as m_commercial_disputes__resolved_in__sum_enforcement_days__involves_enterprise,
    cast(
        sum(level_months.i_m_commercial_disputes__resolved_in__count__enforcement_days_known__involves_enterprise)
        as {{ dbt.type_bigint() }}
    ) as m_commercial_disputes__resolved_in__count__enforcement_days_known__involves_enterprise,
    cast(
        sum(level_months.i_m_commercial_disputes__resolved_in__sum_enforcement_executed_amount__involves_enterprise)
        as double
    ) as m_commercial_disputes__resolved_in__sum_enforcement_executed_amount__involves_enterprise,
    cast(
        sum(level_months.i_m_commercial_disputes__resolved_in__sum_enforcement_applied_amount__involves_enterprise)
        as double
    ) as m_commercial_disputes__resolved_in__sum_enforcement_applied_amount__involves_enterprise,
    cast(
        sum(level_months.i_m_commercial_disputes__resolved_in__count__enforcement_closing_method_terminated_proc_54f29cdd4d)
        as {{ dbt.type_bigint() }}
    ) as m_commercial_disputes__resolved_in__count__enforcement_closing_method_terminated_proc_54f29cdd4d,
    cast(
        sum(level_months.i_m_commercial_disputes__resolved_in__count__involves_enterprise__is_enforcement_within_limit)
        as {{ dbt.type_bigint() }}
    ) as m_commercial_disputes__resolved_in__count__involves_enterprise__is_enforcement_within_limit,
    cast(
        sum(level_months.i_m_commercial_disputes__resolved_in__sum_enforcement_fee_ratio__involves_enterprise)
        as double
    ) as m_commercial_disputes__resolved_in__sum_enforcement_fee_ratio__involves_enterprise,
    cast(
        sum(level_months.i_m_commercial_disputes__resolved_in__count__enforcement_fee_ratio_known__involves_enterprise)
        as {{ dbt.type_bigint() }}
    ) as m_commercial_disputes__resolved_in__count__enforcement_fee_ratio_known__involves_enterprise
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
