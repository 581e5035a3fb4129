with

documents as (

    select * from {{ ref('stg_trial__documents') }}

),

cases as (

    select * from {{ ref('int_trial_case_parents') }}

),

final as (

    select
        documents.doc_id,
        documents.case_id,
        cases.case_type_code,
        cases.court_code,
        cases.dept_id,
        cases.handling_judge_id,
        documents.author_id,
        documents.doc_type,
        documents.signed_date,
        documents.published_online,
        documents.published_date,
        cast(
            {{ dbt.datediff('documents.signed_date', 'documents.published_date', 'day') }}
            as {{ dbt.type_bigint() }}
        ) as days_to_publication,
        documents.errata_count,
        documents.updated_at,
        documents.source_batch_id
    {{ children_of_undeleted_cases('documents', 'cases') }}

)

select * from final
