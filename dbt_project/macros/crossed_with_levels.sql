{#-
    The rows of `relation` once per level of `levels`: each with the level and that level's entity (the row's
    column `<level>_entity`) as entity_id, then every column of the row. One pass over the rows (a `union all` of
    one select per level read them once per level, and took Apache Spark twice as long). The indicator engine's
    measure passes group their rows by level with it (macros/measure_passes.sql); so do the office workload (work
    items), the conduct adjustments (events) and the data-defect marks (defects).
-#}
{% macro crossed_with_levels(relation, levels) %}
    select
        levels.level,
        case levels.level
        {%- for level in levels %}
            when '{{ level }}' then {{ relation }}.{{ level }}_entity
        {%- endfor %}
        end as entity_id,
        {{ relation }}.*
    from {{ relation }}
    cross join (values {% for level in levels %}('{{ level }}'){% if not loop.last %}, {% endif %}{% endfor %}) as levels (level)
{%- endmacro %}

{#-
    A row's entity at level city (两级法院合计: the intermediate court and its basic courts as one entity): every row
    that counts for a court (`court`, the SQL of its court) counts for the city. The measure passes' meta calls it
    (indicators/fact_model.py), as does the office workload.
-#}
{% macro city_entity(court) -%}
    case when {{ court }} is not null then 'city' end
{%- endmacro %}
