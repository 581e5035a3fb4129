-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- int_case_weights: the periods whose measures its rows changed since the last build (2 passes)
{{ config(materialized=measure_part_materialization()) }}
-- depends_on: {{ ref('int_case_weights') }}
{%- set columns = [
    'case_kind',
    'case_type_code',
    'case_weight',
    'closing_date',
    'court_code',
    'dept_id',
    'filing_date',
    'has_configured_weight'
] %}
{%- set baseline = none if indicator_engine_builds_everything() else indicator_baseline(ref('int_case_weights'), columns) %}
with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

{% if baseline is none %}
-- every period is built tonight (int_indicator_build_periods), or there is nothing to compare with

final as (

    select
        'int_case_weights' as relation,
        period_type,
        period
    from periods

)
{% else %}

changed_rows as (

    {{ changed_rows(ref('int_case_weights'), baseline, columns) }}

),

changed_case_workload as (

    select * from changed_rows

),

c0 as (

    select
        f.net,
        cast({{ dbt.date_trunc('month', 'f.closing_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        cast(case when true then f.case_weight end as decimal(38, 9)) as i_m_case_workload__closed_in__sum_case_weight,
        cast(
            case
                when (f.case_kind = 'trial')
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_kind_trial,
        cast(
            case
                when (f.case_kind = 'enforcement')
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_kind_enforcement,
        cast(
            case
                when (f.case_type_code in ('民初', '民终', '民申', '民再', '民特', '破'))
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_type_code_bankruptcy_or_civ1_or_civ_520203f81f,
        cast(
            case
                when (f.case_type_code in ('刑初', '刑终', '刑申', '刑再'))
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_type_code_crim1_or_crim2_or_crim_pe_a5effa73a1,
        cast(
            case
                when (f.case_type_code in ('行初', '行终', '行申'))
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm1_or_adm2_or_adm_petition,
        cast(
            case
                when (f.case_type_code in ('民终', '刑终', '行终'))
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm2_or_civ2_or_crim2,
        cast(
            case
                when (f.case_type_code in ('民申', '刑申', '行申', '民再', '刑再'))
                    then f.case_weight
            end as decimal(38, 9)
        ) as i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm_petition_or_civ_petit_c449e68d5e,
        case when (f.case_weight is not null) then 1 else 0 end as i_m_case_workload__closed_in__count__case_weight_known,
        case when ((f.has_configured_weight) = false) then 1 else 0 end as i_m_case_workload__closed_in__count__not_has_configured_weight,
        case when true then 1 else 0 end as i_m_case_workload__closed_in__count
    from changed_case_workload as f
    where f.closing_date is not null

),

c0_net as (

    select
        month_start,
        court_entity,
        department_entity,
        city_entity,
        i_m_case_workload__closed_in__sum_case_weight,
        i_m_case_workload__closed_in__sum_case_weight__case_kind_trial,
        i_m_case_workload__closed_in__sum_case_weight__case_kind_enforcement,
        i_m_case_workload__closed_in__sum_case_weight__case_type_code_bankruptcy_or_civ1_or_civ_520203f81f,
        i_m_case_workload__closed_in__sum_case_weight__case_type_code_crim1_or_crim2_or_crim_pe_a5effa73a1,
        i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm1_or_adm2_or_adm_petition,
        i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm2_or_civ2_or_crim2,
        i_m_case_workload__closed_in__sum_case_weight__case_type_code_adm_petition_or_civ_petit_c449e68d5e,
        i_m_case_workload__closed_in__count__case_weight_known,
        i_m_case_workload__closed_in__count__not_has_configured_weight,
        i_m_case_workload__closed_in__count
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
        cast({{ dbt.date_trunc('month', 'f.filing_date') }} as date) as month_start,
        f.court_code as court_entity,
        f.dept_id as department_entity,
        case when f.court_code is not null then 'city' end as city_entity,
        cast(case when true then f.case_weight end as decimal(38, 9)) as i_m_case_workload__filed_in__sum_case_weight
    from changed_case_workload as f
    where f.filing_date is not null

),

c1_net as (

    select
        month_start,
        court_entity,
        department_entity,
        city_entity,
        i_m_case_workload__filed_in__sum_case_weight
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
        'int_case_weights' as relation,
        period_type,
        period
    from c0_periods

    union

    select
        'int_case_weights' as relation,
        period_type,
        period
    from c1_periods

)
{% endif %}

select * from final
