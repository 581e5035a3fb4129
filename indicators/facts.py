"""The facts the indicator catalog may count: the whitelist the formula language is checked against.

Each fact (indicators/fact_model.py says what one is) names its mart, the columns that attribute a row to each
level, its period rules and the fields a filter or aggregate may use. Nothing from the catalog reaches SQL except
through these names; field SQL is written here, by programmers, never by the catalog.
"""

from __future__ import annotations

from indicators.court_fees import statutory_court_fee, statutory_court_fee_ratio, statutory_enforcement_fee_ratio
from indicators.fact_model import (
    PERIOD_END,
    ROW,
    Fact,
    Field,
    PeriodRule,
    contract_codes,
    days_between,
)

AGE_AT_END = days_between(f"{ROW}.filing_date", PERIOD_END)  # E - filing_date


def _fields(*items: Field) -> dict[str, Field]:
    return {f.name: f for f in items}


def _periods(*items: PeriodRule) -> dict[str, PeriodRule]:
    return {p.name: p for p in items}


def _codes(*values: str) -> tuple[str, ...]:
    """A code list of a derived field (the workload facts' own codes; never a source column's)."""
    return tuple(values)


TRIAL_TYPES = contract_codes("trial.cases", "case_type_code")
PROCEDURES = contract_codes("trial.cases", "procedure")
TRIAL_CLOSING = contract_codes("trial.cases", "closing_method")
ENFORCEMENT_TYPES = contract_codes("enforcement.enforcement_cases", "case_type_code")
REVIEW_OUTCOMES = contract_codes("trial.cases", "review_outcome")


def _case_periods(filed: str, closed: str) -> dict[str, PeriodRule]:
    return _periods(
        PeriodRule("filed_in", "event", date=filed, doc="filed in P"),
        PeriodRule("closed_in", "event", date=closed, doc="closed in P"),
        PeriodRule("pending_at_end", "pending_at_end", start=filed, end=closed, doc="pending at the end of P"),
        PeriodRule("carried_over", "carried_over", start=filed, end=closed, doc="pending on the day before P"),
    )


_TRIAL_CASE_FIELDS = (
    Field("case_type_code", "string", TRIAL_TYPES, doc="案件类型代字"),
    Field("procedure", "string", PROCEDURES),
    Field("cause_of_action", "string", doc="案由"),
    Field("closing_method", "string", TRIAL_CLOSING),
    Field("review_outcome", "string", REVIEW_OUTCOMES),
    Field("involves_enterprise", "bool", doc="涉企案件"),
    Field("is_first_instance", "bool"),
    Field("is_second_instance", "bool"),
    Field("is_amended_or_remanded", "bool"),
    Field("is_reviewed", "bool", doc="another case has this case as original_case_id"),
    Field("is_reviewed_by_second_instance", "bool"),
    Field("has_statutory_limit", "bool"),
    Field("is_within_limit", "bool"),
    Field("has_time_limit_events", "bool", sql=f"{ROW}.time_limit_event_count > 0"),
    Field("has_extension", "bool", sql=f"{ROW}.extension_days > 0"),
    Field("has_suspension", "bool", sql=f"{ROW}.suspended_days > 0"),
    Field("has_collegial_panel", "bool", sql=f"{ROW}.presiding_judge_id is not null"),
    Field("duration_days", "number", doc="closing - filing - suspended days"),
    Field("elapsed_days", "number", doc="closing - filing"),
    Field("suspended_days", "number"),
    Field("extension_days", "number"),
    Field("claim_amount", "number"),
    Field(
        "statutory_court_fee",
        "number",
        sql=statutory_court_fee(ROW),
        doc="案件受理费 due on the claim by 诉讼费用交纳办法 第十三条, halved by 第十五、十六条 (null without a claim)",
    ),
    Field(
        "statutory_court_fee_ratio",
        "number",
        sql=statutory_court_fee_ratio(ROW),
        doc="statutory_court_fee over the claim amount (null without a claim)",
    ),
    Field("bankruptcy_reorganization", "bool"),
    Field("bankruptcy_total_claims", "number"),
    Field("bankruptcy_recovered_amount", "number"),
    Field("bankruptcy_creditor_count", "number"),
    Field(
        "bankruptcy_recovery_ratio",
        "number",
        sql=f"{ROW}.bankruptcy_recovered_amount / nullif({ROW}.bankruptcy_total_claims, 0)",
        doc="the case's own recovered amount over its total claims (null without claims)",
    ),
    Field("held_hearing_count", "number", doc="hearings held (开庭审理)"),
    Field("has_held_hearing", "bool", sql=f"{ROW}.held_hearing_count > 0", doc="at least one hearing held"),
    Field(
        "age_days_at_end",
        "number",
        sql=AGE_AT_END,
        doc="E - filing_date",
    ),
    Field(
        "age_over_12_months_at_end",
        "bool",
        sql=f"{AGE_AT_END} > 365",
    ),
    Field(
        "age_over_18_months_at_end",
        "bool",
        sql=f"{AGE_AT_END} > 548",
    ),
    Field(
        "age_over_36_months_at_end",
        "bool",
        sql=f"{AGE_AT_END} > 1095",
    ),
    Field(
        "is_over_limit_at_end",
        "bool",
        sql=(f"({AGE_AT_END} - {ROW}.suspended_days > {ROW}.statutory_limit_days)"),
        doc="超审限未结: E - filing - suspended days > limit plus extensions (null without a limit)",
    ),
    Field(
        "closed_by_period_end",
        "bool",
        sql=f"coalesce({ROW}.closing_date <= {PERIOD_END}, false)",
        doc="closed on or before E (for carried-over or filed cases closed within the period)",
    ),
)

