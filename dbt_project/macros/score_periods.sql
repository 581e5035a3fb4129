{#-
    The score models build by period as the indicator engine does (docs/incremental.md, macros/incremental_periods.sql):
    each night they compute the periods whose inputs changed since their last complete build (int_score_build_periods)
    and keep the others. Their inputs are the indicator values (the periods the engine rebuilt), and the relations
    below, compared with the copies the last score build left (int_score_baseline__<name>): a changed work item or
    conduct event changes the periods its date falls in, a changed data-defect mark its own period, a changed court,
    department or person every period.
-#}
{% macro score_inputs() -%}
    {{ return({
        'fct_work_items': {'dated_by': 'item_date', 'columns': [
            'item_id', 'person_id', 'dept_id', 'court_code', 'item_date', 'item_type', 'quantity', 'quality_grade',
            'adopted_level']},
        'fct_conduct_events': {'dated_by': 'event_date', 'columns': [
            'event_id', 'person_id', 'dept_id', 'court_code', 'event_date', 'event_type', 'severity', 'verified']},
        'int_data_defect_marks': {'dated_by': 'period', 'columns': [
            'level', 'entity_id', 'period_type', 'period', 'data_defects']},
        'dim_court': {'dated_by': none, 'columns': ['court_code', 'level']},
        'dim_department': {'dated_by': none, 'columns': ['dept_id', 'dept_type']},
        'dim_person': {'dated_by': none, 'columns': ['person_id', 'is_quota_judge']},
    }) }}
{%- endmacro %}

{#- The copy of a score input the next night compares with; written after the score tables, before the record -#}
{% macro score_baseline(name) -%}
    -- depends_on: {{ ref('scores') }}
    -- depends_on: {{ ref('score_totals') }}
    -- depends_on: {{ ref('score_explanations') }}
    -- depends_on: {{ ref('strengths_weaknesses') }}
    select {{ score_inputs()[name]['columns'] | join(', ') }}
    from {{ ref(name) }}
{%- endmacro %}

{#- The folders of the score models: their fingerprint, and the incremental tables whose loss rebuilds every period -#}
{% macro score_model_folders() -%}
    {{ return(('models/intermediate/scores/', 'models/marts/scores/')) }}
{%- endmacro %}

{#- What the score models' results are a function of besides their inputs: their SQL, the settings and the macros -#}
{% macro score_fingerprint() -%}
    {{ return(models_fingerprint((score_model_folders() | list) + ['models/intermediate/configuration/'])) }}
{%- endmacro %}

{#-
    How tonight's score build stands to the last one: 'everything' on a full refresh, on the first build, when a score
    table is missing, when the score models changed (int_score_build_record's fingerprint) or when the engine built
    more than once since (a night whose scores were held back by the publication gate); 'values_unchanged' when the
    engine has not built since; 'values_changed' when it built once, so the periods it rebuilt are the values'
    changes (int_indicator_build_categories).
-#}
{% macro score_build_mode() -%}
    {%- if not execute or flags.FULL_REFRESH -%}{{ return('everything') }}{%- endif -%}
    {%- set record = last_build_relation('int_score_build_record') -%}
    {%- if record is none or an_incremental_table_is_missing(score_model_folders()) -%}
        {{ return('everything') }}
    {%- endif -%}
    {%- set built = run_query('select score_fingerprint, engine_built_at from ' ~ record) -%}
    {%- if built.rows | length != 1 or built.rows[0][0] != score_fingerprint() -%}{{ return('everything') }}{%- endif -%}
    {%- set engine = engine_build_times() -%}
    {%- if built.rows[0][1] is not none and built.rows[0][1] == engine.get('built_at') -%}
        {{ return('values_unchanged') }}
    {%- elif built.rows[0][1] is not none and built.rows[0][1] == engine.get('previous_built_at') -%}
        {{ return('values_changed') }}
    {%- endif -%}
    {{ return('everything') }}
{%- endmacro %}
