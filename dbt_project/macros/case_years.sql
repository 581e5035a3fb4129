{#- A case's filing and closing years and whether it is closed, as the trial and enforcement cases' staging derives them -#}
{% macro case_years() -%}
    cast(extract(year from filing_date) as {{ dbt.type_bigint() }}) as filing_year,
        cast(extract(year from closing_date) as {{ dbt.type_bigint() }}) as closing_year,
        closing_date is not null as is_closed
{%- endmacro %}
