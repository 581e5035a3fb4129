{#-
    Left-join the open data-defect marks (int_data_defect_marks, CTE `marks`) to a relation keyed by level,
    entity and period: a result is provisional when coalesce(marks.data_defects, 0) > 0.
-#}
{% macro join_data_defect_marks(relation) -%}
    left join marks
        on
            {{ relation }}.level = marks.level
            and {{ relation }}.entity_id = marks.entity_id
            and {{ relation }}.period_type = marks.period_type
            and {{ relation }}.period = marks.period
{%- endmacro %}
