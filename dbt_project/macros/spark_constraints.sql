{#-
    Contract constraints on Spark. dbt-spark persists `not_null` as `alter table ... set not null`, which only a
    Delta table accepts; on a Parquet table (no merging table format here) the build would fail. So for
    Parquet the constraint is checked instead: after the table is built, any null in a not_null column fails
    the model, naming the columns - the guarantee DuckDB gives at insert. Delta tables keep dbt-spark's way.
    Found first through the `dispatch` search order in dbt_project.yml.
-#}
{% macro spark__persist_constraints(relation, model) %}
    {%- if not config.get('contract').enforced -%}{{ return('') }}{%- endif -%}
    {%- if config.get('file_format', 'delta') == 'delta' -%}
        {%- do alter_table_add_constraints(relation, model.constraints) -%}
        {%- do alter_column_set_constraints(relation, model.columns) -%}
        {{ return('') }}
    {%- endif -%}
    {%- set not_null_columns = [] -%}
    {%- for column_name, column in model.columns.items() -%}
        {%- for constraint in column.constraints if constraint.type == 'not_null' -%}
            {%- do not_null_columns.append(column_name) -%}
        {%- endfor -%}
    {%- endfor -%}
    {%- if not_null_columns -%}
        {%- set counts -%}
            select
            {%- for column_name in not_null_columns %}
                cast(count(case when {{ column_name }} is null then 1 end) as bigint) as {{ column_name }}
                {%- if not loop.last %},{% endif -%}
            {%- endfor %}
            from {{ relation }}
        {%- endset -%}
        {%- set row = run_query(counts).rows[0] -%}
        {%- set offending = [] -%}
        {%- for column_name in not_null_columns -%}
            {%- if row[loop.index0] > 0 -%}
                {%- do offending.append(column_name ~ ' (' ~ row[loop.index0] ~ ' nulls)') -%}
            {%- endif -%}
        {%- endfor -%}
        {%- if offending -%}
            {%- do exceptions.raise_compiler_error(
                'not_null constraint violated in ' ~ relation ~ ': ' ~ offending | join(', ')
            ) -%}
        {%- endif -%}
    {%- endif -%}
{% endmacro %}
