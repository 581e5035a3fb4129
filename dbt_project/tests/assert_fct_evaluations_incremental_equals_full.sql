{#-
    The incremental fct_evaluations equals its full recomputation from staging: no row missing, none extra,
    none twice (except all keeps duplicates). Fails with the differing rows, on DuckDB and on Spark alike.
-#}
with

built as (

    select * from {{ ref('fct_evaluations') }}

),

recomputed as (

    -- the staging columns and the key bucket, in the order of the mart's contract
    select
        *,
        {{ key_bucket('evaluation_id') }} as key_bucket
    from {{ ref('stg_office__evaluations') }}

),

missing as (

    select * from recomputed
    except all
    select * from built

),

extra as (

    select * from built
    except all
    select * from recomputed

),

final as (

    select
        'missing' as problem,
        *
    from missing
    union all
    select
        'extra' as problem,
        *
    from extra

)

select * from final
