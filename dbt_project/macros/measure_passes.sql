{#-
    The indicator engine's measure passes (indicators/measures.py chooses which measures go together, and how):
    each generated pass model is `{{ <shape>_measure_pass(ref('<fact>')) }}`, and each change model
    `{{ measure_changes(...) }}` over the passes of one fact. What is particular to a pass is data, in the meta of
    its model and of its measure columns (models/intermediate/indicators/generated/_generated__models.yml):
    - the model's `measure_pass`: its fact, shape (and snapshot), the SQL of each level's entity (`entities`), and
      which rows count for which grain: `month_of` (a monthly pass: the date whose month a row falls in) or `join`
      (to the periods, or to the snapshot days), and `where` (the rows the fact counts, if not all);
    - each measure column's: its `aggregate` (count, sum, median or count_distinct), `when` (the condition a row
      meets to count) and `value` (what it adds, but for a count).
    Every SQL fragment in them reads the fact's row as `f` and the period (or snapshot day) as `p`. The passes and
    the change models run the same rows (`measure_rows`), so what a change is compared on is exactly what the pass
    adds up.
-#}

{#-
    A pass as the macros read it, from its model's node (at parse time, before the YAML's meta is read, an empty
    pass of `shape`): its definition, with `levels` (the entities' levels), `inputs` (its measure columns) and
    `measures` ({column: aggregate})
-#}
{% macro measure_pass_definition(node, shape) -%}
    {%- if not execute -%}
    {{ return({'shape': shape, 'entities': {}, 'levels': [], 'inputs': [], 'measures': {}}) }}
    {%- endif -%}
    {%- set pass = node.config.meta.measure_pass -%}
    {%- if shape is not none and pass.shape != shape -%}
    {{ exceptions.raise_compiler_error(node.name ~ ' is a ' ~ shape ~ ' pass, its meta says ' ~ pass.shape) }}
    {%- endif -%}
    {%- set inputs = node.columns.values() | selectattr('meta.aggregate', 'defined') | list -%}
    {%- set measures = {} -%}
    {%- for column in inputs -%}{%- do measures.update({column.name: column.meta.aggregate}) -%}{%- endfor -%}
    {%- set definition = {'levels': pass.entities.keys() | list, 'inputs': inputs, 'measures': measures} -%}
    {%- do definition.update(pass) -%}
    {{ return(definition) }}
{%- endmacro %}

{#- The pass named `name` (its model without the prefix int_indicator_measures__), for the wide measures model -#}
{% macro named_measure_pass(name) -%}
    {%- set node = graph.nodes['model.' ~ project_name ~ '.int_indicator_measures__' ~ name] if execute else none -%}
    {{ return(measure_pass_definition(node, none)) }}
{%- endmacro %}

{#- The passes over the fact model `relation` (their meta says which), by name, for its change model -#}
{% macro fact_measure_passes(relation) -%}
    {%- set passes = [] -%}
    {%- for node in (graph.nodes.values() | sort(attribute='name') if execute else []) -%}
        {%- if node.resource_type == 'model' and node.config.meta.measure_pass is defined
            and node.config.meta.measure_pass.fact == relation -%}
            {%- do passes.append(measure_pass_definition(node, none)) -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(passes) }}
{%- endmacro %}

{#-
    What each row of `relation` (alias f) adds to each measure of `pass` (`i_<column>`), at the pass's grain: one
    row per (row, month) for a monthly pass, per (row, snapshot day it is pending on) for a snapshot pass (the CTE
    `snapshot_days` in scope, one row per day as `period_end`), per (row, period of `periods` it falls in)
    otherwise; with its entity at each level, and the `carried` columns of the row first
-#}
{% macro measure_rows(pass, relation, carried=[]) -%}
    select
        {%- for column in carried %}
        f.{{ column }},
        {%- endfor %}
        {{ pass_grain_columns(pass) }},
        {%- for level, entity in pass.entities.items() %}
        {{ sql_fragment(entity) }} as {{ level }}_entity,
        {%- endfor %}
        {%- for input in pass.inputs %}
        {{ measure_input(input.meta) }} as i_{{ input.name }}{{ ',' if not loop.last }}
        {%- endfor %}
    from {{ relation }} as f
    {%- if pass.shape == 'monthly' %}
    where {{ pass.month_of }} is not null{{ ' and ' ~ sql_fragment(pass.where) if pass.where }}
    {%- else %}
    inner join {{ 'snapshot_days' if pass.shape == 'snapshot' else 'periods' }} as p
        on {{ sql_fragment(pass.join) }}
    {%- if pass.where %}
    where {{ sql_fragment(pass.where) }}
    {%- endif %}
    {%- endif %}
{%- endmacro %}

{#- A row's grain in a pass's rows: its month, its snapshot day, or its period -#}
{% macro pass_grain_columns(pass) -%}
    {%- if pass.shape == 'monthly' -%}
    cast({{ dbt.date_trunc('month', pass.month_of) }} as date) as month_start
    {%- elif pass.shape == 'snapshot' -%}
    p.period_end as snapshot_day
    {%- else -%}
    p.period_type, p.period
    {%- endif -%}
{%- endmacro %}

{#-
    What one row adds to a measure: 1 or 0 for a count, its value where the condition holds otherwise. Sums are
    taken in decimal: a sum of doubles depends on the order rows are added in, which differs between engines (and
    between runs of a parallel one), and a last-bit difference can flip a value rounded later (scores, ranks, a
    warning's threshold). Nine decimals hold every amount, day count and workload credit exactly.
-#}
{% macro measure_input(definition) -%}
    {%- set when, value = sql_fragment(definition.when), sql_fragment(definition.value) -%}
    {%- if definition.aggregate == 'count' -%}
    case when {{ when }} then 1 else 0 end
    {%- elif definition.aggregate == 'sum' -%}
    cast(case when {{ when }} then {{ value }} end as decimal(38, 9))
    {%- else -%}
    case when {{ when }} then {{ value }} end
    {%- endif -%}
{%- endmacro %}

{#- A fragment of a definition's SQL, its macro calls (`{{ dbt.datediff(...) }}`, kept as written in the YAML) rendered -#}
{% macro sql_fragment(text) -%}
    {{ return(render(text) if text and '{{' in text else text) }}
{%- endmacro %}

{#-
    Additive measures of event rules: rows summed once per (month, entity), then per (level, entity, month), and
    the months rolled up into every period they make up (each period is a union of whole months: exact)
-#}
{% macro monthly_measure_pass(fact) -%}
{%- set pass = measure_pass_definition(model, 'monthly') -%}
with

period_months as (

    select * from {{ ref('int_indicator_build_period_months') }}

),

fact_rows as (

    select * from {{ fact }}

),

row_inputs as (

    {{ measure_rows(pass, 'fact_rows') }}

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
{% macro snapshot_measure_pass(fact) -%}
{%- set pass = measure_pass_definition(model, 'snapshot') -%}
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

    select * from {{ fact }}

),

pending as (

    {{ measure_rows(pass, 'fact_rows') }}

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
{% macro per_period_measure_pass(fact) -%}
{%- set pass = measure_pass_definition(model, 'per_period') -%}
with

periods as (

    select * from {{ ref('int_indicator_build_periods') }}

),

fact_rows as (

    select * from {{ fact }}

),

in_period as (

    {{ measure_rows(pass, 'fact_rows') }}

),

by_level as (

    {{ crossed_with_levels('in_period', pass.levels) }}

)

select
    {{ entity_period_columns() }},
    {{ measure_outputs(pass.measures) }}
from by_level
where entity_id is not null
group by {{ entity_period_columns() }}
{%- endmacro %}

{#-
    The periods whose measures the rows of `relation` (a fact's model) changed since the last build, through each
    pass over it (fact_measure_passes): the changed rows (net +1 for a version gone, -1 for a version come,
    macros/incremental_periods.sql) run through the pass's rows, and a period changes where their contributions'
    net count is not 0. Every period when there is no baseline of the `columns` the passes read to compare with.
-#}
{% macro measure_changes(relation, columns) -%}
{%- set fact = ref(relation) -%}
{%- set fact_passes = fact_measure_passes(relation) -%}
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
{%- if fact_passes | selectattr('shape', 'equalto', 'snapshot') | list %}
snapshot_days as (

    select p.period_end from periods as p
    union
    select {{ snapshot_day('carried_over') }} as period_end from periods as p

),
{%- endif %}

changed_rows as (

    {{ changed_rows(fact, baseline, columns) }}

),
{%- for pass in fact_passes %}
{%- set c = 'c' ~ loop.index0 %}

{{ c }} as (

    {{ measure_rows(pass, 'changed_rows', carried=['net']) }}

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
    {%- for pass in fact_passes %}

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

{#-
    int_indicator_measures: every measure of the `passes` (by name) on one row per (level, entity, period), over
    the scaffold (who exists when, with the main posting's role and line), so a count is 0, not missing
-#}
{% macro wide_measures(passes) -%}
{%- set tables, columns = ['scaffold'], [] -%}
{%- for name in passes -%}
    {%- set alias = 'm' ~ loop.index0 -%}
    {%- do tables.append(alias) -%}
    {%- for column in named_measure_pass(name).measures -%}{%- do columns.append(alias ~ '.' ~ column) -%}{%- endfor -%}
{%- endfor -%}
with

periods as (

    select * from {{ ref('int_indicator_build_periods') }}

),

scaffold as (

    select * from {{ ref('int_indicator_scaffold') }}

),
{%- for name in passes %}

{{ tables[loop.index] }} as (

    select * from {{ ref('int_indicator_measures__' ~ name) }}

),
{%- endfor %}

keys as (
    {%- for table in tables %}

    select
        {{ entity_period_columns() }}
    from {{ table }}
    {%- if not loop.last %}
    union
    {%- endif %}
    {%- endfor %}

),

final as (

    select
        keys.level,
        keys.entity_id,
        keys.period_type,
        keys.period,
        periods.period_start,
        periods.period_end,
        periods.days_in_period,
        scaffold.court_code,
        scaffold.role,
        scaffold.business_line,
        scaffold.population{{ ',' if columns }}
        {%- for column in columns %}
        {{ column }}{{ ',' if not loop.last }}
        {%- endfor %}
    from keys
    inner join periods
        on keys.period_type = periods.period_type and keys.period = periods.period
    {%- for table in tables %}
    left join {{ table }}
        on {{ same_entity_period('keys', table) }}
    {%- endfor %}

)

select * from final
{%- endmacro %}
