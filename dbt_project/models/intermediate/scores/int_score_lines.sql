{#-
    Every line of every member's score, in the order they are explained: a note when the member moved
    during the period, one line per indicator of the peer group, one per verified conduct event, cap
    lines, a clamp line when the subtotal leaves [0, 100], and a rounding line bringing the sum to the
    cent. The total IS the sum of these lines (decimal arithmetic, exact), so an explanation always
    reproduces the total.
-#}
{{ config(**period_incremental_config('scores')) }}
{%- set s = dbt.type_string() %}
{#- an indicator line's columns, then a conduct line's: selected on their own lines, null on the others -#}
{%- set indicator_columns = [
    ('indicator_id', s), ('indicator_name_zh', s), ('rule', s), ('direction', s), ('value', 'double'),
    ('benchmark_target', 'double'), ('benchmark_floor', 'double'), ('interval_lower', 'double'),
    ('interval_upper', 'double'), ('tolerance', 'double'), ('peer_median', 'double'),
    ('peer_count', dbt.type_bigint()), ('points', 'double'), ('configured_weight', 'double'),
    ('effective_weight', 'double'),
] %}
{%- set event_columns = [('event_id', s), ('event_type', s), ('severity', s), ('event_date', 'date')] %}
with

members as (

    {{ rows_to_rebuild(ref('int_score_members'), 'scores') }}

),

contributions as (

    {{ rows_to_rebuild(ref('int_score_contributions'), 'scores') }}

),

adjustments as (

    {{ rows_to_rebuild(ref('int_score_adjustments'), 'scores') }}

),

indicator_lines as (

    select
        {{ entity_period_columns() }},
        'indicator' as line_type,
        dimension,
        {{ column_names(indicator_columns) }},
        {{ null_columns(event_columns) }},
        contribution,
        case
            when value is null then '本期无数值：权重转给同维度的其他指标'
            when abs(effective_weight - configured_weight) > 0.000001
                then '权重上调：承接同维度无数值指标的权重'
        end as note
    from contributions

),

adjustment_lines as (

    select
        {{ entity_period_columns() }},
        line_type,
        cast('conduct' as {{ s }}) as dimension,
        {{ null_columns(indicator_columns) }},
        {{ column_names(event_columns) }},
        contribution,
        case
            when line_type = 'deduction_cap' then '扣分超过上限的部分不计'
            when line_type = 'bonus_cap' then '加分超过上限的部分不计'
        end as note
    from adjustments

),

scored_lines as (

    select * from indicator_lines
    union all
    select * from adjustment_lines

),

subtotals as (

    select
        {{ entity_period_columns() }},
        cast(sum(contribution) as decimal(12, 4)) as subtotal
    from scored_lines
    group by 1, 2, 3, 4

),

clamped as (

    select
        *,
        cast(case
            when subtotal < 0 then -subtotal
            when subtotal > 100 then 100 - subtotal
            else 0
        end as decimal(12, 4)) as clamp
    from subtotals

),

rounded as (

    select
        *,
        cast(
            cast(round(subtotal + clamp, 2) as decimal(12, 2)) - (subtotal + clamp) as decimal(12, 4)
        ) as rounding
    from clamped

),

closing_lines as (

    {%- for kind, note in [
        ('clamp', '总分限定在 0 至 100 分之间'),
        ('rounding', '总分四舍五入到 0.01 分'),
    ] %}
        select
            {{ entity_period_columns() }},
            '{{ kind }}' as line_type,
            {{ kind }} as contribution,
            '{{ note }}' as note
        from rounded
        where {{ kind }} != 0
        {{- "\n    union all" if not loop.last }}
    {%- endfor %}

),

note_lines as (

    select
        {{ entity_period_columns() }},
        'note' as line_type,
        cast(0 as decimal(12, 4)) as contribution,
        {{ dbt.concat([
            "'本期调岗（'", "cast(posting_count as " ~ s ~ ")",
            "' 个岗位）：按主要岗位在同类组 '", "peer_group_name_zh", "' 评分（部门 '",
            "dept_id", "'，'", "cast(main_posting_days as " ~ s ~ ")", "'/'",
            "cast(days_in_period as " ~ s ~ ")", "' 天）'",
        ]) }} as note
    from members
    where is_mover

),

other_lines as (

    select * from closing_lines
    union all
    select * from note_lines

),

all_lines as (

    select * from scored_lines
    union all
    select
        {{ entity_period_columns() }},
        line_type,
        cast(null as {{ s }}) as dimension,
        {{ null_columns(indicator_columns) }},
        {{ null_columns(event_columns) }},
        contribution,
        note
    from other_lines

),

final as (

    select
        all_lines.*,
        members.peer_group_id,
        members.scoring_config_version,
        cast(row_number() over (
            partition by all_lines.level, all_lines.entity_id, all_lines.period_type, all_lines.period
            order by
                case all_lines.line_type
                    when 'note' then 0 when 'indicator' then 1 when 'deduction' then 2 when 'bonus' then 3
                    when 'deduction_cap' then 4 when 'bonus_cap' then 5 when 'clamp' then 6 else 7
                end,
                all_lines.dimension nulls last,
                all_lines.indicator_id nulls last,
                all_lines.event_date nulls last,
                all_lines.event_id nulls last
        ) as {{ dbt.type_int() }}) as line_number
    from all_lines
    inner join members
        on
            {{ same_entity_period('all_lines', 'members') }}

)

{{ kept_period_rows('scores') }}select * from final
