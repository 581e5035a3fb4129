{#-
    Postings held by quota judges (员额法官): the denominator of per-judge indicators.
    A view: a filter of the postings, read by the per-judge measure pass and the quality checks.
-#}
{{ config(materialized='view') }}

with

postings as (

    select * from {{ ref('int_person_postings') }}

),

final as (

    select
        posting_id,
        person_id,
        court_code,
        dept_id,
        role,
        valid_from,
        valid_to
    from postings
    where is_quota_judge

)

select * from final
