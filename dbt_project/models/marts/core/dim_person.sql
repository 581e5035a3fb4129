with

staff as (

    select * from {{ ref('stg_hr__staff') }}

),

person_postings as (

    select * from {{ ref('int_person_postings') }}

),

departments as (

    select * from {{ ref('stg_hr__departments') }}

),

ranked_postings as (

    -- the open posting, else the most recent one
    select
        *,
        row_number() over (
            partition by person_id
            order by valid_to_filled desc, valid_from desc, posting_id desc
        ) as posting_rank
    from person_postings

),

current_postings as (

    select * from ranked_postings
    where posting_rank = 1

),

final as (

    select
        staff.person_id,
        staff.name,
        staff.gender,
        staff.court_code,
        staff.dept_id,
        departments.dept_name,
        staff.role,
        staff.is_quota_judge,
        staff.hire_date,
        staff.leave_date,
        staff.leave_date is null as is_employed,
        current_postings.posting_id as current_posting_id,
        current_postings.court_code as current_posting_court_code,
        current_postings.dept_id as current_posting_dept_id,
        current_postings.role as current_posting_role,
        current_postings.valid_from as current_posting_valid_from,
        current_postings.valid_to as current_posting_valid_to,
        staff.updated_at
    from staff
    left join departments
        on staff.dept_id = departments.dept_id
    left join current_postings
        on staff.person_id = current_postings.person_id

)

select * from final
