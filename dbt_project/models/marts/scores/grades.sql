{#-
    考核等次: one row per member of a graded level (grades.yaml) and month, quarter or year, with the grade and
    the rule that decided it. Months and quarters take the regular scale (好/较好/一般/较差), years the annual
    one (优秀/称职/基本称职/不称职); year to date is not graded.
      1. not graded when posted for less than min_service_share of the period (不定等次);
      2. band: the first grade whose min_total the total reaches;
      3. veto: the strictest verified conduct event of the period caps the grade (cfg_grade_vetoes);
      4. quota: of the band's top grade, at most floor(quota_share × graded in the unit) are kept, highest totals
         first; at equal totals the higher workload first (tie_break = workload); those still tied at the
         boundary all drop to the second grade when they would not all fit.
    A grade is provisional while its period has not ended at the data's as-of date (int_supervision_as_of) or
    open source-data defects touch the member (score_totals.data_defects).
-#}
with

totals as (

    select * from {{ ref('score_totals') }}
    where period_type in ('month', 'quarter', 'year')

),

settings as (

    select * from {{ ref('cfg_grade_settings') }}

),

bands as (

    select * from {{ ref('cfg_grade_bands') }}

),

vetoes as (

    select * from {{ ref('cfg_grade_vetoes') }}

),

periods as (

    select * from {{ ref('int_indicator_periods') }}

),

events as (

    select * from {{ ref('fct_conduct_events') }}
    where verified

),

as_of as (

    select as_of_date from {{ ref('int_supervision_as_of') }}

),

open_periods as (

    select
        periods.period_type,
        periods.period
    from periods
    cross join as_of
    where periods.period_end > as_of.as_of_date

),

members as (

    select
        totals.*,
        case when totals.period_type = 'year' then 'annual' else 'regular' end as scale,
        settings.min_service_share,
        settings.quota_share,
        settings.tie_break,
        case when settings.quota_unit = 'peer_group' then '*' else totals.court_code end as quota_court,
        -- a department or court has no posting: only people can be short of service
        coalesce(totals.posted_days >= settings.min_service_share * totals.days_in_period, true) as is_graded
    from totals
    inner join settings on totals.level = settings.level

),

banded as (

    select
        members.level,
        members.entity_id,
        members.period_type,
        members.period,
        min(bands.position) as band_position
    from members
    inner join bands
        on
            members.scale = bands.scale
            and (bands.min_total is null or members.total >= bands.min_total)
    group by 1, 2, 3, 4

),

event_vetoes as (

    select
        members.level,
        members.entity_id,
        members.period_type,
        members.period,
        vetoes.cap_position,
        events.event_id,
        events.event_type,
        events.event_date,
        row_number() over (
            partition by members.level, members.entity_id, members.period_type, members.period
            order by vetoes.cap_position desc, events.event_date asc, events.event_id asc
        ) as strictness
    from members
    inner join periods
        on members.period_type = periods.period_type and members.period = periods.period
    inner join events
        on
            members.level = 'person'
            and members.entity_id = events.person_id
            and periods.period_start <= events.event_date
            and periods.period_end >= events.event_date
    inner join vetoes
        on
            events.event_type = vetoes.event_type
            and (vetoes.severity = '*' or events.severity = vetoes.severity)

),

capped as (

    select
        members.*,
        banded.band_position,
        event_vetoes.cap_position,
        event_vetoes.event_id as veto_event_id,
        event_vetoes.event_type as veto_event_type,
        event_vetoes.event_date as veto_event_date,
        case
            when event_vetoes.cap_position > banded.band_position then event_vetoes.cap_position
            else banded.band_position
        end as capped_position,
        case when members.tie_break = 'workload' then coalesce(members.workload_value, -1) else 0 end as tie_key
    from members
    inner join banded
        on
            {{ same_entity_period('members', 'banded') }}
    left join event_vetoes
        on
            {{ same_entity_period('members', 'event_vetoes') }}
            and event_vetoes.strictness = 1

),

units as (

    select
        capped.*,
        sum(case when capped.is_graded then 1 else 0 end) over (
            partition by capped.level, capped.quota_court, capped.peer_group_id, capped.period_type, capped.period
        ) as graded_in_unit
    from capped

),

quotas as (

    select
        units.*,
        cast(floor(units.quota_share * units.graded_in_unit + 0.000001) as {{ dbt.type_int() }}) as quota
    from units

),

candidates as (

    select
        {{ entity_period_columns() }},
        rank() over (
            partition by level, quota_court, peer_group_id, period_type, period
            order by total desc, tie_key desc
        ) as quota_rank,
        count(*) over (
            partition by level, quota_court, peer_group_id, period_type, period, total, tie_key
        ) as tied
    from quotas
    where is_graded and capped_position = 1

),

decided as (

    select
        quotas.*,
        candidates.quota_rank,
        candidates.tied,
        case
            when not quotas.is_graded then null
            when quotas.capped_position > 1 then quotas.capped_position
            when candidates.quota_rank + candidates.tied - 1 <= quotas.quota then 1
            else 2
        end as grade_position
    from quotas
    left join candidates
        on
            {{ same_entity_period('quotas', 'candidates') }}

),

named as (

    select
        decided.*,
        case
            when not decided.is_graded then 'not_graded'
            when decided.cap_position > decided.band_position then 'veto'
            when decided.band_position = 1 and decided.grade_position > 1 then 'quota'
            else 'band'
        end as decided_by,
        grade_bands.grade,
        band_bands.grade as band_grade,
        band_bands.min_total as band_min_total,
        open_periods.period is not null as is_period_open
    from decided
    left join open_periods
        on decided.period_type = open_periods.period_type and decided.period = open_periods.period
    left join bands as grade_bands
        on decided.scale = grade_bands.scale and decided.grade_position = grade_bands.position
    left join bands as band_bands
        on decided.scale = band_bands.scale and decided.band_position = band_bands.position

),

final as (

    select
        {{ entity_period_columns() }},
        court_code,
        dept_id,
        role,
        peer_group_id,
        peer_group_name_zh,
        scale,
        total,
        is_graded,
        grade,
        cast(grade_position as {{ dbt.type_int() }}) as grade_position,
        decided_by,
        case decided_by
            when 'not_graded' then {{ dbt.concat([
                "'不定等次：在岗 '", "cast(posted_days as " ~ dbt.type_string() ~ ")", "' 天，不足期间 '",
                "cast(days_in_period as " ~ dbt.type_string() ~ ")", "' 天的 '",
                "cast(cast(round(min_service_share * 100) as " ~ dbt.type_int() ~ ") as " ~ dbt.type_string() ~ ")",
                "'%'"]) }}
            when 'veto' then {{ dbt.concat([
                "'一票否决（经查实的作风纪律事件，详见纪检监察记录）：总分 '", "cast(total as " ~ dbt.type_string() ~ ")",
                "' 对应 '", "band_grade", "'，最高只能定为 '", "grade"]) }}
            when 'quota' then {{ dbt.concat([
                "'总分 '", "cast(total as " ~ dbt.type_string() ~ ")", "' 达到 '", "band_grade",
                "' 的分数线，但名额 '", "cast(quota as " ~ dbt.type_string() ~ ")", "' 人（本单位定等次 '",
                "cast(graded_in_unit as " ~ dbt.type_string() ~ ")", "' 人的 '",
                "cast(cast(round(quota_share * 100) as " ~ dbt.type_int() ~ ") as " ~ dbt.type_string() ~ ")",
                "'%，向下取整），排第 '", "cast(quota_rank as " ~ dbt.type_string() ~ ")",
                "case when tied > 1 then " ~ dbt.concat(["'（'", "cast(tied as " ~ dbt.type_string() ~ ")",
                                                          "' 人并列）'"]) ~ " else '' end",
                "'，定为 '", "grade"]) }}
            else {{ dbt.concat([
                "'总分 '", "cast(total as " ~ dbt.type_string() ~ ")",
                "case when band_min_total is null then '' else "
                ~ dbt.concat(["' ≥ '", number_text("band_min_total")]) ~ " end",
                "'，定为 '", "grade",
                "case when grade_position = 1 then "
                ~ dbt.concat(["'（名额 '", "cast(quota as " ~ dbt.type_string() ~ ")", "' 人，排第 '",
                              "cast(quota_rank as " ~ dbt.type_string() ~ ")", "'）'"])
                ~ " else '' end"]) }}
        end as decided_reason,
        band_grade,
        cast(graded_in_unit as {{ dbt.type_int() }}) as graded_in_unit,
        cast(case when is_graded then quota end as {{ dbt.type_int() }}) as quota,
        cast(quota_rank as {{ dbt.type_int() }}) as quota_rank,
        veto_event_id,
        veto_event_type,
        veto_event_date,
        is_period_open,
        is_period_open or data_defects > 0 as is_provisional,
        scoring_config_version
    from named

)

select * from final
