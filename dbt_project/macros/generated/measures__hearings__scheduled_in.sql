{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    hearings, rows scheduled in P: 14 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__hearings__scheduled_in() -%}
    {{ return({
        'fact': 'fct_hearings',
        'shape': 'monthly',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_hearings__scheduled_in__count': 'count',
            'm_hearings__scheduled_in__count__status_postponed': 'count',
            'm_hearings__scheduled_in__count__status_cancelled_or_held_or_postponed': 'count',
            'm_hearings__scheduled_in__count__status_cancelled': 'count',
            'm_hearings__scheduled_in__count__case_type_code_civ1__held_on_schedule__status_held': 'count',
            'm_hearings__scheduled_in__count__case_type_code_civ1__status_held_or_postponed': 'count',
            'm_hearings__scheduled_in__count__case_type_code_crim1__held_on_schedule__status_held': 'count',
            'm_hearings__scheduled_in__count__case_type_code_crim1__status_held_or_postponed': 'count',
            'm_hearings__scheduled_in__count__case_type_code_adm1__held_on_schedule__status_held': 'count',
            'm_hearings__scheduled_in__count__case_type_code_adm1__status_held_or_postponed': 'count',
            'm_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__held_on_schedu_d9309aa239': 'count',
            'm_hearings__scheduled_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held_or_postponed': 'count',
            'm_hearings__scheduled_in__count__held_on_schedule__status_held': 'count',
            'm_hearings__scheduled_in__count__status_held_or_postponed': 'count',
        },
        'rows': measure_rows__hearings__scheduled_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__hearings__scheduled_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
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
    from {{ relation }} as f
    where f.scheduled_date is not null
{%- endmacro %}
