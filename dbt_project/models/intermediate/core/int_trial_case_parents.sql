{#-
    Every trial case a child row may name, with what the child marts take from the case, and whether the
    case was deleted in the source: a child of a deleted case is dropped, a child whose case is merely missing
    is kept (with null case attributes).
-#}
with

cases as (

    select * from {{ ref('stg_trial__cases') }}

),

deleted_cases as (

    select * from {{ ref('stg_trial__deleted_cases') }}

),

final as (

    select
        case_id,
        case_type_code,
        court_code,
        dept_id,
        handling_judge_id,
        false as is_deleted
    from cases

    union all

    select
        case_id,
        cast(null as {{ dbt.type_string() }}) as case_type_code,
        cast(null as {{ dbt.type_string() }}) as court_code,
        cast(null as {{ dbt.type_string() }}) as dept_id,
        cast(null as {{ dbt.type_string() }}) as handling_judge_id,
        true as is_deleted
    from deleted_cases

)

select * from final
