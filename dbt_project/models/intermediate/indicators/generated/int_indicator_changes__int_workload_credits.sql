-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- int_workload_credits: the periods whose measures its rows changed since the last build (1 passes)
{{ config(materialized=measure_part_materialization()) }}
-- depends_on: {{ ref('int_workload_credits') }}
{%- set columns = [
    'case_kind',
    'case_role',
    'case_type_code',
    'closing_date',
    'credit',
    'person_id'
] %}
{%- set baseline = none if indicator_engine_builds_everything() else indicator_baseline(ref('int_workload_credits'), columns) %}
with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

{% if baseline is none %}
-- every period is built tonight (int_indicator_build_periods), or there is nothing to compare with

final as (

    select
        'int_workload_credits' as relation,
        period_type,
        period
    from periods

)
{% else %}

changed_rows as (

    {{ changed_rows(ref('int_workload_credits'), baseline, columns) }}

),

changed_workload_credits as (

    select * from changed_rows

),

c0 as (

    select
        f.net,
        cast({{ dbt.date_trunc('month', 'f.closing_date') }} as date) as month_start,
        f.person_id as person_entity,
        cast(case when true then f.credit end as decimal(38, 9)) as i_m_workload_credits__closed_in__sum_credit,
        cast(
            case
                when (f.case_role = 'handling')
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_role_handling,
        cast(
            case
                when (f.case_role = 'panel_member')
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_role_panel_member,
        cast(
            case
                when (f.case_role = 'assistant')
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_role_assistant,
        cast(
            case
                when (f.case_role = 'clerk')
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_role_clerk,
        case when (f.case_role = 'panel_member') then 1 else 0 end as i_m_workload_credits__closed_in__count__case_role_panel_member,
        case when (f.case_role = 'assistant') then 1 else 0 end as i_m_workload_credits__closed_in__count__case_role_assistant,
        case when (f.case_role = 'clerk') then 1 else 0 end as i_m_workload_credits__closed_in__count__case_role_clerk,
        cast(
            case
                when (f.case_kind = 'trial')
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_kind_trial,
        cast(
            case
                when (f.case_kind = 'enforcement')
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_kind_enforcement,
        cast(
            case
                when (f.case_type_code in ('民初', '民终', '民申', '民再', '民特', '破'))
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_type_code_bankruptcy_or_civ1_or_civ2_fd3348fe2d,
        cast(
            case
                when (f.case_type_code in ('刑初', '刑终', '刑申', '刑再'))
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_type_code_crim1_or_crim2_or_crim_peti_8ca86f62bf,
        cast(
            case
                when (f.case_type_code in ('行初', '行终', '行申'))
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_type_code_adm1_or_adm2_or_adm_petition,
        cast(
            case
                when (f.case_type_code in ('民终', '刑终', '行终'))
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_type_code_adm2_or_civ2_or_crim2,
        cast(
            case
                when (f.case_type_code in ('民申', '刑申', '行申', '民再', '刑再'))
                    then f.credit
            end as decimal(38, 9)
        ) as i_m_workload_credits__closed_in__sum_credit__case_type_code_adm_petition_or_civ_petitio_8dc8892482
    from changed_workload_credits as f
    where f.closing_date is not null

),

c0_net as (

    select
        month_start,
        person_entity,
        i_m_workload_credits__closed_in__sum_credit,
        i_m_workload_credits__closed_in__sum_credit__case_role_handling,
        i_m_workload_credits__closed_in__sum_credit__case_role_panel_member,
        i_m_workload_credits__closed_in__sum_credit__case_role_assistant,
        i_m_workload_credits__closed_in__sum_credit__case_role_clerk,
        i_m_workload_credits__closed_in__count__case_role_panel_member,
        i_m_workload_credits__closed_in__count__case_role_assistant,
        i_m_workload_credits__closed_in__count__case_role_clerk,
        i_m_workload_credits__closed_in__sum_credit__case_kind_trial,
        i_m_workload_credits__closed_in__sum_credit__case_kind_enforcement,
        i_m_workload_credits__closed_in__sum_credit__case_type_code_bankruptcy_or_civ1_or_civ2_fd3348fe2d,
        i_m_workload_credits__closed_in__sum_credit__case_type_code_crim1_or_crim2_or_crim_peti_8ca86f62bf,
        i_m_workload_credits__closed_in__sum_credit__case_type_code_adm1_or_adm2_or_adm_petition,
        i_m_workload_credits__closed_in__sum_credit__case_type_code_adm2_or_civ2_or_crim2,
        i_m_workload_credits__closed_in__sum_credit__case_type_code_adm_petition_or_civ_petitio_8dc8892482
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
        'int_workload_credits' as relation,
        period_type,
        period
    from c0_periods

)
{% endif %}

select * from final
