{#-
    The score models' fingerprint at their last complete build, and the engine build their values came from
    (macros/score_periods.sql): written last, after the score tables and the baselines.
-#}
{{ config(materialized='table') }}
-- depends_on: {{ ref('int_score_baseline__fct_work_items') }}
-- depends_on: {{ ref('int_score_baseline__fct_conduct_events') }}
-- depends_on: {{ ref('int_score_baseline__int_data_defect_marks') }}
-- depends_on: {{ ref('int_score_baseline__dim_court') }}
-- depends_on: {{ ref('int_score_baseline__dim_department') }}
-- depends_on: {{ ref('int_score_baseline__dim_person') }}

select
    '{{ score_fingerprint() }}' as score_fingerprint,
    {{ last_engine_build_time() }} as engine_built_at,
    cast({{ dbt.current_timestamp() }} as timestamp) as built_at
