-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_enforcement_actions: the periods whose measures its rows changed since the last build (1 passes)
{{ config(materialized=measure_part_materialization()) }}
-- depends_on: {{ ref('fct_enforcement_actions') }}
{%- set columns = [
    'action_date',
    'action_type',
    'amount',
    'court_code',
    'dept_id',
    'handling_officer_id'
] %}
{%- set baseline = none if indicator_engine_builds_everything() else indicator_baseline(ref('fct_enforcement_actions'), columns) %}
with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

{% if baseline is none %}
-- every period is built tonight (int_indicator_build_periods), or there is nothing to compare with

final as (

    select
        'fct_enforcement_actions' as relation,
        period_type,
        period
    from periods

)
{% else %}

changed_rows as (

    {{ changed_rows(ref('fct_enforcement_actions'), baseline, columns) }}

),

changed_enforcement_actions as (

    select * from changed_rows

),

c0 as (

    select
        f.net,
        cast({{ dbt.date_trunc('month', 'f.action_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.handling_officer_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_enforcement_actions__taken_in__count,
        case
            when (f.action_type = 'property_inquiry')
                then 1
            else 0
        end as i_m_enforcement_actions__taken_in__count__action_type_property_inquiry,
        case when (f.action_type = 'seizure') then 1 else 0 end as i_m_enforcement_actions__taken_in__count__action_type_seizure,
        case when (f.action_type = 'freeze') then 1 else 0 end as i_m_enforcement_actions__taken_in__count__action_type_freeze,
        case when (f.action_type = 'deduction') then 1 else 0 end as i_m_enforcement_actions__taken_in__count__action_type_deduction,
        case when (f.action_type = 'auction') then 1 else 0 end as i_m_enforcement_actions__taken_in__count__action_type_auction,
        case
            when (f.action_type = 'dishonest_list')
                then 1
            else 0
        end as i_m_enforcement_actions__taken_in__count__action_type_dishonest_list,
        case
            when (f.action_type = 'consumption_restriction')
                then 1
            else 0
        end as i_m_enforcement_actions__taken_in__count__action_type_consumption_restriction,
        case when (f.action_type = 'detention') then 1 else 0 end as i_m_enforcement_actions__taken_in__count__action_type_detention,
        case when (f.action_type = 'fine') then 1 else 0 end as i_m_enforcement_actions__taken_in__count__action_type_fine,
        case
            when (f.action_type in ('dishonest_list', 'consumption_restriction'))
                then 1
            else 0
        end as i_m_enforcement_actions__taken_in__count__action_type_consumption_restriction_or_dishonest_list,
        case
            when (f.action_type in ('detention', 'fine'))
                then 1
            else 0
        end as i_m_enforcement_actions__taken_in__count__action_type_detention_or_fine,
        cast(
            case
                when (f.action_type = 'deduction')
                    then f.amount
            end as decimal(38, 9)
        ) as i_m_enforcement_actions__taken_in__sum_amount__action_type_deduction,
        cast(
            case
                when (f.action_type = 'auction')
                    then f.amount
            end as decimal(38, 9)
        ) as i_m_enforcement_actions__taken_in__sum_amount__action_type_auction
    from changed_enforcement_actions as f
    where f.action_date is not null

),

c0_net as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_enforcement_actions__taken_in__count,
        i_m_enforcement_actions__taken_in__count__action_type_property_inquiry,
        i_m_enforcement_actions__taken_in__count__action_type_seizure,
        i_m_enforcement_actions__taken_in__count__action_type_freeze,
        i_m_enforcement_actions__taken_in__count__action_type_deduction,
        i_m_enforcement_actions__taken_in__count__action_type_auction,
        i_m_enforcement_actions__taken_in__count__action_type_dishonest_list,
        i_m_enforcement_actions__taken_in__count__action_type_consumption_restriction,
        i_m_enforcement_actions__taken_in__count__action_type_detention,
        i_m_enforcement_actions__taken_in__count__action_type_fine,
        i_m_enforcement_actions__taken_in__count__action_type_consumption_restriction_or_dishonest_list,
        i_m_enforcement_actions__taken_in__count__action_type_detention_or_fine,
        i_m_enforcement_actions__taken_in__sum_amount__action_type_deduction,
        i_m_enforcement_actions__taken_in__sum_amount__action_type_auction
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
        on d.month_start >= p.period_start and d.month_start <= p.period_end

),

final as (

    select
        'fct_enforcement_actions' as relation,
        period_type,
        period
    from c0_periods

)
{% endif %}

select * from final
