"""Labels of the dashboard and the period report: Chinese first, English on request.

Indicator names come from the catalog (`name_zh` / `name_en` in marts.indicator_catalog); this module holds
only the words of the screens themselves and the codes of the marts (roles, dimensions, periods, warnings).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas only for the dashboard's tables: the period report and the Definitions do not load it
    import pandas as pd

ZH, EN = "zh", "en"

_WORDS: dict[str, tuple[str, str]] = {
    # pages and sections
    "title": ("审判质效可视化大屏", "Court performance dashboard"),
    "overview": ("法院总览", "Court overview"),
    "department": ("部门视图", "Department"),
    "person": ("个人业绩档案", "Personal record"),
    "warnings": ("预警列表", "Warnings"),
    "catalog": ("指标目录", "Indicator catalog"),
    "defects_page": ("数据质量", "Data quality"),
    "defects_intro": (
        "数据质量整改清单：夜间入库时被隔离的源数据行，由责任人在源系统中更正；更正后的行入库即视为已整改。"
        "未整改的问题所涉人员、部门和法院的结果为暂定。",
        "Data-defect worklist: source rows quarantined at landing, to be corrected in the source system by the "
        "person responsible; a defect is fixed when a corrected row loads. Results they touch are provisional.",
    ),
    "no_defects_mart": (
        "数据质量整改清单尚未发布（marts.data_defects）",
        "The data-defect worklist is not published (marts.data_defects)",
    ),
    "no_open_defects": ("无待整改的源数据问题", "No open data defects"),
    "include_fixed": ("包含已整改", "Include fixed"),
    "group_by": ("分组", "Group by"),
    "group_court": ("按法院", "Court"),
    "group_department": ("按部门", "Department"),
    "group_person": ("按责任人", "Responsible person"),
    "defects_by_group": ("分组统计", "By group"),
    "defect_list": ("整改清单", "Worklist"),
    "defect_trend": ("每晚待整改问题数", "Open defects per night"),
    "provisional_note": ("暂定（provisional）：{n} 条源数据问题待整改", "Provisional: {n} source-data defects to fix"),
    "see_defects": ("查看数据质量整改清单", "See the data-defect worklist"),
    "open_defects_total": ("待整改源数据问题", "Open data defects"),
    "key_indicators": ("关键指标", "Key indicators"),
    "trend": ("趋势", "Trend"),
    "courts_compared": ("各院对比", "Courts compared"),
    "departments_compared": ("各部门对比", "Departments compared"),
    "ranking": ("排名", "Ranking"),
    "ranking_person": ("人员排名", "Ranking of people"),
    "ranking_department": ("部门排名", "Ranking of departments"),
    "court_ranking_off": ("法院排名未开启（2024年起不对法院排名）", "Courts are not ranked (since 2024)"),
    "data_quality": ("数据质量（最近一次发布）", "Data quality (last publication)"),
    "published": ("数据发布于", "Published at"),
    "run": ("运行", "run"),
    "quality_ok": ("全部阻断性检查通过", "All blocking checks passed"),
    "quality_failed": ("存在未通过的检查", "Some checks failed"),
    "totals_over_time": ("总分与排名变化", "Totals and ranks over time"),
    "dimension_points": ("各维度得分变化", "Dimension points over time"),
    "explanation": ("得分说明", "Score explanation"),
    "explanation_sum": ("说明合计", "Sum of the lines"),
    "total": ("总分", "Total"),
    "strengths": ("优势指标", "Strengths"),
    "weaknesses": ("短板指标", "Weaknesses"),
    "no_data": ("所选条件下没有数据", "No data for this selection"),
    # sign-in (dashboard/signin.py) and the audit of views
    "signin_title": ("请登录", "Please sign in"),
    "username": ("用户名", "Username"),
    "password": ("密码", "Password"),
    "signin": ("登录", "Sign in"),
    "signin_sso": ("使用单位统一身份认证登录", "Sign in with the court's single sign-on"),
    "sso_no_staff_id": ("统一身份认证未提供工号", "The single sign-on gave no staff id"),
    "signout": ("退出登录", "Sign out"),
    "signin_wrong": ("用户名或密码错误", "Wrong username or password"),
    "signin_locked": (
        "连续输错密码次数过多，账号已临时锁定，请稍后再试或联系管理员",
        "Too many wrong passwords: the account is locked for a while; try later or ask an administrator",
    ),
    "signin_disabled": ("该账号已停用，请联系管理员", "This account is disabled; ask the administrator"),
    "signin_no_scope": ("无法确定您的查看范围", "Your view cannot be determined"),
    "session_expired": ("登录已过期，请重新登录", "Your session has expired: please sign in again"),
    "session_invalid": ("登录凭据无效，请重新登录", "Your session is not valid: please sign in again"),
    "session_disabled": ("该账号已停用，请联系管理员", "This account is disabled; ask the administrator"),
    "signed_out": ("已退出登录", "Signed out"),
    "signed_in_as": ("当前用户", "Signed in as"),
    "scope_all": ("查看范围：全市两级法院", "sees: every court"),
    "scope_court": ("查看范围：本院", "sees: their court"),
    "scope_department": ("查看范围：本部门", "sees: their department"),
    "scope_self": ("查看范围：本人及同组排名", "sees: their own record and their peer group's ranking"),
    "person_not_visible": ("您无权查看该人员的记录", "You may not see this person's record"),
    "viewed_by": ("谁查看了我的记录", "Who looked at my record"),
    "conduct_page": ("纪检监察", "Conduct records"),
    "grades_page": ("考核等次与奖金", "Grades and bonus"),
    "grade": ("考核等次", "Grade"),
    "decided_by": ("决定依据", "Decided by"),
    "decided_reason": ("等次说明", "Why this grade"),
    "graded_period_only": (
        "年初至今不评定等次：请选择月度、季度或年度",
        "Year to date is not graded: choose a month, quarter or year",
    ),
    "no_grade": ("本期无考核等次", "No grade for this period"),
    "grade_period_open": ("暂定：本期尚未结束", "Provisional: the period has not ended"),
    "grade_provisional": (
        "暂定：源数据问题整改后可能变化",
        "Provisional: may change once source-data defects are fixed",
    ),
    "bonus_amount": ("绩效奖金", "Performance bonus"),
    "bonus_hidden": (
        "奖金金额仅本人及有权限的领导可见",
        "Bonus amounts are shown only to the person and to leaders entitled to see them",
    ),
    "no_bonus": (
        "本期尚未分配奖金（期间关闭后由政治部执行 courtperf bonus）",
        "No bonus allocated for this period yet (the political department runs courtperf bonus after the close)",
    ),
    "grade_distribution": ("奖惩分布", "Grade distribution"),
    "bonus_table": ("奖金分配表", "Bonus allocation"),
    "headcount": ("人数", "Headcount"),
    "quota_cut": ("名额所限", "Quota cut"),
    "vetoed": ("一票否决", "Vetoed"),
    "amount": ("金额（元）", "Amount (yuan)"),
    "text": ("说明", "Explanation"),
    "role_coefficient": ("角色系数", "Role coefficient"),
    "grade_coefficient": ("等次系数", "Grade coefficient"),
    "score_factor": ("分数系数", "Score factor"),
    "by_court": ("按法院", "By court"),
    "by_department": ("按部门", "By department"),
    "conduct_needs_restricted": (
        "纪检监察记录只在受限副本中发布：请配置 COURTPERF_PUBLISHED_RESTRICTED（见 docs/bi.md）",
        "Conduct records are published only in the restricted copy: set COURTPERF_PUBLISHED_RESTRICTED (docs/bi.md)",
    ),
    "viewer": ("查看人", "Viewer"),
    "viewer_name": ("查看人姓名", "Viewer's name"),
    "occurred_at": ("时间", "When"),
    "what": ("查看内容", "What"),
    "origin": ("来源地址", "From"),
    "no_warnings_mart": ("预警数据尚未发布（marts.warnings）", "Warnings are not published yet (marts.warnings)"),
    "no_published": ("尚无发布的数据：请先运行夜间任务（courtperf run）", "Nothing published yet: run courtperf run"),
    "open_only": ("仅显示未关闭", "Open only"),
    "warnings_counted": (
        "共 {n} 条预警（按等级列出前 {shown} 条，红色在前）",
        "{n} warnings (the first {shown} listed, red first)",
    ),
    "search": ("搜索", "Search"),
    "formula": ("计算公式", "Formula"),
    "valid": ("适用期间", "In force"),
    "reference_interval": ("参考区间", "Reference interval"),
    "people": ("人员", "People"),
    "choose_person": ("选择人员", "Person"),
    "choose_department": ("选择部门", "Department"),
    "choose_indicator": ("对比指标", "Indicator"),
    "peer_group": ("同类组", "Peer group"),
    # filters
    "filters": ("筛选", "Filters"),
    "language": ("语言 / Language", "语言 / Language"),
    "period_type": ("期间类型", "Period type"),
    "period": ("期间", "Period"),
    "court": ("法院", "Court"),
    "all": ("全部", "All"),
    "city_total": ("两级法院合计", "All courts (two-level total)"),
    # 指标全景
    "screens": ("指标全景", "All indicators"),
    "wall": ("大屏轮播", "Wall screen"),
    # 辅助决策
    "decisions": ("辅助决策", "Decision support"),
    "whom": ("对象", "Whom"),
    "distribution": ("各年度总分分布（同类组）", "Totals by year in the peer group"),
    "rank_mobility": ("排名变动", "Rank mobility"),
    "mobility_counts": ("上升 {up} 人 · 下降 {down} 人 · 不变 {same} 人", "up {up} · down {down} · same {same}"),
    "heat_map": ("各院指标与合理区间", "Courts against the reference intervals"),
    "better_than_interval": ("优于区间", "better than the interval"),
    "worse_than_interval": ("劣于区间", "worse than the interval"),
    "department_strengths": ("部门优势与薄弱指标", "A department's strengths and weaknesses"),
    "vs_previous": ("环比", "vs previous period"),
    "vs_last_year": ("同比", "vs last year"),
    "position": ("合理区间位置", "Against the interval"),
    "below_interval": ("低于区间", "below"),
    "within_interval": ("区间内", "within"),
    "above_interval": ("高于区间", "above"),
    "percentage_points": ("个百分点", "pp"),
    "partial_period": ("期间未结束，数据截至 {as_of}", "partial period: data as of {as_of}"),
    "indicator_explorer": ("指标对比与走势", "Compare and trend"),
    "compare_by": ("对比", "Compare"),
    "records_behind": ("案件明细：分子与分母的每一件", "The cases behind the value"),
    "records_counted": (
        "分子 {n} 件 · 分母 {d} 件 · 未计入分子 {only} 件（显示前 {shown} 件）",
        "numerator {n} · denominator {d} · not in the numerator {only} (first {shown} shown)",
    ),
    "catalog_changed": (
        "指标目录已更新，下一次夜间运行后可查看案件明细",
        "The catalog changed: the cases are listed after the next night",
    ),
    "not_itemised": (
        "该指标的明细不在发布库中（如人口、工作量折算）",
        "Not itemised in the published copy (population, workload)",
    ),
    "part": ("分子/分母", "Part"),
    "counted": ("计入条件", "What counted"),
    "record_label": ("案号", "Case number"),
    "person_name": ("承办人", "Responsible"),
    "record_start": ("开始（立案）", "From (filed)"),
    "record_end": ("结束（结案）", "To (closed)"),
    "record_id": ("记录编号", "Record id"),
    "role": ("岗位", "Role"),
    # column headers
    "rank_in_peer_group": ("组内排名", "Rank"),
    "peer_group_size": ("组内人数", "Group size"),
    "entity_id": ("编号", "ID"),
    "name": ("名称", "Name"),
    "court_code": ("法院", "Court"),
    "dept_id": ("部门", "Department"),
    "peer_group_name_zh": ("同类组", "Peer group"),
    "percentile": ("百分位", "Percentile"),
    "not_ranked_reason": ("未排名原因", "Why not ranked"),
    "line_number": ("行", "Line"),
    "line_type": ("类型", "Type"),
    "dimension": ("维度", "Dimension"),
    "indicator_name_zh": ("指标", "Indicator"),
    "indicator": ("指标", "Indicator"),
    "value": ("指标值", "Value"),
    "points": ("得分", "Points"),
    "effective_weight": ("权重", "Weight"),
    "contribution": ("贡献分", "Contribution"),
    "note": ("说明", "Note"),
    "peer_median": ("同类中位数", "Peer median"),
    "gap_to_median": ("与中位数差距", "Gap to median"),
    "level": ("等级", "Level"),
    "rule": ("规则", "Rule"),
    "warning_title": ("预警内容", "Warning"),
    "first_seen": ("首次发现", "First seen"),
    "last_seen": ("最近发现", "Last seen"),
    "closed_on": ("关闭日期", "Closed on"),
    "person_id": ("责任人", "Responsible"),
    "name_zh": ("指标名称", "Name (zh)"),
    "name_en": ("英文名称", "Name (en)"),
    "category_name_zh": ("类别", "Category"),
    "unit": ("单位", "Unit"),
    "direction": ("方向", "Direction"),
    "formula_in_words": ("计算公式", "Formula"),
    "table_name": ("数据表", "Table"),
    "rows_read": ("读取", "Read"),
    "rows_loaded": ("入库", "Loaded"),
    "rows_quarantined": ("隔离", "Quarantined"),
    "checks_passed": ("检查通过", "Checks passed"),
    "checks_failed": ("检查未通过", "Checks failed"),
    "errors_failed": ("阻断性失败", "Blocking failures"),
    "rank_change": ("名次变化", "Rank change"),
    "previous_rank": ("上期排名", "Previous rank"),
    "data_defects": ("待整改数据问题", "Open data defects"),
    "provisional": ("暂定", "Provisional"),
    "court_name": ("法院", "Court"),
    "dept_name": ("部门", "Department"),
    "responsible": ("责任人", "Responsible"),
    "case_number": ("案号", "Case number"),
    "event_date": ("日期", "Date"),
    "event_type": ("事项", "Event"),
    "severity": ("严重程度", "Severity"),
    "is_commendation": ("表彰", "Commendation"),
    "verified": ("已核实", "Verified"),
    "reason_zh": ("问题", "Defect"),
    "reason_detail": ("详情", "Detail"),
    "source_table": ("源数据表", "Source table"),
    "row_key": ("源数据主键", "Row key"),
    "nights_seen": ("出现夜数", "Nights seen"),
    "fixed_on": ("整改日期", "Fixed on"),
    "open_defects": ("待整改", "Open"),
    "fixed_defects": ("已整改", "Fixed"),
    "night": ("入库日期", "Night"),
}

CODES: dict[str, dict[str, tuple[str, str]]] = {
    "part": {
        "numerator": ("分子", "numerator"), "denominator": ("分母", "denominator"),
        "denominator_only": ("未计入分子", "not in the numerator"),
    },
    "event_type": {  # conduct events (纪检监察) and time-limit events of a case
        "verified_complaint": ("投诉属实", "Verified complaint"), "overdue_case": ("超审限", "Overdue case"),
        "document_error": ("文书差错", "Document error"), "hearing_absence": ("庭审缺席", "Hearing absence"),
        "late_upload": ("上传不及时", "Late upload"), "disciplinary_action": ("纪律处分", "Disciplinary action"),
        "wrongful_judgment": ("错案", "Wrongful judgment"),
        "integrity_violation": ("违反廉政规定", "Integrity violation"),
        "commendation": ("表彰", "Commendation"), "extension": ("审限延长", "Extension"),
        "suspension": ("审限中止", "Suspension"), "deduction": ("审限扣除", "Deduction"),
    },
    "severity": {"minor": ("轻微", "Minor"), "moderate": ("一般", "Moderate"), "severe": ("严重", "Severe")},
    "period_type": {"year": ("年度", "Year"), "quarter": ("季度", "Quarter"), "month": ("月度", "Month"),
                    "ytd": ("年初至今", "Year to date")},
    "role": {
        "president": ("院长", "President"), "vice_president": ("副院长", "Vice president"),
        "division_chief": ("庭长", "Division chief"), "deputy_division_chief": ("副庭长", "Deputy division chief"),
        "judge": ("法官", "Judge"), "judge_assistant": ("法官助理", "Judge assistant"), "clerk": ("书记员", "Clerk"),
        "enforcement_officer": ("执行员", "Enforcement officer"), "judicial_police": ("司法警察", "Judicial police"),
        "admin_staff": ("综合行政人员", "Administrative staff"),
    },
    "dimension": {"efficiency": ("效率", "Efficiency"), "quality": ("质量", "Quality"), "effect": ("效果", "Effect"),
                  "workload": ("工作量", "Workload"), "evaluation": ("评价", "Evaluation"),
                  "conduct": ("纪律作风", "Conduct")},
    "level": {"red": ("红色", "Red"), "yellow": ("黄色", "Yellow"), "green": ("绿色", "Green")},
    "rule": {
        "time_limit": ("审限预警", "Time limit"), "long_pending": ("长期未结", "Long pending"),
        # closed warnings of the one-per-level rules that came before (kept as history in marts.warnings)
        "time_limit_80": ("审限已过80%", "80% of time limit used"), "time_limit_100": ("超审限", "Time limit exceeded"),
        "long_pending_12m": ("长期未结（12个月）", "Pending over 12 months"),
        "long_pending_18m": ("长期未结（18个月）", "Pending over 18 months"),
        "long_pending_36m": ("长期未结（36个月）", "Pending over 36 months"),
        "conduct_risk": ("廉政风险", "Conduct risk"), "indicator_anomaly": ("指标异常", "Indicator anomaly"),
        "petition_overdue": ("信访超期", "Petition overdue"),
    },
    "line_type": {"indicator": ("指标", "Indicator"), "deduction": ("扣分", "Deduction"), "bonus": ("加分", "Bonus"),
                  "rounding": ("舍入", "Rounding"), "clamp": ("封顶/保底", "Clamp"), "note": ("说明", "Note")},
    "direction": {"higher": ("越高越好", "Higher is better"), "lower": ("越低越好", "Lower is better")},
    "kind": {"strength": ("优势", "Strength"), "weakness": ("短板", "Weakness")},
    "decided_by": {"band": ("分数段", "Score band"), "quota": ("名额所限", "Quota"), "veto": ("一票否决", "Veto"),
                   "not_graded": ("不定等次", "Not graded")},
}  # fmt: skip


def word(key: str, lang: str = ZH) -> str:
    zh, en = _WORDS[key]
    return zh if lang == ZH else en


def code(kind: str, value, lang: str = ZH) -> str:
    """A code of the marts in words (`judge` -> 法官); unknown codes are shown as they are."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    pair = CODES.get(kind, {}).get(str(value))
    return str(value) if pair is None else pair[0 if lang == ZH else 1]


def labelled(df: pd.DataFrame, lang: str = ZH) -> pd.DataFrame:
    """Codes in words and column headers translated, for display (the data underneath is unchanged)."""
    out = df.copy()
    for column in out.columns:
        if column in CODES:
            out[column] = [code(column, v, lang) for v in out[column]]
    return out.rename(columns={c: word(c, lang) if c in _WORDS else c for c in out.columns})
