{#-
    below + fraction * (above - below) in decimals, for a peer pool's quantile (int_score_points), so that
    rounding it is exact and the same on every engine: two doubles' midpoint rounded as a double is a tie
    that DuckDB and Spark break differently. decimal(30, 12) keeps values up to 10^18; the fraction
    (position - floor(position), one decimal digit) is decimal(2, 1), so Spark never trims the scale.
-#}
{% macro pool_interpolation(below, above, fraction) -%}
    cast({{ below }} as decimal(30, 12))
    + cast({{ fraction }} as decimal(2, 1))
    * (cast(coalesce({{ above }}, {{ below }}) as decimal(30, 12)) - cast({{ below }} as decimal(30, 12)))
{%- endmacro %}
