{#- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit. -#}
{#-
    enforcement_actions, rows taken in P: 14 additive measures by month, rolled up: the pass's description and what each
    row adds to each of its measures, which its model and the change model of its fact aggregate
    (macros/measure_passes.sql)
-#}

{% macro measures__enforcement_actions__taken_in() -%}
    {{ return({
        'fact': 'fct_enforcement_actions',
        'shape': 'monthly',
        'levels': ['court', 'department', 'person', 'city'],
        'measures': {
            'm_enforcement_actions__taken_in__count': 'count',
            'm_enforcement_actions__taken_in__count__action_type_property_inquiry': 'count',
            'm_enforcement_actions__taken_in__count__action_type_seizure': 'count',
            'm_enforcement_actions__taken_in__count__action_type_freeze': 'count',
            'm_enforcement_actions__taken_in__count__action_type_deduction': 'count',
            'm_enforcement_actions__taken_in__count__action_type_auction': 'count',
            'm_enforcement_actions__taken_in__count__action_type_dishonest_list': 'count',
            'm_enforcement_actions__taken_in__count__action_type_consumption_restriction': 'count',
            'm_enforcement_actions__taken_in__count__action_type_detention': 'count',
            'm_enforcement_actions__taken_in__count__action_type_fine': 'count',
            'm_enforcement_actions__taken_in__count__action_type_consumption_restriction_or_dishonest_list': 'count',
            'm_enforcement_actions__taken_in__count__action_type_detention_or_fine': 'count',
            'm_enforcement_actions__taken_in__sum_amount__action_type_deduction': 'sum',
            'm_enforcement_actions__taken_in__sum_amount__action_type_auction': 'sum',
        },
        'rows': measure_rows__enforcement_actions__taken_in,
    }) }}
{%- endmacro %}

{% macro measure_rows__enforcement_actions__taken_in(relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
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
    from {{ relation }} as f
    where f.action_date is not null
{%- endmacro %}
