{#-
    Keyed hash for parties' and petitioners' personal information (names, ID and phone numbers).

    pii_hash(expr) = lowercase hex SHA-256 of (var('pii_hash_key') || expr); null stays null.
    The key comes from COURTPERF_PII_HASH_KEY (see dbt_project.yml): without it a hash cannot be
    reversed by hashing guessed names or ID numbers. Dispatched so the same models run on Spark.
-#}
{% macro pii_hash(expr) -%}
    {{ return(adapter.dispatch('pii_hash', 'courtperf')(expr)) }}
{%- endmacro %}

{% macro pii_hash_key_literal() -%}
    '{{ var("pii_hash_key") | replace("'", "''") }}'
{%- endmacro %}

{% macro default__pii_hash(expr) -%}
    case
        when {{ expr }} is null then null
        else sha2(concat({{ pii_hash_key_literal() }}, cast({{ expr }} as {{ dbt.type_string() }})), 256)
    end
{%- endmacro %}

{% macro duckdb__pii_hash(expr) -%}
    case
        when {{ expr }} is null then null
        else sha256({{ pii_hash_key_literal() }} || cast({{ expr }} as {{ dbt.type_string() }}))
    end
{%- endmacro %}
