{#-
    Office workload (综合事务折算工作量) per person and period: the scored measure office_weighted_workload
    (config/scoring/office_workload.yaml), with the items and quantity behind it.
-#}
with

office as (

    select * from {{ ref('int_office_workload') }}
    where level = 'person'

),

final as (

    select
        entity_id as person_id,
        period_type,
        period,
        court_code,
        dept_id,
        item_count,
        quantity,
        office_weighted_workload
    from office

)

select * from final
