{#-
    Every case of a system that a child row may name, with the columns the child marts take from it, and whether
    the case was deleted in the source: the body of the int_<system>_case_parents models. The child marts drop the
    children of deleted cases and keep those whose case is merely missing (with null case attributes).
    `columns` are the case's string columns besides case_id; a deleted case has them null.
-#}
{% macro case_parents(cases_model, deleted_cases_model, columns) -%}
{%- set typed_nulls = [] -%}
{%- for column in columns -%}{%- do typed_nulls.append((column, dbt.type_string())) -%}{%- endfor -%}
with

cases as (

    select * from {{ ref(cases_model) }}

),

deleted_cases as (

    select * from {{ ref(deleted_cases_model) }}

),

final as (

    select
        case_id,
        {%- for column in columns %}
        {{ column }},
        {%- endfor %}
        false as is_deleted
    from cases

    union all

    select
        case_id,
        {{- null_columns(typed_nulls) }},
        true as is_deleted
    from deleted_cases

)

select * from final
{%- endmacro %}

{#-
    The `from ... where` of a child mart: its rows joined to their case in int_<system>_case_parents, leaving out
    the children of deleted cases and keeping those whose case is missing (their case columns null). A further
    filter follows it with `and`.
-#}
{% macro children_of_undeleted_cases(children, cases) -%}
from {{ children }}
    left join {{ cases }}
        on {{ children }}.case_id = {{ cases }}.case_id
    where not coalesce({{ cases }}.is_deleted, false)
{%- endmacro %}
