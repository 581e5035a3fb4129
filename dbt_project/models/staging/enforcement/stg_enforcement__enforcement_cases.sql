with

source as (

    select * from {{ source('enforcement', 'enforcement_cases') }}

),

versions as (

    select
        *,
        row_number() over (
            partition by case_id
            order by updated_at desc, _loaded_at desc, _source_row desc
        ) as version_rank
    from source

),

latest as (

    select * from versions
    where version_rank = 1

),

final as (

    select
        case_id,
        case_number,
        court_code,
        dept_id,
        case_type_code,
        source_case_number,
        filing_date,
        closing_date,
        closing_method,
        applied_amount,
        executed_amount,
        extension_days,
        handling_officer_id,
        assistant_id,
        clerk_id,
        updated_at,
        cast(extract(year from filing_date) as {{ dbt.type_bigint() }}) as filing_year,
        cast(extract(year from closing_date) as {{ dbt.type_bigint() }}) as closing_year,
        closing_date is not null as is_closed,
        _batch_id as source_batch_id,
        _loaded_at as source_loaded_at
    from latest
    where not deleted

)

select * from final
