{#
    A 案号 as courts print it, with full-width brackets: （2024）内0602民初1234号. Source systems write either
    （） or ASCII (); staging turns both into the printed form, so that links by 案号 between systems (执行依据,
    petitions, conduct events) match whichever form each system uses.
#}
{% macro printed_case_number(column) -%}
    replace(replace({{ column }}, '(', '（'), ')', '）')
{%- endmacro %}
