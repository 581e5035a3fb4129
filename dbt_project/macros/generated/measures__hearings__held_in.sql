{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    hearings, rows held in P: 17 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__hearings__held_in() -%}
    {{ return({
        'fact': 'fct_hearings',
        'shape': 'monthly',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_hearings__held_in__sum_duration_minutes__status_held': 'sum',
            'm_hearings__held_in__count__duration_minutes_known__status_held': 'count',
            'm_hearings__held_in__sum_duration_minutes__case_type_code_civ1__status_held': 'sum',
            'm_hearings__held_in__count__case_type_code_civ1__duration_minutes_known__status_held': 'count',
            'm_hearings__held_in__sum_duration_minutes__case_type_code_crim1__status_held': 'sum',
            'm_hearings__held_in__count__case_type_code_crim1__duration_minutes_known__status_held': 'count',
            'm_hearings__held_in__sum_duration_minutes__case_type_code_adm1__status_held': 'sum',
            'm_hearings__held_in__count__case_type_code_adm1__duration_minutes_known__status_held': 'count',
            'm_hearings__held_in__count__livestreamed__status_held': 'count',
            'm_hearings__held_in__count__case_type_code_civ1_or_civ2__livestreamed__status_held': 'count',
            'm_hearings__held_in__count__case_type_code_civ1_or_civ2__status_held': 'count',
            'm_hearings__held_in__count__case_type_code_crim1_or_crim2__livestreamed__status_held': 'count',
            'm_hearings__held_in__count__case_type_code_crim1_or_crim2__status_held': 'count',
            'm_hearings__held_in__count__case_type_code_adm1_or_adm2__livestreamed__status_held': 'count',
            'm_hearings__held_in__count__case_type_code_adm1_or_adm2__status_held': 'count',
            'm_hearings__held_in__count__case_type_code_adm2_or_civ2_or_crim2__status_held': 'count',
            'm_hearings__held_in__count__status_held': 'count',
        },
        'rows': measure_rows__hearings__held_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__hearings__held_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
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
    from {{ relation }} as f
    where f.held_date is not null
{%- endmacro %}
