-- The floor of bench/bench_indicators.py: ONE hand-written DuckDB query computing every core indicator of
-- shared/spec/core_indicators.md (every id, every level it declares, every month, quarter, year and
-- year to date of the calendar of intermediate.int_indicator_periods) straight from the marts.
--
-- Written for speed, the way an analyst who knows the data would write it:
--   * event measures (filed in, closed in, held in, ...) are aggregated once per (court, department,
--     person, calendar month) and then rolled up to the periods, which are all unions of whole months;
--   * stock measures (pending at E, carried over = pending at S - 1, long pending, median age) depend
--     only on a day, and every period end (and every S - 1) is a month end: they are computed once per
--     distinct day, not once per period;
--   * workload weights and credits are recomputed here from the marts with the default configuration
--     (config/workload/*.csv), not read from the engine's models.
-- Output: (indicator_id, level, entity_id, period_type, period, numerator, denominator, value), with the
-- engine's conventions for numerator / denominator (counts and sums: denominator null; averages: sum and
-- count; medians: the median and the count; complement ratios: the complemented numerator).
with

-- the calendar: every month from the first to the last month with trial or enforcement activity
activity as (

    select
        min(least(filing_date, coalesce(closing_date, filing_date))) as first_day,
        max(greatest(filing_date, coalesce(closing_date, filing_date))) as last_day
    from marts.fct_trial_cases

    union all

    select
        min(least(filing_date, coalesce(closing_date, filing_date))),
        max(greatest(filing_date, coalesce(closing_date, filing_date)))
    from marts.fct_enforcement_cases

),

bounds as (

    select
        cast(date_trunc('month', min(first_day)) as date) as first_month,
        cast(date_trunc('month', max(last_day)) as date) as last_month
    from activity

),

calendar_months as (

    select cast(m as date) as month_start
    from bounds, generate_series(bounds.first_month, bounds.last_month, interval 1 month) as g (m)

),

periods as materialized (

    select distinct
        'month' as period_type,
        strftime(month_start, '%Y-%m') as period,
        month_start as period_start,
        cast(month_start + interval 1 month - interval 1 day as date) as period_end
    from calendar_months
    union all
    select distinct
        'quarter',
        strftime(month_start, '%Y') || '-Q' || cast(quarter(month_start) as varchar),
        cast(date_trunc('quarter', month_start) as date),
        cast(date_trunc('quarter', month_start) + interval 3 month - interval 1 day as date)
    from calendar_months
    union all
    select distinct
        'year',
        strftime(month_start, '%Y'),
        cast(date_trunc('year', month_start) as date),
        cast(date_trunc('year', month_start) + interval 1 year - interval 1 day as date)
    from calendar_months
    union all
    select
        'ytd',
        strftime(month_start, '%Y-%m'),
        cast(date_trunc('year', month_start) as date),
        cast(month_start + interval 1 month - interval 1 day as date)
    from calendar_months

),

-- every month any period covers (quarters and years may run past the activity months), and the periods
-- each month falls in
month_periods as materialized (

    select
        cast(m.month_start as date) as month_start,
        p.period_type,
        p.period
    from (
        select generate_series as month_start
        from
            generate_series(
                (select min(period_start) from periods),
                (select max(period_end) from periods),
                interval 1 month
            )
    ) as m
    inner join periods as p
        on m.month_start between p.period_start and p.period_end

),

-- the days stock measures are taken on: each period's end, and the day before each period's start
stock_days as (

    select period_end as stock_day from periods
    union
    select cast(period_start - 1 as date) from periods

),

-- trial cases closed, per (court, department, judge, closing month)
trial_closed_m as (

    select
        court_code,
        dept_id,
        handling_judge_id as person_id,
        cast(date_trunc('month', closing_date) as date) as month_start,
        count(*) as closed,
        count(*) filter (where is_within_limit) as wl_num,
        count(*) filter (where has_statutory_limit) as wl_den,
        sum(duration_days) as dur_sum,
        count(duration_days) as dur_cnt,
        count(*) filter (where closing_method = 'mediation') as med,
        count(*) filter (where closing_method = 'withdrawal') as wd,
        count(*) filter (where closing_method in ('mediation', 'withdrawal')) as medwd,
        count(*) filter (where is_first_instance and closing_method in ('judgment', 'ruling')) as appeal_den,
        count(*) filter (
            where is_first_instance and closing_method in ('judgment', 'ruling') and is_reviewed_by_second_instance
        ) as appeal_num,
        count(*) filter (where is_first_instance) as fi,
        count(*) filter (where is_first_instance and is_reviewed) as fi_reviewed,
        count(*) filter (where is_second_instance) as si,
        count(*) filter (where is_second_instance and review_outcome in ('amended', 'remanded')) as si_rev,
        count(*) filter (where elapsed_days <= 180) as le180,
        sum(duration_days) filter (where case_type_code = '民初' and involves_enterprise) as ent_dur_sum,
        count(duration_days) filter (where case_type_code = '民初' and involves_enterprise) as ent_dur_cnt,
        count(*) filter (where involves_enterprise and is_within_limit) as ent_wl_num,
        count(*) filter (where involves_enterprise and has_statutory_limit) as ent_wl_den,
        sum(elapsed_days) filter (where case_type_code = '破') as bk_el_sum,
        count(elapsed_days) filter (where case_type_code = '破') as bk_el_cnt,
        sum(bankruptcy_recovered_amount) filter (where case_type_code = '破') as bk_rec_sum,
        sum(bankruptcy_total_claims) filter (where case_type_code = '破') as bk_claims_sum
    from marts.fct_trial_cases
    where closing_date is not null
    group by all

),

trial_filed_m as (

    select
        court_code,
        dept_id,
        handling_judge_id as person_id,
        cast(date_trunc('month', filing_date) as date) as month_start,
        count(*) as filed,
        count(*) filter (where case_type_code in ('民初', '行初')) as lawsuits
    from marts.fct_trial_cases
    group by all

),

-- second-instance cases closed, counted for the court, department and judge of the case they review
reviews_m as (

    select
        original_court_code as court_code,
        original_dept_id as dept_id,
        original_handling_judge_id as person_id,
        cast(date_trunc('month', closing_date) as date) as month_start,
        count(*) filter (where is_second_instance and review_outcome in ('amended', 'remanded')) as rev_num
    from marts.fct_trial_cases
    where original_case_id is not null and closing_date is not null
    group by all

),

enforcement_m as (

    select
        court_code,
        dept_id,
        handling_officer_id as person_id,
        cast(date_trunc('month', closing_date) as date) as month_start,
        count(*) as enf_closed,
        count(*) filter (where case_type_code = '执') as e_first,
        count(*) filter (where case_type_code = '执' and closing_method = 'fully_executed') as e_full,
        count(*) filter (where case_type_code = '执' and closing_method = 'terminated_procedure') as e_term,
        count(*) filter (where case_type_code = '执' and closing_date - filing_date <= 180 + extension_days)
            as e_within,
        sum(executed_amount) filter (where case_type_code = '执') as e_exec_sum,
        sum(applied_amount) filter (where case_type_code = '执') as e_appl_sum
    from marts.fct_enforcement_cases
    where closing_date is not null
    group by all

),

documents_m as (

    select
        court_code,
        dept_id,
        handling_judge_id as person_id,
        cast(date_trunc('month', signed_date) as date) as month_start,
        count(*) as docs,
        count(*) filter (where published_online) as docs_online
    from marts.fct_documents
    where signed_date is not null
    group by all

),

hearings_held_m as (

    select
        court_code,
        dept_id,
        presiding_id as person_id,
        cast(date_trunc('month', held_date) as date) as month_start,
        count(*) filter (where status = 'held') as held,
        count(*) filter (where status = 'held' and livestreamed) as held_live
    from marts.fct_hearings
    where held_date is not null
    group by all

),

hearings_scheduled_m as (

    select
        court_code,
        dept_id,
        presiding_id as person_id,
        cast(date_trunc('month', scheduled_date) as date) as month_start,
        count(*) filter (where status in ('held', 'postponed')) as sched_den,
        count(*) filter (where status = 'held' and held_date = scheduled_date) as sched_num
    from marts.fct_hearings
    where scheduled_date is not null
    group by all

),

-- petitions: resolved in time for the indicator means resolved_date <= E, i.e. resolved in E's month or
-- before, so the month of resolution is kept
petitions_m as (

    select
        court_code,
        handler_dept_id as dept_id,
        handler_id as person_id,
        cast(date_trunc('month', received_date) as date) as month_start,
        case
            when resolution in ('resolved', 'explained') then cast(date_trunc('month', resolved_date) as date)
        end as resolved_month,
        count(*) as pet_recv,
        count(*) filter (where resolved_date <= due_date) as pet_ontime,
        count(*) filter (where is_repeat) as pet_repeat
    from marts.fct_petitions
    where received_date is not null
    group by all

),

-- mediations are court-level indicators only
mediations_m as (

    select
        court_code,
        cast(date_trunc('month', closed_date) as date) as month_start,
        count(*) filter (where stage = 'pre_litigation' and result = 'success') as prelit_succ,
        count(*) filter (where stage = 'pre_litigation' and result in ('success', 'failed')) as prelit_dec,
        count(*) filter (where result = 'success' and judicial_confirmation) as jc
    from marts.fct_mediations
    where closed_date is not null
    group by all

),

-- workload: the default case-weight table and role shares of config/workload
weights (case_type_code, procedure, weight) as (

    values
    ('民初', 'ordinary', 1.0), ('民初', 'simple', 0.6), ('民初', 'small_claims', 0.4), ('民终', '*', 1.2),
    ('民申', '*', 0.5), ('刑申', '*', 0.5), ('行申', '*', 0.5), ('民再', '*', 1.5), ('刑再', '*', 1.5),
    ('民特', '*', 0.3), ('刑初', 'ordinary', 1.5), ('刑初', 'simple', 0.8), ('刑初', 'speedy', 0.4),
    ('刑终', '*', 1.5), ('行初', '*', 1.3), ('行终', '*', 1.3), ('破', '*', 5.0), ('诉前调确', '*', 0.2),
    ('执', '*', 0.5), ('执恢', '*', 0.3), ('执异', '*', 0.4), ('执复', '*', 0.4), ('执监', '*', 0.4),
    ('执保', '*', 0.1)

),

weighted_cases as materialized (

    select
        'trial' as case_kind,
        c.case_id,
        c.court_code,
        c.dept_id,
        c.handling_judge_id as handler_id,
        c.assistant_id,
        c.clerk_id,
        cast(date_trunc('month', c.closing_date) as date) as month_start,
        cast(coalesce(exact.weight, star.weight, 1.0) as double) as w
    from marts.fct_trial_cases as c
    left join weights as exact on c.case_type_code = exact.case_type_code and c.procedure = exact.procedure
    left join weights as star on c.case_type_code = star.case_type_code and star.procedure = '*'
    where c.closing_date is not null

    union all

    select
        'enforcement',
        c.case_id,
        c.court_code,
        c.dept_id,
        c.handling_officer_id,
        c.assistant_id,
        c.clerk_id,
        cast(date_trunc('month', c.closing_date) as date),
        cast(coalesce(star.weight, 1.0) as double)
    from marts.fct_enforcement_cases as c
    left join weights as star on c.case_type_code = star.case_type_code and star.procedure = '*'
    where c.closing_date is not null

),

case_weight_m as (

    select
        court_code,
        dept_id,
        cast(null as varchar) as person_id,
        month_start,
        sum(w) as wl_case
    from weighted_cases
    group by all

),

-- a person with several roles on a case gets only the largest share
case_roles as (

    select case_kind, case_id, handler_id as person_id, 1.0 as share from weighted_cases
    union all
    select case_kind, case_id, assistant_id, 0.5 from weighted_cases
    union all
    select case_kind, case_id, clerk_id, 0.4 from weighted_cases
    union all
    select 'trial', case_id, person_id, 0.3
    from marts.fct_panel_members
    where panel_role in ('presiding', 'member')

),

credits_m as (

    select
        cast(null as varchar) as court_code,
        cast(null as varchar) as dept_id,
        r.person_id,
        c.month_start,
        sum(r.share * c.w) as wl_credit
    from (
        select case_kind, case_id, person_id, max(share) as share
        from case_roles
        where person_id is not null
        group by all
    ) as r
    inner join weighted_cases as c
        on r.case_kind = c.case_kind and r.case_id = c.case_id
    group by all

),

-- all monthly event measures, rolled up to periods and to the three levels at once
monthly as (

    select * from trial_closed_m
    union all by name
    select * from trial_filed_m
    union all by name
    select * from reviews_m
    union all by name
    select * from enforcement_m
    union all by name
    select * from documents_m
    union all by name
    select * from hearings_held_m
    union all by name
    select * from hearings_scheduled_m
    union all by name
    select * from petitions_m
    union all by name
    select * from mediations_m
    union all by name
    select * from case_weight_m
    union all by name
    select * from credits_m

),

event_measures as (

    select
        case
            when grouping(m.court_code) = 0 then 'court'
            when grouping(m.dept_id) = 0 then 'department'
            else 'person'
        end as level,
        coalesce(
            case when grouping(m.court_code) = 0 then m.court_code end,
            case when grouping(m.dept_id) = 0 then m.dept_id end,
            case when grouping(m.person_id) = 0 then m.person_id end
        ) as entity_id,
        mp.period_type,
        mp.period,
        sum(closed) as closed,
        sum(wl_num) as wl_num,
        sum(wl_den) as wl_den,
        sum(dur_sum) as dur_sum,
        sum(dur_cnt) as dur_cnt,
        sum(med) as med,
        sum(wd) as wd,
        sum(medwd) as medwd,
        sum(appeal_num) as appeal_num,
        sum(appeal_den) as appeal_den,
        sum(fi) as fi,
        sum(fi_reviewed) as fi_reviewed,
        sum(si) as si,
        sum(si_rev) as si_rev,
        sum(le180) as le180,
        sum(ent_dur_sum) as ent_dur_sum,
        sum(ent_dur_cnt) as ent_dur_cnt,
        sum(ent_wl_num) as ent_wl_num,
        sum(ent_wl_den) as ent_wl_den,
        sum(bk_el_sum) as bk_el_sum,
        sum(bk_el_cnt) as bk_el_cnt,
        sum(bk_rec_sum) as bk_rec_sum,
        sum(bk_claims_sum) as bk_claims_sum,
        sum(filed) as filed,
        sum(lawsuits) as lawsuits,
        sum(rev_num) as rev_num,
        sum(enf_closed) as enf_closed,
        sum(e_first) as e_first,
        sum(e_full) as e_full,
        sum(e_term) as e_term,
        sum(e_within) as e_within,
        sum(e_exec_sum) as e_exec_sum,
        sum(e_appl_sum) as e_appl_sum,
        sum(docs) as docs,
        sum(docs_online) as docs_online,
        sum(held) as held,
        sum(held_live) as held_live,
        sum(sched_den) as sched_den,
        sum(sched_num) as sched_num,
        sum(pet_recv) as pet_recv,
        sum(pet_recv) filter (
            where m.resolved_month is not null and m.resolved_month <= p.period_end
        ) as pet_resolved,
        sum(pet_ontime) as pet_ontime,
        sum(pet_repeat) as pet_repeat,
        sum(prelit_succ) as prelit_succ,
        sum(prelit_dec) as prelit_dec,
        sum(jc) as jc,
        sum(wl_case) as wl_case,
        sum(wl_credit) as wl_credit
    from monthly as m
    inner join month_periods as mp on m.month_start = mp.month_start
    inner join periods as p on mp.period_type = p.period_type and mp.period = p.period
    group by grouping sets (
        (m.court_code, mp.period_type, mp.period),
        (m.dept_id, mp.period_type, mp.period),
        (m.person_id, mp.period_type, mp.period)
    )

),

-- trial cases pending on each stock day, per level
stock as materialized (

    select
        case
            when grouping(c.court_code) = 0 then 'court'
            when grouping(c.dept_id) = 0 then 'department'
            else 'person'
        end as level,
        coalesce(
            case when grouping(c.court_code) = 0 then c.court_code end,
            case when grouping(c.dept_id) = 0 then c.dept_id end,
            case when grouping(c.handling_judge_id) = 0 then c.handling_judge_id end
        ) as entity_id,
        d.stock_day,
        count(*) as pending,
        count(*) filter (where d.stock_day - c.filing_date > 365) as long_pending,
        median(d.stock_day - c.filing_date) as median_age
    from marts.fct_trial_cases as c
    inner join stock_days as d
        on c.filing_date <= d.stock_day and (c.closing_date is null or c.closing_date > d.stock_day)
    group by grouping sets (
        (c.court_code, d.stock_day), (c.dept_id, d.stock_day), (c.handling_judge_id, d.stock_day)
    )

),

stock_measures as (

    select
        s.level,
        s.entity_id,
        p.period_type,
        p.period,
        s.pending,
        s.long_pending,
        s.median_age,
        cast(null as bigint) as carried
    from stock as s
    inner join periods as p on s.stock_day = p.period_end

    union all

    select
        s.level,
        s.entity_id,
        p.period_type,
        p.period,
        null,
        null,
        null,
        s.pending
    from stock as s
    inner join periods as p on s.stock_day = p.period_start - 1

),

quota_judges as (

    select
        case when grouping(j.court_code) = 0 then 'court' else 'department' end as level,
        coalesce(case when grouping(j.court_code) = 0 then j.court_code end, j.dept_id) as entity_id,
        p.period_type,
        p.period,
        count(distinct j.person_id) as judges
    from intermediate.int_person_postings as j
    inner join periods as p
        on j.valid_from <= p.period_end and (j.valid_to is null or j.valid_to >= p.period_start)
    where j.is_quota_judge
    group by grouping sets ((j.court_code, p.period_type, p.period), (j.dept_id, p.period_type, p.period))

),

-- every court in every period (population for lawsuits per 10,000 people)
courts as (

    select
        'court' as level,
        c.court_code as entity_id,
        p.period_type,
        p.period,
        c.jurisdiction_population as population
    from marts.dim_court as c
    cross join periods as p

),

wide as materialized (

    select
        keys.level,
        keys.entity_id,
        keys.period_type,
        keys.period,
        any_value(p.period_end - p.period_start + 1) as days_in_period,
        cast(max(population) as double) as population,
        cast(sum(closed) as double) as closed,
        cast(sum(wl_num) as double) as wl_num,
        cast(sum(wl_den) as double) as wl_den,
        cast(sum(dur_sum) as double) as dur_sum,
        cast(sum(dur_cnt) as double) as dur_cnt,
        cast(sum(med) as double) as med,
        cast(sum(wd) as double) as wd,
        cast(sum(medwd) as double) as medwd,
        cast(sum(appeal_num) as double) as appeal_num,
        cast(sum(appeal_den) as double) as appeal_den,
        cast(sum(fi) as double) as fi,
        cast(sum(fi_reviewed) as double) as fi_reviewed,
        cast(sum(si) as double) as si,
        cast(sum(si_rev) as double) as si_rev,
        cast(sum(le180) as double) as le180,
        cast(sum(ent_dur_sum) as double) as ent_dur_sum,
        cast(sum(ent_dur_cnt) as double) as ent_dur_cnt,
        cast(sum(ent_wl_num) as double) as ent_wl_num,
        cast(sum(ent_wl_den) as double) as ent_wl_den,
        cast(sum(bk_el_sum) as double) as bk_el_sum,
        cast(sum(bk_el_cnt) as double) as bk_el_cnt,
        cast(sum(bk_rec_sum) as double) as bk_rec_sum,
        cast(sum(bk_claims_sum) as double) as bk_claims_sum,
        cast(sum(filed) as double) as filed,
        cast(sum(lawsuits) as double) as lawsuits,
        cast(sum(rev_num) as double) as rev_num,
        cast(sum(enf_closed) as double) as enf_closed,
        cast(sum(e_first) as double) as e_first,
        cast(sum(e_full) as double) as e_full,
        cast(sum(e_term) as double) as e_term,
        cast(sum(e_within) as double) as e_within,
        cast(sum(e_exec_sum) as double) as e_exec_sum,
        cast(sum(e_appl_sum) as double) as e_appl_sum,
        cast(sum(docs) as double) as docs,
        cast(sum(docs_online) as double) as docs_online,
        cast(sum(held) as double) as held,
        cast(sum(held_live) as double) as held_live,
        cast(sum(sched_den) as double) as sched_den,
        cast(sum(sched_num) as double) as sched_num,
        cast(sum(pet_recv) as double) as pet_recv,
        cast(sum(pet_resolved) as double) as pet_resolved,
        cast(sum(pet_ontime) as double) as pet_ontime,
        cast(sum(pet_repeat) as double) as pet_repeat,
        cast(sum(prelit_succ) as double) as prelit_succ,
        cast(sum(prelit_dec) as double) as prelit_dec,
        cast(sum(jc) as double) as jc,
        cast(sum(wl_case) as double) as wl_case,
        cast(sum(wl_credit) as double) as wl_credit,
        cast(sum(pending) as double) as pending,
        cast(sum(long_pending) as double) as long_pending,
        cast(max(median_age) as double) as median_age,
        cast(sum(carried) as double) as carried,
        cast(sum(judges) as double) as judges
    from (
        select * from event_measures
        union all by name
        select * from stock_measures
        union all by name
        select * from quota_judges
        union all by name
        select * from courts
    ) as keys
    inner join periods as p on keys.period_type = p.period_type and keys.period = p.period
    where keys.entity_id is not null
    group by keys.level, keys.entity_id, keys.period_type, keys.period

),

-- numerator n, denominator d and kind of every core indicator; `lv` lists the levels it is defined at
-- (c = court, d = department, p = person). Kinds: c = count / sum (d null), r = ratio, a = average,
-- m = median, x = complement ratio, k = per 10,000 people
spec as (

    select
        level,
        entity_id,
        period_type,
        period,
        unnest([
            {'id': 'filed_cases', 'lv': 'cdp', 'k': 'c', 'n': coalesce(filed, 0), 'd': null, 's': 1},
            {'id': 'closed_cases', 'lv': 'cdp', 'k': 'c', 'n': coalesce(closed, 0), 'd': null, 's': 1},
            {'id': 'carried_over_cases', 'lv': 'cdp', 'k': 'c', 'n': coalesce(carried, 0), 'd': null, 's': 1},
            {'id': 'pending_cases_end', 'lv': 'cdp', 'k': 'c', 'n': coalesce(pending, 0), 'd': null, 's': 1},
            {
                'id': 'closure_rate', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(closed, 0), 'd': coalesce(carried, 0) + coalesce(filed, 0), 's': 1
            },
            {'id': 'clearance_rate', 'lv': 'cdp', 'k': 'r', 'n': coalesce(closed, 0), 'd': coalesce(filed, 0), 's': 1},
            {
                'id': 'disposition_time_days', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(pending, 0), 'd': coalesce(closed, 0), 's': days_in_period
            },
            {
                'id': 'within_limit_closure_rate', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(wl_num, 0), 'd': coalesce(wl_den, 0), 's': 1
            },
            {
                'id': 'avg_duration_days', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(dur_sum, 0), 'd': coalesce(dur_cnt, 0), 's': 1
            },
            {'id': 'long_pending_12m', 'lv': 'cdp', 'k': 'c', 'n': coalesce(long_pending, 0), 'd': null, 's': 1},
            {
                'id': 'long_pending_ratio', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(long_pending, 0), 'd': coalesce(pending, 0), 's': 1
            },
            {'id': 'mediation_rate', 'lv': 'cdp', 'k': 'r', 'n': coalesce(med, 0), 'd': coalesce(closed, 0), 's': 1},
            {'id': 'withdrawal_rate', 'lv': 'cdp', 'k': 'r', 'n': coalesce(wd, 0), 'd': coalesce(closed, 0), 's': 1},
            {
                'id': 'mediation_withdrawal_rate', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(medwd, 0), 'd': coalesce(closed, 0), 's': 1
            },
            {
                'id': 'appeal_rate', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(appeal_num, 0), 'd': coalesce(appeal_den, 0), 's': 1
            },
            {
                'id': 'acceptance_rate', 'lv': 'cdp', 'k': 'x',
                'n': coalesce(fi_reviewed, 0), 'd': coalesce(fi, 0), 's': 1
            },
            {
                'id': 'first_instance_reversal_rate', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(rev_num, 0), 'd': coalesce(fi, 0), 's': 1
            },
            {
                'id': 'second_instance_reversal_rate', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(si_rev, 0), 'd': coalesce(si, 0), 's': 1
            },
            {
                'id': 'cases_closed_per_judge', 'lv': 'cd', 'k': 'r',
                'n': coalesce(closed, 0), 'd': coalesce(judges, 0), 's': 1
            },
            {
                'id': 'document_online_rate', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(docs_online, 0), 'd': coalesce(docs, 0), 's': 1
            },
            {
                'id': 'livestream_rate', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(held_live, 0), 'd': coalesce(held, 0), 's': 1
            },
            {
                'id': 'trial_date_certainty', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(sched_num, 0), 'd': coalesce(sched_den, 0), 's': 1
            },
            {'id': 'age_pending_median_days', 'lv': 'cdp', 'k': 'm', 'n': median_age, 'd': coalesce(pending, 0), 's': 1},
            {
                'id': 'time_to_disposition_180d', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(le180, 0), 'd': coalesce(closed, 0), 's': 1
            },
            {'id': 'enf_closed_cases', 'lv': 'cdp', 'k': 'c', 'n': coalesce(enf_closed, 0), 'd': null, 's': 1},
            {
                'id': 'enf_full_execution_rate', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(e_full, 0), 'd': coalesce(e_first, 0), 's': 1
            },
            {
                'id': 'enf_recovery_rate', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(e_exec_sum, 0), 'd': coalesce(e_appl_sum, 0), 's': 1
            },
            {
                'id': 'enf_terminated_procedure_rate', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(e_term, 0), 'd': coalesce(e_first, 0), 's': 1
            },
            {
                'id': 'enf_within_limit_rate', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(e_within, 0), 'd': coalesce(e_first, 0), 's': 1
            },
            {
                'id': 'prelit_mediation_success_rate', 'lv': 'c', 'k': 'r',
                'n': coalesce(prelit_succ, 0), 'd': coalesce(prelit_dec, 0), 's': 1
            },
            {'id': 'lawsuits_per_10k', 'lv': 'c', 'k': 'k', 'n': coalesce(lawsuits, 0), 'd': population, 's': 10000},
            {'id': 'judicial_confirmation_count', 'lv': 'c', 'k': 'c', 'n': coalesce(jc, 0), 'd': null, 's': 1},
            {'id': 'petitions_received', 'lv': 'cdp', 'k': 'c', 'n': coalesce(pet_recv, 0), 'd': null, 's': 1},
            {
                'id': 'petition_resolution_rate', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(pet_resolved, 0), 'd': coalesce(pet_recv, 0), 's': 1
            },
            {
                'id': 'petition_on_time_rate', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(pet_ontime, 0), 'd': coalesce(pet_recv, 0), 's': 1
            },
            {
                'id': 'repeat_petition_rate', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(pet_repeat, 0), 'd': coalesce(pet_recv, 0), 's': 1
            },
            {
                'id': 'petitions_per_100_closed', 'lv': 'c', 'k': 'r',
                'n': coalesce(pet_recv, 0), 'd': coalesce(closed, 0) + coalesce(enf_closed, 0), 's': 100
            },
            {
                'id': 'enterprise_avg_duration_days', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(ent_dur_sum, 0), 'd': coalesce(ent_dur_cnt, 0), 's': 1
            },
            {
                'id': 'enterprise_within_limit_rate', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(ent_wl_num, 0), 'd': coalesce(ent_wl_den, 0), 's': 1
            },
            {
                'id': 'bankruptcy_avg_duration_days', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(bk_el_sum, 0), 'd': coalesce(bk_el_cnt, 0), 's': 1
            },
            {
                'id': 'bankruptcy_recovery_rate', 'lv': 'cdp', 'k': 'r',
                'n': coalesce(bk_rec_sum, 0), 'd': coalesce(bk_claims_sum, 0), 's': 1
            },
            {
                'id': 'weighted_workload', 'lv': 'cdp', 'k': 'c',
                'n': coalesce(wl_case, 0) + coalesce(wl_credit, 0), 'd': null, 's': 1
            }
        ]) as i
    from wide

)

select
    i.id as indicator_id,
    level,
    entity_id,
    period_type,
    period,
    cast(i.n as double) as numerator,
    cast(i.d as double) as denominator,
    cast(
        case i.k
            when 'c' then i.n
            when 'm' then case when i.d > 0 then i.n end
            when 'x' then case when i.d != 0 then 1 - i.n / i.d end
            when 'k' then case when i.d > 0 then i.n / i.d * i.s end
            else case when i.d != 0 then i.n / i.d * i.s end
        end as double
    ) as value
from spec
where contains(i.lv, left(level, 1))
