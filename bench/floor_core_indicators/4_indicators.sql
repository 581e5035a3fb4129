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
