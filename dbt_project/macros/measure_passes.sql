{#-
    The indicator engine's measure passes (indicators/measures.py chooses which measures go together, and how):
    each generated pass model is `{{ measure_pass(measures__<pass>()) }}`, and each change model
    `{{ measure_changes(...) }}` over the passes of one fact. A pass's generated macros
    (macros/generated/measures__<pass>.sql) hold what is particular to it:
    - `measures__<pass>()`: its fact, shape, levels and measures ({column: count | sum | median | count_distinct}),
      and `rows`, the macro below;
    - `measure_rows__<pass>(relation, carried)`: what each row of `relation` adds to each measure (`i_<column>`),
      at its grain (a month, a snapshot day or a period) and entities, `carried` columns of the row first.
    The passes and the change models run the same `rows`, so what a change is compared on is exactly what the
    pass adds up.
-#}

{#- A pass's model: the shape's aggregation of its rows into one row per (level, entity, period) built tonight -#}
{% macro measure_pass(pass) -%}
    {%- if pass.shape == 'monthly' -%}{{ monthly_measure_pass(pass) }}
    {%- elif pass.shape == 'snapshot' -%}{{ snapshot_measure_pass(pass) }}
    {%- else -%}{{ per_period_measure_pass(pass) }}
    {%- endif -%}
{%- endmacro %}

{#-
    Additive measures of event rules: rows summed once per (month, entity), then per (level, entity, month), and
    the months rolled up into every period they make up (each period is a union of whole months: exact)
-#}
{% macro monthly_measure_pass(pass) -%}
with

period_months as (

    select * from {{ ref('int_indicator_build_period_months') }}

),

fact_rows as (

    select * from {{ ref(pass.fact) }}

),

row_inputs as (

    {{ pass.rows('fact_rows') }}

),

entity_months as (

    select
        month_start,
        {{ entity_columns(pass.levels) | join(',\n        ') }},
        {{ input_sums(pass.measures) }}
    from row_inputs
    group by month_start, {{ entity_columns(pass.levels) | join(', ') }}

),

by_level as (

    {{ crossed_with_levels('entity_months', pass.levels) }}

),

level_months as (

    select
        level,
        entity_id,
        month_start,
        {{ input_sums(pass.measures) }}
    from by_level
    where entity_id is not null
    group by level, entity_id, month_start

)

select
    level_months.level,
    level_months.entity_id,
    period_months.period_type,
    period_months.period,
    {{ measure_outputs(pass.measures, 'level_months.') }}
from level_months
inner join period_months
    on level_months.month_start = period_months.month_start
group by level_months.level, level_months.entity_id, period_months.period_type, period_months.period
{%- endmacro %}

{#-
    Pending-at-end and carried-over rules: rows evaluated once per snapshot day (the end of a period, or the day
    before it starts), each period taking the snapshot of its day
-#}
{% macro snapshot_measure_pass(pass) -%}
{%- set day = snapshot_day(pass.snapshot) -%}
with

periods as (

    select * from {{ ref('int_indicator_build_periods') }}

),

snapshot_days as (

    select distinct {{ day }}{{ '' if pass.snapshot == 'pending_at_end' else ' as period_end' }}
    from periods as p

),

fact_rows as (

    select * from {{ ref(pass.fact) }}

),

pending as (

    {{ pass.rows('fact_rows') }}

),

by_level as (

    {{ crossed_with_levels('pending', pass.levels) }}

),

by_day as (

    select
        level,
        entity_id,
        snapshot_day,
        {{ measure_outputs(pass.measures) }}
    from by_level
    where entity_id is not null
    group by level, entity_id, snapshot_day

)

select
    by_day.level,
    by_day.entity_id,
    p.period_type,
    p.period,
    {%- for column in pass.measures %}
    by_day.{{ column }}{{ ',' if not loop.last }}
    {%- endfor %}
from by_day
inner join periods as p
    on by_day.snapshot_day = {{ day }}
{%- endmacro %}

{#- Everything else (medians, distinct counts, filters that read the period): rows joined to each period -#}
{% macro per_period_measure_pass(pass) -%}
with

periods as (

    select * from {{ ref('int_indicator_build_periods') }}

),

fact_rows as (

    select * from {{ ref(pass.fact) }}

),

in_period as (

    {{ pass.rows('fact_rows') }}

),

by_level as (

    {{ crossed_with_levels('in_period', pass.levels) }}

)

select
    level,
    entity_id,
    period_type,
    period,
    {{ measure_outputs(pass.measures) }}
from by_level
where entity_id is not null
group by level, entity_id, period_type, period
{%- endmacro %}

{#-
    The periods whose measures the rows of `relation` (a fact's model) changed since the last build, through each
    of its `passes`: the changed rows (net +1 for a version gone, -1 for a version come, macros/incremental_periods.sql)
    run through the pass's rows, and a period changes where their contributions' net count is not 0. Every period
    when there is no baseline of the `columns` the passes read to compare with.
-#}
{% macro measure_changes(relation, columns, passes) -%}
{%- set fact = ref(relation) -%}
{%- set baseline = none if indicator_engine_builds_everything() else indicator_baseline(fact, columns) -%}
with

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

{% if baseline is none -%}
-- every period is built tonight (int_indicator_build_periods), or there is nothing to compare with

final as (

    select
        '{{ relation }}' as relation,
        period_type,
        period
    from periods

)
{%- else -%}
{%- if passes | selectattr('shape', 'equalto', 'snapshot') | list %}
snapshot_days as (

    select p.period_end from periods as p
    union
    select {{ snapshot_day('carried_over') }} as period_end from periods as p

),
{%- endif %}

changed_rows as (

    {{ changed_rows(fact, baseline, columns) }}

),
{%- for pass in passes %}
{%- set c = 'c' ~ loop.index0 %}

{{ c }} as (

    {{ pass.rows('changed_rows', carried=['net']) }}

),

{{ c }}_net as (

    select
        {{ (pass_grain(pass) + entity_columns(pass.levels)) | join(',\n        ') }},
        {%- for column in pass.measures %}
        i_{{ column }}{{ ',' if not loop.last }}
        {%- endfor %}
    from {{ c }}
    group by all
    having sum(net) != 0

),

{{ c }}_periods as (

    select distinct
        p.period_type,
        p.period
    from {{ c }}_net as d
    inner join periods as p
        on {{ periods_of_grain(pass) }}

),
{%- endfor %}

final as (
    {%- for pass in passes %}

    select
        '{{ relation }}' as relation,
        period_type,
        period
    from c{{ loop.index0 }}_periods
    {%- if not loop.last %}

    union
    {%- endif %}
    {%- endfor %}

)
{%- endif %}

select * from final
{%- endmacro %}

{#- The columns that hold a row's entity at each of `levels` (crossed_with_levels reads them) -#}
{% macro entity_columns(levels) -%}
    {%- set columns = [] -%}
    {%- for level in levels -%}{%- do columns.append(level ~ '_entity') -%}{%- endfor -%}
    {{ return(columns) }}
{%- endmacro %}

{#- What a pass's rows are counted by, besides the entities -#}
{% macro pass_grain(pass) -%}
    {{ return({'monthly': ['month_start'], 'snapshot': ['snapshot_day'], 'per_period': ['period_type', 'period']}[pass.shape]) }}
{%- endmacro %}

{#- How a changed row's grain (alias d) maps to the periods (alias p) it feeds -#}
{% macro periods_of_grain(pass) -%}
    {%- if pass.shape == 'monthly' -%}
    d.month_start >= p.period_start and d.month_start <= p.period_end
    {%- elif pass.shape == 'snapshot' -%}
    d.snapshot_day = {{ snapshot_day(pass.snapshot) }}
    {%- else -%}
    d.period_type = p.period_type and d.period = p.period
    {%- endif -%}
{%- endmacro %}

{#- The snapshot day of a period p: its end (pending at end), or the day before it starts (carried over) -#}
{% macro snapshot_day(snapshot) -%}
    {%- if snapshot == 'pending_at_end' -%}
    p.period_end
    {%- else -%}
    cast({{ dbt.dateadd('day', -1, 'p.period_start') }} as date)
    {%- endif -%}
{%- endmacro %}

{#- Each measure's row inputs summed, under their own names (the steps of a monthly pass) -#}
{% macro input_sums(measures) -%}
    {%- for column in measures %}
        sum(i_{{ column }}) as i_{{ column }}{{ ',' if not loop.last }}
    {%- endfor %}
{%- endmacro %}

{#-
    Each measure aggregated from its row inputs (`qualifier`: theirs, when the query joins) and cast to its type.
    Sums are taken in decimal in the rows (measures.EXACT_SUM_TYPE) and cast to double here.
-#}
{% macro measure_outputs(measures, qualifier='') -%}
    {%- for column, aggregate in measures.items() %}
    {%- set input = qualifier ~ 'i_' ~ column %}
        cast(
            {% if aggregate in ('count', 'sum') -%}
            sum({{ input }})
            {%- elif aggregate == 'median' -%}
            {{ courtperf_median(input) }}
            {%- else -%}
            count(distinct {{ input }})
            {%- endif %}
            as {{ dbt.type_bigint() if aggregate in ('count', 'count_distinct') else 'double' }}
        ) as {{ column }}{{ ',' if not loop.last }}
    {%- endfor %}
{%- endmacro %}
