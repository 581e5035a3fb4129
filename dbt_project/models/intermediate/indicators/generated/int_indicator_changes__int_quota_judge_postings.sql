-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- int_quota_judge_postings: the periods whose measures its rows changed since the last build (1 passes)
{{ config(materialized=measure_part_materialization()) }}
{%- set baseline = indicator_baseline(ref('int_quota_judge_postings')) %}
with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

{% if baseline is none %}
-- nothing to compare with (first build, or the relation's columns changed): every period

final as (

    select period_type, period from periods

)
{% else %}

snapshot_days as (

    select p.period_end as snapshot_day from periods as p
    union
    select cast({{ dbt.dateadd('day', -1, 'p.period_start') }} as date) as snapshot_day from periods as p

),

changed_rows as (

    {{ changed_rows(ref('int_quota_judge_postings'), baseline) }}

),

changed_quota_judges as (

    select * from changed_rows as f

),

c0 as (

    select
        f.version_side,
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

c0_periods as (

    select distinct p.period_type, p.period
    from (
        select * from (
            select period_type, period, court_entity, department_entity, city_entity, i_m_quota_judges__posted_in__count_distinct_person_id from c0 where version_side = 'old'
            except all
            select period_type, period, court_entity, department_entity, city_entity, i_m_quota_judges__posted_in__count_distinct_person_id from c0 where version_side = 'new'
        ) as gone
        union all
        select * from (
            select period_type, period, court_entity, department_entity, city_entity, i_m_quota_judges__posted_in__count_distinct_person_id from c0 where version_side = 'new'
            except all
            select period_type, period, court_entity, department_entity, city_entity, i_m_quota_judges__posted_in__count_distinct_person_id from c0 where version_side = 'old'
        ) as came
    ) as d
    inner join periods as p
        on d.period_type = p.period_type and d.period = p.period

),

final as (

    select period_type, period from c0_periods

)
{% endif %}

select * from final