FACTS: dict[str, Fact] = {
    f.name: f
    for f in (
        Fact(
            "trial_cases",
            "fct_trial_cases",
            "trial cases (审判案件), one row per case; a case belongs to its handling judge",
            {"court": "court_code", "department": "dept_id", "person": "handling_judge_id"},
            _case_periods("filing_date", "closing_date"),
            _fields(*_TRIAL_CASE_FIELDS),
            key="case_id",
        ),
        Fact(
            "case_reviews",
            "fct_trial_cases",
            "cases that review another case (终/申/再), attributed to the court, department and handling "
            "judge of the case they review",
            {
                "court": "original_court_code",
                "department": "original_dept_id",
                "person": "original_handling_judge_id",
            },
            _case_periods("filing_date", "closing_date"),
            _fields(
                Field("case_type_code", "string", TRIAL_TYPES),
                Field("original_case_type_code", "string", TRIAL_TYPES),
                Field("review_outcome", "string", REVIEW_OUTCOMES),
                Field("is_amended_or_remanded", "bool"),
                Field("is_second_instance", "bool"),
                Field("involves_enterprise", "bool", doc="涉企案件 (flag of the reviewing case)"),
            ),
            where=f"{ROW}.original_case_id is not null",
            key="case_id",
        ),
        Fact(
            "commercial_disputes",
            "int_commercial_disputes",
            "civil and commercial disputes decided at first instance (民初 judgment or mediation), followed through "
            "their appeal (民终) and enforcement (执 on the 民初 or 民终 案号); a dispute belongs to the court, "
            "department and judge of its first instance",
            {"court": "court_code", "department": "dept_id", "person": "handling_judge_id"},
            _periods(
                PeriodRule("effective_in", "event", date="effective_date", doc="effective in P"),
                PeriodRule(
                    "resolved_in", "event", date="enforcement_closing_date", doc="whose enforcement closed in P"
                ),
                PeriodRule("appealed_in", "event", date="appeal_filing_date", doc="whose appeal was filed in P"),
            ),
            _fields(
                Field("involves_enterprise", "bool", doc="涉企案件 (flag of the first instance)"),
                Field("cause_of_action", "string", doc="案由"),
                Field("closing_method", "string", TRIAL_CLOSING),
                Field("is_appealed", "bool"),
                Field("is_effective", "bool", doc="not appealed, or appealed and not remanded"),
                Field("has_enforcement", "bool", doc="an enforcement case (执) was filed on the decision"),
                Field("has_preservation", "bool", doc="a 执保 case names the 民初 案号 (财产保全)"),
                Field(
                    "enforcement_closing_method",
                    "string",
                    contract_codes("enforcement.enforcement_cases", "closing_method"),
                    doc="how the enforcement case closed",
                ),
                Field("enforcement_applied_amount", "number", doc="申请执行标的额 of the enforcement case"),
                Field("enforcement_executed_amount", "number", doc="执行到位金额 of the enforcement case"),
                Field(
                    "enforcement_fee_ratio",
                    "number",
                    sql=statutory_enforcement_fee_ratio(ROW),
                    doc="申请执行费 of 诉讼费用交纳办法 第十四条 over the amount applied for (null without an amount)",
                ),
                Field("is_enforcement_within_limit", "bool", doc="the enforcement case closed within its limit"),
                Field("first_instance_days", "number", doc="一审: closing - filing"),
                Field("appeal_days", "number", doc="二审: closing - filing"),
                Field(
                    "appeal_transfer_days",
                    "number",
                    sql=days_between(f"{ROW}.closing_date", f"{ROW}.appeal_filing_date"),
                    doc="first-instance closing to appeal filing (上诉期 and 上诉案件移送)",
                ),
                Field("enforcement_days", "number", doc="执行: closing - filing"),
                Field("total_days", "number", doc="enforcement closing - first-instance filing"),
            ),
            key="case_id",
        ),
        Fact(
            "enforcement_cases",
            "fct_enforcement_cases",
            "enforcement cases (执行案件); a case belongs to its handling officer",
            {"court": "court_code", "department": "dept_id", "person": "handling_officer_id"},
            _case_periods("filing_date", "closing_date"),
            _fields(
                Field("case_type_code", "string", ENFORCEMENT_TYPES),
                Field("closing_method", "string", contract_codes("enforcement.enforcement_cases", "closing_method")),
                Field("is_first_enforcement", "bool", doc="执 (首次执行)"),
                Field(
                    "enforces_own_court_judgment",
                    "bool",
                    sql=(
                        f"coalesce(position('）' || {ROW}.court_code || '民' in {ROW}.source_case_number) > 0"
                        f" or position('）' || {ROW}.court_code || '刑' in {ROW}.source_case_number) > 0"
                        f" or position('）' || {ROW}.court_code || '行' in {ROW}.source_case_number) > 0, false)"
                    ),
                    doc="执行依据 is a 民/刑/行 case number of the same court (a derived case for 案-件比)",
                ),
                Field(
                    "enforces_prelit_confirmation",
                    "bool",
                    sql=f"coalesce(position('诉前调确' in {ROW}.source_case_number) > 0, false)",
                    doc="执行依据 is a 诉前调确 case: a mediation agreement confirmed by the court and not performed",
                ),
                Field("is_within_limit", "bool"),
                Field("has_extension", "bool", sql=f"{ROW}.extension_days > 0"),
                Field("has_actions", "bool", sql=f"{ROW}.action_count > 0"),
                Field("duration_days", "number"),
                Field("applied_amount", "number"),
                Field("executed_amount", "number"),
                Field("extension_days", "number"),
                Field("action_count", "number"),
                Field(
                    "age_days_at_end",
                    "number",
                    sql=AGE_AT_END,
                ),
                Field(
                    "age_over_12_months_at_end",
                    "bool",
                    sql=f"{AGE_AT_END} > 365",
                ),
            ),
            key="case_id",
        ),
        Fact(
            "enforcement_actions",
            "fct_enforcement_actions",
            "enforcement measures (执行措施), attributed to the case's handling officer",
            {"court": "court_code", "department": "dept_id", "person": "handling_officer_id"},
            _periods(PeriodRule("taken_in", "event", date="action_date", doc="taken in P")),
            _fields(
                Field("action_type", "string", contract_codes("enforcement.enforcement_actions", "action_type")),
                Field("amount", "number"),
            ),
            key="action_id",
        ),
        Fact(
            "hearings",
            "fct_hearings",
            "hearings (庭审); a hearing belongs to its presiding judge",
            {"court": "court_code", "department": "dept_id", "person": "presiding_id"},
            _periods(
                PeriodRule("scheduled_in", "event", date="scheduled_date", doc="scheduled in P"),
                PeriodRule("held_in", "event", date="held_date", doc="held in P"),
            ),
            _fields(
                Field("status", "string", contract_codes("trial.hearings", "status")),
                Field("livestreamed", "bool", doc="庭审直播"),
                Field("held_on_schedule", "bool", sql=f"{ROW}.held_date = {ROW}.scheduled_date"),
                Field("duration_minutes", "number"),
                Field("case_type_code", "string", TRIAL_TYPES),
            ),
            key="hearing_id",
        ),
        Fact(
            "documents",
            "fct_documents",
            "judgment documents (裁判文书); a document belongs to its case's court, department and judge",
            {"court": "court_code", "department": "dept_id", "person": "handling_judge_id"},
            _periods(
                PeriodRule("signed_in", "event", date="signed_date", doc="signed in P"),
                PeriodRule("published_in", "event", date="published_date", doc="published online in P"),
            ),
            _fields(
                Field("doc_type", "string", contract_codes("trial.documents", "doc_type")),
                Field("published_online", "bool", doc="裁判文书上网"),
                Field("has_errata", "bool", sql=f"{ROW}.errata_count > 0"),
                Field("errata_count", "number"),
                Field(
                    "days_to_publish",
                    "number",
                    sql=days_between(f"{ROW}.signed_date", f"{ROW}.published_date"),
                ),
                Field("case_type_code", "string", TRIAL_TYPES),
            ),
            key="doc_id",
        ),
        Fact(
            "case_inspections",
            "fct_case_inspections",
            "case-quality inspections (案件质量评查), attributed to the person held responsible",
            {"court": "court_code", "department": "dept_id", "person": "responsible_person_id"},
            _periods(PeriodRule("inspected_in", "event", date="inspection_date", doc="inspected in P")),
            _fields(
                Field("inspection_type", "string", contract_codes("trial.case_inspections", "inspection_type")),
                Field("result", "string", contract_codes("trial.case_inspections", "result")),
                Field("score", "number"),
                Field("defect_count", "number"),
            ),
            key="inspection_id",
        ),
        Fact(
            "petitions",
            "fct_petitions",
            "petitions (涉诉信访); a petition belongs to its handler and the handler's department then",
            {"court": "court_code", "department": "handler_dept_id", "person": "handler_id"},
            _periods(
                PeriodRule("received_in", "event", date="received_date", doc="received in P"),
                PeriodRule("resolved_in", "event", date="resolved_date", doc="resolved in P"),
                PeriodRule(
                    "open_at_end",
                    "pending_at_end",
                    start="received_date",
                    end="resolved_date",
                    doc="open at E",
                ),
                PeriodRule(
                    "open_at_start",
                    "carried_over",
                    start="received_date",
                    end="resolved_date",
                    doc="open on the day before P (信访积案 carried into the period)",
                ),
            ),
            _fields(
                Field("channel", "string", contract_codes("petition.petitions", "channel")),
                Field("category", "string", contract_codes("petition.petitions", "category")),
                Field("is_repeat", "bool", doc="重复访"),
                Field("is_collective", "bool", doc="集体访"),
                Field("escalated_to", "string", contract_codes("petition.petitions", "escalated_to")),
                Field("resolution", "string", contract_codes("petition.petitions", "resolution")),
                Field("satisfaction", "string", contract_codes("petition.petitions", "satisfaction")),
                Field("is_resolved", "bool", sql=f"{ROW}.resolved_date is not null"),
                Field("is_resolved_on_time", "bool", doc="resolved_date <= due_date"),
                Field(
                    "resolved_by_period_end",
                    "bool",
                    sql=f"coalesce({ROW}.resolved_date <= {PERIOD_END}, false)",
                ),
                Field(
                    "is_overdue_at_end",
                    "bool",
                    sql=(
                        f"{ROW}.due_date < {PERIOD_END}"
                        f" and ({ROW}.resolved_date is null or {ROW}.resolved_date > {ROW}.due_date)"
                    ),
                ),
                Field("has_related_case", "bool", sql=f"{ROW}.related_case_number is not null"),
                Field(
                    "days_to_resolve",
                    "number",
                    sql=days_between(f"{ROW}.received_date", f"{ROW}.resolved_date"),
                ),
            ),
            key="petition_id",
        ),
        Fact(
            "mediations",
            "fct_mediations",
            "mediations (诉前 / 诉中调解) on the dispute-resolution platform; a mediation belongs to its guiding judge",
            {"court": "court_code", "person": "guiding_judge_id"},
            _periods(
                PeriodRule("received_in", "event", date="received_date", doc="received in P"),
                PeriodRule("closed_in", "event", date="closed_date", doc="closed in P"),
                PeriodRule("open_at_end", "pending_at_end", start="received_date", end="closed_date", doc="open at E"),
            ),
            _fields(
                Field("stage", "string", contract_codes("mediation.mediations", "stage")),
                Field("dispute_type", "string"),
                Field("mediator_type", "string", contract_codes("mediation.mediations", "mediator_type")),
                Field("result", "string", contract_codes("mediation.mediations", "result")),
                Field("judicial_confirmation", "bool", doc="司法确认"),
                Field("is_converted_to_case", "bool", sql=f"{ROW}.converted_case_number is not null"),
                Field(
                    "closed_by_period_end",
                    "bool",
                    sql=f"coalesce({ROW}.closed_date <= {PERIOD_END}, false)",
                ),
                Field("amount", "number"),
                Field(
                    "days_to_close",
                    "number",
                    sql=days_between(f"{ROW}.received_date", f"{ROW}.closed_date"),
                ),
            ),
            key="mediation_id",
        ),
        Fact(
            "conduct_events",
            "fct_conduct_events",
            "conduct and supervision records (队伍监督), attributed to the person's posting on the event date",
            {"court": "court_code", "department": "dept_id", "person": "person_id"},
            _periods(PeriodRule("occurred_in", "event", date="event_date", doc="occurred in P")),
            _fields(
                Field("event_type", "string", contract_codes("conduct.conduct_events", "event_type")),  # fmt: skip
                Field("severity", "string", contract_codes("conduct.conduct_events", "severity")),
                Field("verified", "bool"),
                Field("source", "string", contract_codes("conduct.conduct_events", "source")),
            ),
            key="event_id",
        ),
        Fact(
            "work_items",
            "fct_work_items",
            "work items of comprehensive departments (综合部门工作)",
            {"court": "court_code", "department": "dept_id", "person": "person_id"},
            _periods(PeriodRule("dated_in", "event", date="item_date", doc="dated in P")),
            _fields(
                Field("item_type", "string", contract_codes("office.work_items", "item_type")),  # fmt: skip
                Field("quantity", "number"),
                Field("quality_grade", "string", contract_codes("office.work_items", "quality_grade")),
                Field("adopted_level", "string", contract_codes("office.work_items", "adopted_level")),
            ),
            key="item_id",
        ),
        Fact(
            "evaluations",
            "fct_evaluations",
            "democratic and leader evaluations (民主测评 / 领导评价) of a person, for the period they name",
            {"person": "person_id"},
            _periods(PeriodRule("for_period", "label", doc="evaluations whose period is P itself")),
            _fields(
                Field("evaluator_role", "string", contract_codes("office.evaluations", "evaluator_role")),
                Field("score", "number"),
            ),
            key="evaluation_id",
        ),
        Fact(
            "case_workload",
            "int_case_weights",
            "trial and enforcement cases with their workload weight w; a case counts once for its court and department",
            {"court": "court_code", "department": "dept_id"},
            _periods(
                PeriodRule("filed_in", "event", date="filing_date", doc="filed in P"),
                PeriodRule("closed_in", "event", date="closing_date", doc="closed in P"),
            ),
            _fields(
                Field("case_kind", "string", _codes("trial", "enforcement")),
                Field("case_type_code", "string", (*TRIAL_TYPES, *ENFORCEMENT_TYPES)),
                Field("case_weight", "number", doc="w from config/workload/case_weights.csv"),
                Field("has_configured_weight", "bool"),
            ),
            key="case_id",
        ),
        Fact(
            "workload_credits",
            "int_workload_credits",
            "workload credits: one row per person and case, w times the share of the person's role on it",
            {"person": "person_id"},
            _periods(
                PeriodRule("filed_in", "event", date="filing_date", doc="filed in P"),
                PeriodRule("closed_in", "event", date="closing_date", doc="closed in P"),
            ),
            _fields(
                Field("case_kind", "string", _codes("trial", "enforcement")),
                Field("case_type_code", "string", (*TRIAL_TYPES, *ENFORCEMENT_TYPES)),
                Field("case_role", "string", _codes("handling", "panel_member", "assistant", "clerk")),
                Field("case_weight", "number"),
                Field("credit", "number", doc="w times the role's share"),
            ),
            key="case_id",
        ),
        Fact(
            "quota_judges",
            "int_quota_judge_postings",
            "postings of quota judges (员额法官), for per-judge indicators",
            {"court": "court_code", "department": "dept_id"},
            _periods(PeriodRule("posted_in", "overlaps", start="valid_from", end="valid_to", doc="posting overlaps P")),
            _fields(Field("person_id", "string")),
            key="posting_id",
        ),
    )
}
