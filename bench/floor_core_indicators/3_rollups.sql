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

