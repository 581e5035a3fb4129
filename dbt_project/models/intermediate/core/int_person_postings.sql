{#-
    Posting history with open postings closed at a far-future date, so "the posting covering day d"
    is `valid_from <= d and d <= valid_to_filled`, plus the person's and department's attributes.
    valid_to is read as the last day of the posting (inclusive).
-#}
with

postings as (

    select * from {{ ref('stg_hr__staff_postings') }}

),

staff as (

    select * from {{ ref('stg_hr__staff') }}

),

departments as (

    select * from {{ ref('stg_hr__departments') }}

),

final as (

    select
        postings.posting_id,
        postings.person_id,
        staff.name as person_name,
        staff.gender,
        staff.is_quota_judge,
        staff.hire_date,
        staff.leave_date,
        postings.court_code,
        postings.dept_id,
        departments.dept_name,
        departments.dept_type,
        departments.business_line,
        postings.role,
        postings.valid_from,
        postings.valid_to,
        coalesce(postings.valid_to, cast('9999-12-31' as date)) as valid_to_filled,
        postings.valid_to is null as is_current_posting,
        postings.updated_at,
        postings.source_batch_id
    from postings
    left join staff
        on postings.person_id = staff.person_id
    left join departments
        on postings.dept_id = departments.dept_id

)

select * from final
