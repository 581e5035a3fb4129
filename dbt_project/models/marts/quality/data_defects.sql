{#-
    The data-defect worklist (数据质量整改清单): every source row that landing quarantined, open until a
    corrected row of the same key loads, with the 案号, the person responsible for fixing it (承办人 of the
    case, else the row's handler or person) with department and court, the reason in plain Chinese and
    with the offending values, and the nights it was first and last seen and fixed.
-#}
with

defects as (

    select * from {{ ref('int_data_defects') }}

),

people as (

    select * from {{ ref('dim_person') }}

),

final as (

    select
        defects.defect_id,
        defects.source_system,
        defects.source_table,
        defects.row_key,
        defects.source,
        defects.source_row,
        defects.case_id,
        defects.case_number,
        defects.responsible_person_id,
        people.name as responsible_name,
        defects.dept_id,
        defects.court_code,
        defects.reason_kind,
        defects.reason_zh,
        defects.reason_detail,
        cast(defects.first_seen_at as date) as first_seen,
        cast(defects.last_seen_at as date) as last_seen,
        cast(defects.nights_seen as {{ dbt.type_int() }}) as nights_seen,
        cast(defects.fixed_at as date) as fixed_on,
        defects.is_open,
        defects.affects_from,
        defects.affects_to
    from defects
    left join people on defects.responsible_person_id = people.person_id

)

select * from final
