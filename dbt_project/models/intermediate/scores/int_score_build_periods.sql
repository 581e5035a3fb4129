{#-
    The periods the score models compute tonight (docs/incremental.md, macros/score_periods.sql): every period when
    score_build_mode() says so or an input has no baseline to compare with; otherwise the periods whose indicator
    values the engine rebuilt since the last score build in a values table holding a scored indicator, and those a
    changed score input touches. A night with nothing changed computes no period; the score tables keep the others.
-#}
-- depends_on: {{ ref('int_indicator_build_record') }}
{#- (read by score_build_mode: the engine's build is complete before the scores read it, in one dbt build too) #}
{%- set mode = score_build_mode() -%}
{%- set inputs = score_inputs() -%}
{%- set baselines = {} -%}
{%- for name, input in inputs.items() -%}
    {%- do baselines.update(
        {name: indicator_baseline(ref(name), input['columns'], prefix='int_score_baseline__')}
    ) -%}
{%- endfor -%}
{%- set everything = mode == 'everything' or baselines.values() | select('none') | list | length > 0 %}
with

calendar as (

    select * from {{ ref('int_indicator_periods') }}

),

scored_indicators as (

    select indicator_id from {{ ref('cfg_score_indicators') }}
    union all
    select eligibility_indicator_id from {{ ref('cfg_score_groups') }}
    union all
    select workload_indicator_id from {{ ref('cfg_score_groups') }}

),

values_changed as (

    select distinct
        rebuilt.period_type,
        rebuilt.period
    from {{ ref('int_indicator_build_categories') }} as rebuilt
    where
        {{ 'true' if mode == 'values_changed' and not everything else 'false' }}
        -- only the values tables that hold an indicator the scores read (the 营商环境 cohorts a day reaches back
        -- through are not scored)
        and rebuilt.category in (
            select entries.category from {{ ref('indicator_catalog') }} as entries
            where entries.indicator_id in (select scored_indicators.indicator_id from scored_indicators)
        )

),

changed as (

    select * from values_changed
    {%- for name, input in inputs.items() if not everything %}

    union all

    select
        calendar.period_type,
        calendar.period
    {%- if input['dated_by'] is none %}
    from calendar
    where exists (select 1 from ({{ changed_rows(ref(name), baselines[name]) }}) as input_changed)
    {%- else %}
    from ({{ changed_rows(ref(name), baselines[name]) }}) as input_changed
    inner join calendar
        {%- if input['dated_by'] == 'period' %}
        on input_changed.period_type = calendar.period_type and input_changed.period = calendar.period
        {%- else %}
        on
            input_changed.{{ input['dated_by'] }} >= calendar.period_start
            and input_changed.{{ input['dated_by'] }} <= calendar.period_end
        {%- endif %}
    {%- endif %}
    {%- endfor %}

),

final as (

    select
        calendar.period_type,
        calendar.period
    from calendar
    where
        {{ 'true' if everything else 'false' }}
        or exists (
            select 1 from changed
            where changed.period_type = calendar.period_type and changed.period = calendar.period
        )

)

select * from final
