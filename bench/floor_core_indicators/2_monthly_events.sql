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

