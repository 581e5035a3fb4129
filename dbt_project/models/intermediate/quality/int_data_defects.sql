{#-
    One row per data defect: a source row (system, table, key) that landing quarantined, on every night
    it was delivered, with its latest reason, the case it belongs to and the person responsible for fixing
    it, and the night a corrected row of the same key loaded (fixed_at; null while open). The periods a
    defect touches are those its case was active in (filing to closing, or open-ended while pending),
    else those of the row's own dates; a row with neither touches every period.
-#}
with

quarantined as (

    select * from {{ ref('stg_quality__quarantined_rows') }}

),

fixes as (

    select * from {{ ref('stg_quality__defect_fixes') }}

),

reasons as (

    select * from {{ ref('data_defect_reasons') }}

),

people as (

    select * from {{ ref('dim_person') }}

),

departments as (

    select * from {{ ref('dim_department') }}

),

cases as (

    select
        'trial' as case_system,
        case_id,
        case_number,
        handling_judge_id as responsible_person_id,
        dept_id,
        court_code,
        filing_date,
        closing_date
    from {{ ref('fct_trial_cases') }}

    union all

    select
        'enforcement' as case_system,
        case_id,
        case_number,
        handling_officer_id as responsible_person_id,
        dept_id,
        court_code,
        filing_date,
        closing_date
    from {{ ref('fct_enforcement_cases') }}

),

sightings as (

    select
        system,
        table_name,
        row_key,
        min(loaded_at) as first_seen_at,
        max(loaded_at) as last_seen_at,
        count(distinct batch_id) as nights_seen
    from quarantined
    group by 1, 2, 3

),

latest as (

    select * from (
        select
            quarantined.*,
            row_number() over (
                partition by quarantined.system, quarantined.table_name, quarantined.row_key
                order by quarantined.loaded_at desc, quarantined.source_row asc
            ) as sighting_rank
        from quarantined
    ) as ranked
    where sighting_rank = 1

),

fixed as (

    select
        sightings.system,
        sightings.table_name,
        sightings.row_key,
        min(fixes.loaded_at) as fixed_at
    from sightings
    inner join fixes
        on
            sightings.system = fixes.system
            and sightings.table_name = fixes.table_name
            and sightings.row_key = fixes.row_key
            and sightings.last_seen_at <= fixes.loaded_at
    group by 1, 2, 3

),

final as (

    select
        {{ dbt.hash(dbt.concat(['latest.system', "'.'", 'latest.table_name', "'|'", 'latest.row_key'])) }}
            as defect_id,
        latest.system as source_system,
        latest.table_name as source_table,
        latest.row_key,
        latest.source,
        latest.source_row,
        latest.reason_kind,
        coalesce(reasons.reason_zh, latest.reason_kind) as reason_zh,
        latest.reason as reason_detail,
        latest.case_system,
        coalesce(cases.case_id, latest.case_ref) as case_id,
        coalesce(cases.case_number, latest.case_number_ref) as case_number,
        coalesce(cases.responsible_person_id, latest.person_ref) as responsible_person_id,
        coalesce(cases.dept_id, latest.dept_ref, people.dept_id) as dept_id,
        coalesce(cases.court_code, latest.court_ref, people.court_code, departments.court_code) as court_code,
        case when cases.case_id is not null then cases.filing_date else latest.first_date end as affects_from,
        case when cases.case_id is not null then cases.closing_date else latest.last_date end as affects_to,
        sightings.first_seen_at,
        sightings.last_seen_at,
        sightings.nights_seen,
        fixed.fixed_at,
        fixed.fixed_at is null as is_open
    from latest
    inner join sightings
        on
            latest.system = sightings.system
            and latest.table_name = sightings.table_name
            and latest.row_key = sightings.row_key
    left join fixed
        on
            latest.system = fixed.system
            and latest.table_name = fixed.table_name
            and latest.row_key = fixed.row_key
    left join reasons on latest.reason_kind = reasons.reason_kind
    left join cases
        on
            latest.case_system = cases.case_system
            and latest.case_ref = cases.case_id
    left join people on coalesce(cases.responsible_person_id, latest.person_ref) = people.person_id
    left join departments on coalesce(cases.dept_id, latest.dept_ref) = departments.dept_id

)

select * from final
