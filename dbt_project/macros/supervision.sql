{#-
    Helpers of the supervision models (models/{intermediate,marts}/supervision/).

    supervision_json([(key, expr, kind), ...]): a JSON object as text, built with portable string functions
    (kind 'number' or 'string'; null values become JSON null). Text values have double quotes replaced by ”
    so that the result is always valid JSON without engine-specific escapes.

    supervision_warning_id(rule, subject_type, subject_id, detail): the stable warning id, a hash of the rule,
    the subject and (for rules that raise several warnings per subject, e.g. one per indicator) a detail key.

    supervision_text(expr): an expression as text, for titles.

    supervision_warning(rule, level, subject_type, subject_id, court_code, dept_id, person_id, title, facts,
    as_of_date, detail_key): the select list of one raised warning, the columns every rule model gives
    int_warnings_tonight's union in this order. `rule` and `subject_type` are names (written as text); the others
    are SQL expressions; `title` is a list of parts joined with dbt.concat, `facts` the (key, expression, kind) of
    supervision_json, to which the as-of date is added last; `detail_key` is null unless the rule raises several
    warnings for one subject.

    supervision_case_themes(): the rules of which a case holds one warning that escalates in place, each with
    the rules that raised one warning per level before (a warehouse built then still holds them).
    supervision_old_rule_theme(rule): the theme of such an old rule name, else null.
    supervision_severity(level): 0 green, 1 yellow, 2 red.
-#}
{% macro supervision_json(pairs) -%}
    {%- set parts = ["'{'"] -%}
    {%- for key, expr, kind in pairs -%}
        {%- set prefix = ("'" ~ (', ' if not loop.first else '') ~ '"' ~ key ~ '": ' ~ "'") -%}
        {%- if kind == 'string' -%}
            {%- set value = "coalesce(" ~ dbt.concat(["'\"'", "replace(" ~ supervision_text(expr) ~ ", '\"', '”')", "'\"'"]) ~ ", 'null')" -%}
        {%- else -%}
            {%- set value = "coalesce(" ~ supervision_text(expr) ~ ", 'null')" -%}
        {%- endif -%}
        {%- do parts.append(prefix) -%}
        {%- do parts.append(value) -%}
    {%- endfor -%}
    {%- do parts.append("'}'") -%}
    {{ dbt.concat(parts) }}
{%- endmacro %}

{% macro supervision_text(expr) -%}
    cast({{ expr }} as {{ dbt.type_string() }})
{%- endmacro %}

{% macro supervision_warning(
    rule, level, subject_type, subject_id, court_code, dept_id, person_id, title, facts, as_of_date, detail_key=none
) -%}
        '{{ rule }}' as rule,  -- noqa: RF04
        {{ level }} as level,  -- noqa: RF04
        '{{ subject_type }}' as subject_type,
        {{ subject_id }} as subject_id,
        {{ detail_key or 'cast(null as ' ~ dbt.type_string() ~ ')' }} as detail_key,
        {{ court_code }} as court_code,
        {{ dept_id }} as dept_id,
        {{ person_id }} as person_id,
        {{ dbt.concat(title) }} as title,
        {{ supervision_json(facts + [('as_of_date', as_of_date, 'string')]) }} as facts,
        {{ as_of_date }} as as_of_date
{%- endmacro %}

{% macro supervision_warning_id(rule, subject_type, subject_id, detail) -%}
    {{ dbt.hash(dbt.concat([rule, "'|'", subject_type, "'|'", subject_id, "'|'", "coalesce(" ~ detail ~ ", '')"])) }}
{%- endmacro %}

{% macro supervision_case_themes() -%}
    {{ return({
        'time_limit': ['time_limit_80', 'time_limit_100'],
        'long_pending': ['long_pending_12m', 'long_pending_18m', 'long_pending_36m'],
    }) }}
{%- endmacro %}

{% macro supervision_old_rule_theme(rule) -%}
    case
        {%- for theme, old_rules in supervision_case_themes().items() %}
        when {{ rule }} in ('{{ old_rules | join("', '") }}') then '{{ theme }}'
        {%- endfor %}
    end
{%- endmacro %}

{% macro supervision_severity(level) -%}
    case {{ level }} when 'red' then 2 when 'yellow' then 1 else 0 end
{%- endmacro %}

{#-
    A case (or petition) is pending on `day`: opened by then and not closed by then (one closed that day no longer
    is). `opened` and `closed` are its date columns.
-#}
{% macro is_pending_on(day, opened, closed) -%}
    ({{ opened }} <= {{ day }} and ({{ closed }} is null or {{ closed }} > {{ day }}))
{%- endmacro %}
