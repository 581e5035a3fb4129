with

case_inspections as (

    select * from {{ ref('stg_trial__case_inspections') }}

),

cases as (

    select * from {{ ref('int_trial_case_parents') }}

),

final as (

    select
        case_inspections.inspection_id,
        case_inspections.case_id,
        cases.court_code,
        cases.dept_id,
        cases.handling_judge_id,
        case_inspections.responsible_person_id,
        case_inspections.inspection_type,
        case_inspections.inspection_date,
        case_inspections.result,
        case_inspections.score,
        case_inspections.defect_count,
        case_inspections.updated_at,
        case_inspections.source_batch_id
    {{ children_of_undeleted_cases('case_inspections', 'cases') }}

)

select * from final
