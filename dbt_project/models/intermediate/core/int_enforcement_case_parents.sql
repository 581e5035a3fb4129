{#-
    Every enforcement case a child row may name, with what the child marts take from the case, and whether the
    case was deleted in the source: a child of a deleted case is dropped, a child whose case is merely missing
    is kept (with null case attributes).
-#}
with

cases as (

    select * from {{ ref('stg_enforcement__enforcement_cases') }}

),

deleted_cases as (

    select * from {{ ref('stg_enforcement__deleted_enforcement_cases') }}

),

final as (

    select
        case_id,
        court_code,
        dept_id,
        handling_officer_id,
        false as is_deleted
    from cases

    union all

    select
        case_id,
        cast(null as {{ dbt.type_string() }}) as court_code,
        cast(null as {{ dbt.type_string() }}) as dept_id,
        cast(null as {{ dbt.type_string() }}) as handling_officer_id,
        true as is_deleted
    from deleted_cases

)

select * from final
