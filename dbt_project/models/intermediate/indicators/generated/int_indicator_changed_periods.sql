-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- The periods each relation the engine reads changed since the last build (every period when
-- every period is built tonight): the facts the measures read, and the scaffold (who was posted where)
-- depends_on: {{ ref('int_indicator_scaffold') }}
{%- set everything = indicator_engine_builds_everything() %}
{%- set scaffold_baseline = none if everything else indicator_baseline(ref('int_indicator_scaffold')) %}
with

scaffold_changes as (

    {% if scaffold_baseline is none -%}
    select
        period_type,
        period
    from {{ ref('int_indicator_periods') }}
    {%- else -%}
    select distinct
        changed.period_type,
        changed.period
    from ({{ changed_rows(ref('int_indicator_scaffold'), scaffold_baseline) }}) as changed
    {%- endif %}

),

final as (

    select
        relation,
        period_type,
        period
    from {{ ref('int_indicator_changes__fct_case_inspections') }}

    union all

    select
        relation,
        period_type,
        period
    from {{ ref('int_indicator_changes__fct_conduct_events') }}

    union all

    select
        relation,
        period_type,
        period
    from {{ ref('int_indicator_changes__fct_documents') }}

    union all

    select
        relation,
        period_type,
        period
    from {{ ref('int_indicator_changes__fct_enforcement_actions') }}

    union all

    select
        relation,
        period_type,
        period
    from {{ ref('int_indicator_changes__fct_enforcement_cases') }}

    union all

    select
        relation,
        period_type,
        period
    from {{ ref('int_indicator_changes__fct_evaluations') }}

    union all

    select
        relation,
        period_type,
        period
    from {{ ref('int_indicator_changes__fct_hearings') }}

    union all

    select
        relation,
        period_type,
        period
    from {{ ref('int_indicator_changes__fct_mediations') }}

    union all

    select
        relation,
        period_type,
        period
    from {{ ref('int_indicator_changes__fct_petitions') }}

    union all

    select
        relation,
        period_type,
        period
    from {{ ref('int_indicator_changes__fct_trial_cases') }}

    union all

    select
        relation,
        period_type,
        period
    from {{ ref('int_indicator_changes__fct_work_items') }}

    union all

    select
        relation,
        period_type,
        period
    from {{ ref('int_indicator_changes__int_case_weights') }}

    union all

    select
        relation,
        period_type,
        period
    from {{ ref('int_indicator_changes__int_commercial_disputes') }}

    union all

    select
        relation,
        period_type,
        period
    from {{ ref('int_indicator_changes__int_quota_judge_postings') }}

    union all

    select
        relation,
        period_type,
        period
    from {{ ref('int_indicator_changes__int_workload_credits') }}

    union all

    select
        'int_indicator_scaffold' as relation,
        period_type,
        period
    from scaffold_changes

)

select * from final
