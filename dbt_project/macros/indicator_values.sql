{#-
    A category's values model (int_indicator_values__<category>): the values of its indicators, in one pass over the
    measures built tonight, each definition's columns side by side (`definitions`), turned into one row per
    definition by `unpivot`, and kept where the definition applies; the periods not built tonight are kept
    (kept_period_rows). The definitions are data, in the model's meta (indicators/compiler.py
    `indicator_definition`, in models/intermediate/indicators/generated/_generated__models.yml): each with the prefix
    of its `columns`, its `indicator_id` and `valid_from`, the terms of its `numerator` and `denominator` over
    int_indicator_measures, its `value` from those two columns (where `value_when` holds, if given), and the
    levels, end date, roles and business lines it applies to (indicator_applies).
-#}
{% macro indicator_values(category) -%}
{%- set definitions = model.config.meta.indicator_definitions if execute else [] -%}
{#- each definition's columns, which the unpivot turns into its row -#}
{%- set value_columns = ['indicator_id', 'definition_valid_from', 'numerator', 'denominator', 'value', 'applies'] -%}
-- depends_on: {{ ref('int_indicator_measures') }}
-- depends_on: {{ ref('int_indicator_build_categories') }}
-- depends_on: {{ ref('int_indicator_periods') }}
with

measures as (

    {{ rebuilt_measures(category) }}

),

definitions as (

    select
        {{ entity_period_columns() }},
        days_in_period,
        {%- for d in definitions %}
        '{{ d.indicator_id }}' as {{ d.columns }}__indicator_id,
        '{{ d.valid_from }}' as {{ d.columns }}__definition_valid_from,
        cast({{ d.numerator | join(' + ') }} as double) as {{ d.columns }}__numerator,
        cast({{ d.denominator | join(' + ') }} as double) as {{ d.columns }}__denominator,
        {{ indicator_applies(d.levels, d.valid_from, d.get('valid_to'), d.get('roles'), d.get('business_lines')) }}
            as {{ d.columns }}__applies{{ ',' if not loop.last }}
        {%- endfor %}
    from measures

),

definition_values as (

    select
        *,
        {%- for d in definitions %}
        {% if d.value_when %}case when {{ d.value_when }} then {{ d.value }} end{% else %}{{ d.value }}{% endif %}
            as {{ d.columns }}__value{{ ',' if not loop.last }}
        {%- endfor %}
    from definitions

),

definition_rows as (

    select * from definition_values
    unpivot include nulls (
        ({{ value_columns | join(', ') }})
        for definition in (
            {%- for d in definitions %}
            (
                {%- for column in value_columns %}
                {{ d.columns }}__{{ column }}{{ ',' if not loop.last }}
                {%- endfor %}
            ) as {{ d.columns }}{{ ',' if not loop.last }}
            {%- endfor %}
        )
    )

),

final as (

    {{ kept_period_rows(category) }}
    select
        indicator_id,
        {{ entity_period_columns() }},
        numerator,
        denominator,
        value,
        definition_valid_from
    from definition_rows
    where applies

)

select * from final
{%- endmacro %}
