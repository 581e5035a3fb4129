-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- int_quota_judge_postings: the periods whose measures its rows changed since the last build (1 passes)
{{ config(materialized=measure_part_materialization()) }}
-- depends_on: {{ ref('int_quota_judge_postings') }}
{%- set columns = [
    'court_code',
    'dept_id',
    'person_id',
    'valid_from',
    'valid_to'
] %}
{%- set baseline = none if indicator_engine_builds_everything() else indicator_baseline(ref('int_quota_judge_postings'), columns) %}
with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

{% if baseline is none %}
-- every period is built tonight (int_indicator_build_periods), or there is nothing to compare with

final as (

    select
        'int_quota_judge_postings' as relation,
        period_type,
        period
    from periods

)
{% else %}

changed_rows as (

    {{ changed_rows(ref('int_quota_judge_postings'), baseline, columns) }}

),

changed_quota_judges as (

    select * from changed_rows

),

c0 as (

    select
        f.net,
        p.period_type,
        p.period,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then f.person_id end as i_m_quota_judges__posted_in__count_distinct_person_id
    from changed_quota_judges as f
    inner join periods as p
        on f.valid_from <= p.period_end and (f.valid_to is null or f.valid_to >= p.period_start)

),

c0_net as (

    select
        period_type,
        period,
        court_entity,
        department_entity,
        city_entity,
        i_m_quota_judges__posted_in__count_distinct_person_id
    from c0
    group by all
    having sum(net) != 0

),

c0_periods as (

    select distinct
        p.period_type,
        p.period
    from c0_net as d
    inner join periods as p
        on d.period_type = p.period_type and d.period = p.period

),

final as (

    select
        'int_quota_judge_postings' as relation,
        period_type,
        period
    from c0_periods

)
{% endif %}

select * from final
