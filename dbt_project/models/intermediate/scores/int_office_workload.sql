{#-
    Office workload of every court, department and person per period (综合事务折算工作量):
    quantity × item-type weight × quality-grade factor × adoption-level factor, summed over the work
    items dated in the period (config/scoring/office_workload.yaml, compiled to cfg_office_workload).
    Every entity of the scaffold gets a row, 0 when it has no items, so the measure can be scored.
-#}
{{ config(**period_incremental_config('scores')) }}
with

work_items as (

    select * from {{ ref('fct_work_items') }}

),

factors as (

    select * from {{ ref('cfg_office_workload') }}

),

periods as (

    {{ rows_to_rebuild(ref('int_indicator_periods'), 'scores') }}

),

scaffold as (

    {{ rows_to_rebuild(ref('int_indicator_scaffold'), 'scores') }}

),

weighted_items as (

    select
        work_items.item_id,
        work_items.person_id,
        work_items.dept_id,
        work_items.court_code,
        work_items.item_date,
        work_items.quantity,
        work_items.quantity * item_weights.factor * quality_factors.factor
        * adoption_factors.factor as weighted_quantity
    from work_items
    left join factors as item_weights
        on item_weights.factor_kind = 'item_type' and work_items.item_type = item_weights.code
    left join factors as quality_factors
        on quality_factors.factor_kind = 'quality_grade' and work_items.quality_grade = quality_factors.code
    left join factors as adoption_factors
        on adoption_factors.factor_kind = 'adopted_level' and work_items.adopted_level = adoption_factors.code

),

item_entities as (

    -- the entity an item counts for at each level (city: the two-level system, for an item with a court)
    select
        person_id as person_entity,
        dept_id as department_entity,
        court_code as court_entity,
        {{ city_entity('court_code') }} as city_entity,
        item_date,
        quantity,
        weighted_quantity
    from weighted_items

),

item_levels as (

    {{ crossed_with_levels('item_entities', ['person', 'department', 'court', 'city']) }}

),

by_period as (

    select
        item_levels.level,
        item_levels.entity_id,
        periods.period_type,
        periods.period,
        count(*) as item_count,
        sum(item_levels.quantity) as quantity,
        -- in decimal: a sum of doubles depends on the order rows are added in, which differs between engines
        sum(cast(item_levels.weighted_quantity as decimal(38, 9))) as office_weighted_workload
    from item_levels
    inner join periods
        on
            item_levels.item_date >= periods.period_start
            and item_levels.item_date <= periods.period_end
    group by 1, 2, 3, 4

),

final as (

    select
        scaffold.level,
        scaffold.entity_id,
        scaffold.period_type,
        scaffold.period,
        scaffold.court_code,
        scaffold.dept_id,
        cast(coalesce(by_period.item_count, 0) as {{ dbt.type_bigint() }}) as item_count,
        cast(coalesce(by_period.quantity, 0) as {{ dbt.type_bigint() }}) as quantity,
        cast(coalesce(by_period.office_weighted_workload, 0) as double) as office_weighted_workload
    from scaffold
    left join by_period
        on
            {{ same_entity_period('scaffold', 'by_period') }}

)

{{ kept_period_rows('scores') }}select * from final
