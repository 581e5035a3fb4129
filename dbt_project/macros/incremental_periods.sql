{#-
    The indicator engine builds by period (docs/incremental.md). Each night computes only the periods whose
    inputs changed since the last build (int_indicator_build_periods): the measure passes read that calendar,
    the wide measures table holds those periods, and each category's values table replaces the rows of the
    periods its own inputs changed (int_indicator_build_categories) and keeps the others. Portable as the other
    incremental models are (macros/incremental_buckets.sql, macros/previous_state.sql): DuckDB deletes the
    rebuilt periods in a pre-hook and appends; Spark, which cannot delete from a Parquet table, overwrites the
    table with last night's rows of the periods kept (from the copy the pre-hook takes) and tonight's of the
    periods rebuilt. Either way the table equals a full build, which tests/test_end_to_end.py and the Spark
    comparison (tests/test_spark.py) check.
-#}
{% macro period_incremental_config(category) -%}
    {%- if target.type == 'spark' -%}
        {{ return({'materialized': 'incremental', 'incremental_strategy': 'insert_overwrite',
                   'on_schema_change': 'fail', 'pre_hook': '{{ copy_previous_state() }}'}) }}
    {%- else -%}
        {{ return({'materialized': 'incremental', 'incremental_strategy': 'append', 'on_schema_change': 'fail',
                   'pre_hook': "{{ delete_rebuilt_periods('" ~ category ~ "') }}"}) }}
    {%- endif -%}
{%- endmacro %}

{#-
    A row of `alias` is in a period the table of `category` rebuilds tonight: a values table's category, or 'scores'
    for the score models (int_score_build_periods, macros/score_periods.sql)
-#}
{% macro is_rebuilt_for(alias, category) -%}
    {%- if category == 'scores' -%}
    {#- a dependency of every model that calls this: the pre-hook's is_rebuilt_period reads the calendar -#}
    {%- do ref('int_indicator_periods') -%}
    exists (
        select 1 from {{ ref('int_score_build_periods') }} as rebuilt
        where rebuilt.period_type = {{ alias }}.period_type and rebuilt.period = {{ alias }}.period
    )
    {%- else -%}
    exists (
        select 1 from {{ ref('int_indicator_build_categories') }} as rebuilt
        where
            rebuilt.category = '{{ category }}'
            and rebuilt.period_type = {{ alias }}.period_type
            and rebuilt.period = {{ alias }}.period
    )
    {%- endif -%}
{%- endmacro %}

{#- ... or in a period no longer in the calendar (its activity was deleted): the rows tonight's build replaces -#}
{% macro is_rebuilt_period(alias, category) -%}
    (
        {{ is_rebuilt_for(alias, category) }}
        or not exists (
            select 1 from {{ ref('int_indicator_periods') }} as calendar
            where calendar.period_type = {{ alias }}.period_type and calendar.period = {{ alias }}.period
        )
    )
{%- endmacro %}

{#- The body of an incremental model's import CTE: the rows of `relation` in the periods it rebuilds for `category` -#}
{% macro rows_to_rebuild(relation, category) -%}
    select * from {{ relation }} as rebuilt_rows
    where {{ is_rebuilt_for('rebuilt_rows', category) }}
{%- endmacro %}

{#- The measures a values table of `category` computes from tonight: those of the periods it rebuilds -#}
{% macro rebuilt_measures(category) -%}
    select measures.*
    from {{ ref('int_indicator_measures') }} as measures
    where {{ is_rebuilt_for('measures', category) }}
{%- endmacro %}

{#- DuckDB's pre-hook: remove the rows tonight's build replaces (nothing on a full build) -#}
{% macro delete_rebuilt_periods(category) -%}
    {%- if is_incremental() -%}
        delete from {{ this }} as kept where {{ is_rebuilt_period('kept', category) }}
    {%- endif -%}
{%- endmacro %}

{#- Spark: last night's rows of the periods kept, to `union all` with tonight's (nothing on DuckDB) -#}
{% macro kept_period_rows(category) -%}
    {%- if is_incremental() and target.type == 'spark' -%}
    select * from {{ previous_state_relation() }} as kept
    where not {{ is_rebuilt_period('kept', category) }}

    union all

    {% endif -%}
{%- endmacro %}

{#- The folder of the engine's models: its fingerprint, and the incremental tables whose loss rebuilds every period -#}
{% macro indicator_engine_folders() -%}
    {{ return(('models/intermediate/indicators/',)) }}
{%- endmacro %}

{#-
    What the engine's results are a function of besides the facts and the scaffold: the SQL and materialisation of
    its models (the calendar, the scaffold, the generated passes and values, the cfg_ models of the settings) and
    the project's macros they call. Built into int_indicator_build_record; when it differs, every period is
    rebuilt.
-#}
{% macro indicator_engine_fingerprint() -%}
    {{ return(models_fingerprint((indicator_engine_folders() | list) + ['models/intermediate/configuration/'])) }}
{%- endmacro %}

{#-
    The checksum, materialisation and meta (its own and its columns': a measure pass's definition) of every model
    under `folders`, and the text of every project macro, as one md5
-#}
{% macro models_fingerprint(folders) -%}
    {%- if not execute -%}{{ return('') }}{%- endif -%}
    {%- set parts = [] -%}
    {%- for node in graph.nodes.values() | sort(attribute='unique_id') -%}
        {%- if node.resource_type == 'model' and node.package_name == project_name -%}
            {%- for folder in folders if node.original_file_path.startswith(folder) -%}
                {%- set definition = [node.config.meta] + (node.columns.values() | map(attribute='meta') | list) -%}
                {%- do parts.append(node.unique_id ~ '=' ~ node.checksum.checksum ~ ':' ~ node.config.materialized
                    ~ ':' ~ local_md5(tojson(definition))) -%}
            {%- endfor -%}
        {%- endif -%}
    {%- endfor -%}
    {%- for name in context.keys() | sort -%}
        {%- set macro = context[name] -%}
        {%- if macro.macro is defined and macro.macro.package_name == project_name -%}
            {%- do parts.append(name ~ '=' ~ local_md5(macro.macro.macro_sql)) -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(local_md5(parts | join(';'))) }}
{%- endmacro %}

{#-
    When the engine's last complete build was, and the build before it, as strings ({} before the first build): the
    score models rebuild the periods the engine changed only if they read the build before (score_build_mode)
-#}
{% macro engine_build_times() -%}
    {%- set record = last_build_relation('int_indicator_build_record') -%}
    {%- if record is none -%}{{ return({}) }}{%- endif -%}
    {%- set built = run_query('select cast(built_at as ' ~ dbt.type_string() ~ '), previous_built_at from ' ~ record) -%}
    {%- if built.rows | length != 1 -%}{{ return({}) }}{%- endif -%}
    {{ return({'built_at': built.rows[0][0], 'previous_built_at': built.rows[0][1]}) }}
{%- endmacro %}

{#- The engine's last build time as a SQL string literal (null before the first build) -#}
{% macro last_engine_build_time() -%}
    {%- set built_at = engine_build_times().get('built_at') if execute else none -%}
    {%- if built_at is none -%}{{ return('cast(null as ' ~ dbt.type_string() ~ ')') }}{%- endif -%}
    {{ return("cast('" ~ built_at ~ "' as " ~ dbt.type_string() ~ ")") }}
{%- endmacro %}

{#-
    A project model's table as the last build left it (read before tonight's build replaces it), or none. Found
    through the graph, not ref(): reading last night's table does not make tonight's model depend on it.
-#}
{% macro last_build_relation(name) -%}
    {%- if not execute -%}{{ return(none) }}{%- endif -%}
    {%- set node = graph.nodes.get('model.' ~ project_name ~ '.' ~ name) -%}
    {%- if node is none -%}{{ return(none) }}{%- endif -%}
    {{ return(adapter.get_relation(database=node.database, schema=node.schema, identifier=node.alias)) }}
{%- endmacro %}

{#-
    Whether an incremental model of the project under one of `folders` has no table (dropped by hand, or never
    built): then the models it belongs with build every period.
-#}
{% macro an_incremental_table_is_missing(folders) -%}
    {%- for node in graph.nodes.values() if node.resource_type == 'model' and node.package_name == project_name
            and node.config.materialized == 'incremental' and node.original_file_path.startswith(folders) -%}
        {%- if last_build_relation(node.name) is none -%}{{ return(true) }}{%- endif -%}
    {%- endfor -%}
    {{ return(false) }}
{%- endmacro %}

{#-
    Whether tonight builds every period: on a full refresh, on the first build, when a values table is missing,
    and when the engine's models changed since the last build (int_indicator_build_record's fingerprint).
-#}
{% macro indicator_engine_builds_everything() -%}
    {%- if not execute or flags.FULL_REFRESH -%}{{ return(true) }}{%- endif -%}
    {%- set record = last_build_relation('int_indicator_build_record') -%}
    {%- if record is none or an_incremental_table_is_missing(indicator_engine_folders()) -%}
        {{ return(true) }}
    {%- endif -%}
    {%- set built = run_query('select engine_fingerprint from ' ~ record) -%}
    {{ return(built.rows | length != 1 or built.rows[0][0] != indicator_engine_fingerprint()) }}
{%- endmacro %}

{#-
    The baseline of `relation` (a fact or the scaffold) as the last build used it, if it holds the `columns` tonight
    compares (default: all of the relation's): int_indicator_baseline__<name>, or `prefix`<name> (the score
    models' baselines). None when there is none to compare with (every period changes).
-#}
{% macro indicator_baseline(relation, columns=none, prefix='int_indicator_baseline__') -%}
    {%- set baseline = last_build_relation(prefix ~ relation.identifier) -%}
    {%- if baseline is none -%}{{ return(none) }}{%- endif -%}
    {%- set kept = adapter.get_columns_in_relation(baseline) | map(attribute='name') | map('lower') | list -%}
    {%- if columns is none -%}
        {%- set columns = adapter.get_columns_in_relation(relation) | map(attribute='name') | map('lower') | list -%}
    {%- endif -%}
    {{ return(baseline if kept == columns else none) }}
{%- endmacro %}

{#-
    The rows of `relation` that differ from its baseline, on `columns` (default: the baseline's), as multisets in one
    pass: net > 0 for last build's rows no longer there, net < 0 for tonight's rows that were not there, so a changed
    row appears once with each sign. Requires a baseline (indicator_baseline).
-#}
{% macro changed_rows(relation, baseline, columns=none) -%}
    {%- if columns is none -%}
        {%- set columns = adapter.get_columns_in_relation(baseline) | map(attribute='name') | list -%}
    {%- endif -%}
    {%- set listed = columns | join(', ') -%}
    select
        {{ listed }},
        sum(net) as net
    from (
        select {{ listed }}, 1 as net from {{ baseline }}
        union all
        select {{ listed }}, -1 as net from {{ relation }}
    ) as versions
    group by {{ listed }}
    having sum(net) != 0
{%- endmacro %}
