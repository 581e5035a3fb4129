-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- fct_hearings: the periods whose measures its rows changed since the last build (2 passes)
{{ config(materialized=measure_part_materialization()) }}
-- depends_on: {{ ref('fct_hearings') }}
{%- set columns = [
    'case_type_code',
    'court_code',
    'dept_id',
    'duration_minutes',
    'held_date',
    'livestreamed',
    'presiding_id',
    'scheduled_date',
    'status'
] %}
{%- set baseline = none if indicator_engine_builds_everything() else indicator_baseline(ref('fct_hearings'), columns) %}
with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

{% if baseline is none %}
-- every period is built tonight (int_indicator_build_periods), or there is nothing to compare with

final as (

    select
        'fct_hearings' as relation,
        period_type,
        period
    from periods

)
{% else %}

changed_rows as (

    {{ changed_rows(ref('fct_hearings'), baseline, columns) }}

),

changed_hearings as (

    select * from changed_rows

),

c0 as (

    select
        f.net,
        cast({{ dbt.date_trunc('month', 'f.held_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.presiding_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        cast(
            case
                when (f.status = 'held')
                    then f.duration_minutes
            end as decimal(38, 9)
        ) as i_m_hearings__held_in__sum_duration_minutes__status_held,
        case
            when (f.status = 'held') and (f.duration_minutes is not null)
                then 1
            else 0
        end as i_m_hearings__held_in__count__duration_minutes_known__status_held,
        cast(
            case
                when (f.status = 'held') and (f.case_type_code in ('民初'))
                    then f.duration_minutes
            end as decimal(38, 9)
        ) as i_m_hearings__held_in__sum_duration_minutes__case_type_code_civ1__status_held,
        case
            when (f.status = 'held') and (f.case_type_code in ('民初')) and (f.duration_minutes is not null)
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_civ1__duration_minutes_known__status_held,
        cast(
            case
                when (f.status = 'held') and (f.case_type_code in ('刑初'))
                    then f.duration_minutes
            end as decimal(38, 9)
        ) as i_m_hearings__held_in__sum_duration_minutes__case_type_code_crim1__status_held,
        case
            when (f.status = 'held') and (f.case_type_code in ('刑初')) and (f.duration_minutes is not null)
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_crim1__duration_minutes_known__status_held,
        cast(
            case
                when (f.status = 'held') and (f.case_type_code in ('行初'))
                    then f.duration_minutes
            end as decimal(38, 9)
        ) as i_m_hearings__held_in__sum_duration_minutes__case_type_code_adm1__status_held,
        case
            when (f.status = 'held') and (f.case_type_code in ('行初')) and (f.duration_minutes is not null)
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_adm1__duration_minutes_known__status_held,
        case
            when (f.status = 'held') and (coalesce(f.livestreamed, false))
                then 1
            else 0
        end as i_m_hearings__held_in__count__livestreamed__status_held,
        case
            when (f.status = 'held') and (coalesce(f.livestreamed, false)) and (f.case_type_code in ('民初', '民终'))
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_civ1_or_civ2__livestreamed__status_held,
        case
            when (f.status = 'held') and (f.case_type_code in ('民初', '民终'))
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_civ1_or_civ2__status_held,
        case
            when (f.status = 'held') and (coalesce(f.livestreamed, false)) and (f.case_type_code in ('刑初', '刑终'))
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_crim1_or_crim2__livestreamed__status_held,
        case
            when (f.status = 'held') and (f.case_type_code in ('刑初', '刑终'))
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_crim1_or_crim2__status_held,
        case
            when (f.status = 'held') and (coalesce(f.livestreamed, false)) and (f.case_type_code in ('行初', '行终'))
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_adm1_or_adm2__livestreamed__status_held,
        case
            when (f.status = 'held') and (f.case_type_code in ('行初', '行终'))
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_adm1_or_adm2__status_held,
        case
            when (f.status = 'held') and (f.case_type_code in ('民终', '刑终', '行终'))
                then 1
            else 0
        end as i_m_hearings__held_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held,
        case when (f.status = 'held') then 1 else 0 end as i_m_hearings__held_in__count__status_held
    from changed_hearings as f
    where f.held_date is not null

),

c0_net as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_hearings__held_in__sum_duration_minutes__status_held,
        i_m_hearings__held_in__count__duration_minutes_known__status_held,
        i_m_hearings__held_in__sum_duration_minutes__case_type_code_civ1__status_held,
        i_m_hearings__held_in__count__case_type_code_civ1__duration_minutes_known__status_held,
        i_m_hearings__held_in__sum_duration_minutes__case_type_code_crim1__status_held,
        i_m_hearings__held_in__count__case_type_code_crim1__duration_minutes_known__status_held,
        i_m_hearings__held_in__sum_duration_minutes__case_type_code_adm1__status_held,
        i_m_hearings__held_in__count__case_type_code_adm1__duration_minutes_known__status_held,
        i_m_hearings__held_in__count__livestreamed__status_held,
        i_m_hearings__held_in__count__case_type_code_civ1_or_civ2__livestreamed__status_held,
        i_m_hearings__held_in__count__case_type_code_civ1_or_civ2__status_held,
        i_m_hearings__held_in__count__case_type_code_crim1_or_crim2__livestreamed__status_held,
        i_m_hearings__held_in__count__case_type_code_crim1_or_crim2__status_held,
        i_m_hearings__held_in__count__case_type_code_adm1_or_adm2__livestreamed__status_held,
        i_m_hearings__held_in__count__case_type_code_adm1_or_adm2__status_held,
        i_m_hearings__held_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held,
        i_m_hearings__held_in__count__status_held
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

c1 as (

    select
        f.net,
        cast({{ dbt.date_trunc('month', 'f.scheduled_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        f.presiding_id as person_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        case when true then 1 else 0 end as i_m_hearings__scheduled_in__count,
        case when (f.status = 'postponed') then 1 else 0 end as i_m_hearings__scheduled_in__count__status_postponed,
        case
            when (f.status in ('held', 'postponed', 'cancelled'))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed,
        case when (f.status = 'cancelled') then 1 else 0 end as i_m_hearings__scheduled_in__count__status_cancelled,
        case
            when (f.status = 'held') and (coalesce(f.held_date = f.scheduled_date, false)) and (f.case_type_code in ('民初'))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__case_type_code_civ1__held_on_schedule__status_held,
        case
            when (f.status in ('held', 'postponed')) and (f.case_type_code in ('民初'))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__case_type_code_civ1__status_held_or_postponed,
        case
            when (f.status = 'held') and (coalesce(f.held_date = f.scheduled_date, false)) and (f.case_type_code in ('刑初'))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__case_type_code_crim1__held_on_schedule__status_held,
        case
            when (f.status in ('held', 'postponed')) and (f.case_type_code in ('刑初'))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__case_type_code_crim1__status_held_or_postponed,
        case
            when (f.status = 'held') and (coalesce(f.held_date = f.scheduled_date, false)) and (f.case_type_code in ('行初'))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__case_type_code_adm1__held_on_schedule__status_held,
        case
            when (f.status in ('held', 'postponed')) and (f.case_type_code in ('行初'))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__case_type_code_adm1__status_held_or_postponed,
        case
            when (f.status = 'held') and (coalesce(f.held_date = f.scheduled_date, false)) and (f.case_type_code in ('民终', '刑终', '行终'))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__held_on_schedu_d9309aa239,
        case
            when (f.status in ('held', 'postponed')) and (f.case_type_code in ('民终', '刑终', '行终'))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held_or_postponed,
        case
            when (f.status = 'held') and (coalesce(f.held_date = f.scheduled_date, false))
                then 1
            else 0
        end as i_m_hearings__scheduled_in__count__held_on_schedule__status_held,
        case when (f.status in ('held', 'postponed')) then 1 else 0 end as i_m_hearings__scheduled_in__count__status_held_or_postponed
    from changed_hearings as f
    where f.scheduled_date is not null

),

c1_net as (

    select
        month_start,
        court_entity,
        department_entity,
        person_entity,
        city_entity,
        i_m_hearings__scheduled_in__count,
        i_m_hearings__scheduled_in__count__status_postponed,
        i_m_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed,
        i_m_hearings__scheduled_in__count__status_cancelled,
        i_m_hearings__scheduled_in__count__case_type_code_civ1__held_on_schedule__status_held,
        i_m_hearings__scheduled_in__count__case_type_code_civ1__status_held_or_postponed,
        i_m_hearings__scheduled_in__count__case_type_code_crim1__held_on_schedule__status_held,
        i_m_hearings__scheduled_in__count__case_type_code_crim1__status_held_or_postponed,
        i_m_hearings__scheduled_in__count__case_type_code_adm1__held_on_schedule__status_held,
        i_m_hearings__scheduled_in__count__case_type_code_adm1__status_held_or_postponed,
        i_m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__held_on_schedu_d9309aa239,
        i_m_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held_or_postponed,
        i_m_hearings__scheduled_in__count__held_on_schedule__status_held,
        i_m_hearings__scheduled_in__count__status_held_or_postponed
    from c1
    group by all
    having sum(net) != 0

),

c1_periods as (

    select distinct
        p.period_type,
        p.period
    from c1_net as d
    inner join periods as p
        on d.month_start >= p.period_start and d.month_start <= p.period_end

),

final as (

    select
        'fct_hearings' as relation,
        period_type,
        period
    from c0_periods

    union

    select
        'fct_hearings' as relation,
        period_type,
        period
    from c1_periods

)
{% endif %}

select * from final
