"""The demo court systems as a typical vendor delivers them (`courtperf generate --layout vendor`), with the mapping
files that load them: the same rows as the contract layout of the same seed, in another shape.

- Columns named by pinyin abbreviation (案号 AH, 立案日期 LARQ, 结案日期 JARQ, 承办人 CBR, 结案方式 JAFS …), tables
  by the vendor's prefixes (XT_ system, RY_ personnel, AJ_ cases, ZX_ enforcement …).
- Codes kept in code tables with Chinese labels (案件类型, 结案方式, 适用程序, 信访方式), or as the vendor's own
  codes (性别 1/2 as GB/T 2261.1, 删除标志 Y/N).
- One contract table split over two source tables: trial.cases is 案件基本信息 (AJ_JBXX) + 结案信息 (AJ_JAXX, a row
  per closed case), joined again by the mapping's SELECT.
- 立案/结案日期 as YYYYMMDD text; the enforcement system keeps its timestamps in UTC (ISO 8601 with Z).
- The petition system exports GBK CSV files; the office system one workbook (综合办公.xlsx), a sheet per table.

`VENDOR` is the one description: the writer derives the vendor's tables from the contract-layout frames with it
(vectorised, per column), and the mapping files are written from it, so the two cannot drift apart.
"""

from __future__ import annotations

import csv
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from ingestion.contract import Table

from .writers import Wire
from .xlsx_writer import write_xlsx

# contract column -> the vendor's pinyin abbreviation (per-table exceptions in VendorTable.columns)
PINYIN = {
    "court_code": "FYDM", "court_name": "FYMC", "level": "FYJB", "parent_court_code": "SJFYDM",
    "jurisdiction_population": "XQRK", "updated_at": "GXSJ", "dept_id": "BMBS", "dept_name": "BMMC",
    "dept_type": "BMLX", "business_line": "YWTX", "active": "SFYX", "person_id": "RYBS", "name": "XM",
    "gender": "XB", "role": "ZW", "is_quota_judge": "SFYEFG", "hire_date": "RZRQ", "leave_date": "LZRQ",
    "posting_id": "RZJLBS", "valid_from": "QSRQ", "valid_to": "ZZRQ", "case_id": "AJBS", "case_number": "AH",
    "case_type_code": "AJLX", "procedure": "SYCX", "cause_of_action": "AY", "filing_date": "LARQ",
    "closing_date": "JARQ", "closing_method": "JAFS", "claim_amount": "BDJE", "handling_judge_id": "CBR",
    "presiding_judge_id": "SPZ", "assistant_id": "FGZL", "clerk_id": "SJY", "original_case_id": "YSAJBS",
    "review_outcome": "ESJG", "involves_enterprise": "SFSQ", "deleted": "SCBZ", "party_seq": "DSRXH",
    "party_role": "SSDW", "party_type": "DSRLX", "id_number": "ZJHM", "phone": "LXDH",
    "lawyer_license_no": "LSZYZH", "member_seq": "CYXH", "panel_role": "HYTJS", "start_date": "KSRQ",
    "end_date": "JSRQ", "days": "TS", "hearing_id": "KTBS", "scheduled_date": "PQRQ", "held_date": "KTRQ",
    "status": "KTZT", "presiding_id": "ZSR", "duration_minutes": "KTSC", "livestreamed": "SFZB", "doc_id": "WSBS",
    "doc_type": "WSLX", "author_id": "ZZ", "signed_date": "QFRQ", "published_online": "SFSW",
    "published_date": "SWRQ", "errata_count": "BZCS", "inspection_id": "PCBS", "inspection_type": "PCLX",
    "inspection_date": "PCRQ", "score": "DF", "defect_count": "XCS", "responsible_person_id": "ZRR",
    "debtor_type": "ZWRLX", "reorganization": "SFCZ", "creditor_count": "ZQRS", "total_claims": "ZQZE",
    "recovered_amount": "QCJE", "source_case_number": "ZXYJAH", "applied_amount": "SQZXBD",
    "executed_amount": "ZXDWJE", "extension_days": "YCTS", "handling_officer_id": "CBR", "action_id": "CSBS",
    "action_type": "CSLX", "action_date": "CSRQ", "amount": "JE", "petition_id": "XFBS", "received_date": "SLRQ",
    "channel": "XFFS", "petitioner_name": "XFRXM", "petitioner_id_number": "XFRZJHM",
    "related_case_number": "GLAH", "category": "XFLB", "is_repeat": "SFCF", "is_collective": "SFJT",
    "escalated_to": "YJ", "handler_id": "CBR", "due_date": "BJQX", "resolved_date": "BJRQ", "resolution": "BJJG",
    "satisfaction": "MYD", "mediation_id": "TJBS", "stage": "TJJD", "dispute_type": "JFLX", "closed_date": "JSRQ",
    "mediator_type": "TJYLX", "judicial_confirmation": "SFQR", "converted_case_number": "ZLAH",
    "guiding_judge_id": "ZDFG", "event_date": "FSRQ", "severity": "YZCD", "verified": "SFHS", "source": "LY",
    "item_id": "SXBS", "item_date": "DJRQ", "item_type": "GZLX", "quantity": "SL", "quality_grade": "ZLDJ",
    "adopted_level": "CYJB", "evaluation_id": "CPBS", "period": "CPQJ", "evaluator_role": "CPRJS",
}  # fmt: skip


@dataclass(frozen=True)
class CodeTable:
    """A vendor code table: (vendor code, Chinese label, contract value) rows; `by_label` when the mapping maps the
    labels (else the label is the contract value itself, as 案件类型代字)."""

    system: str
    table: str
    rows: tuple[tuple[str, str, str], ...]
    by_label: bool = True


CODE_TABLES = {
    "ajlx": CodeTable("trial", "DM_AJLX", tuple((c, v, v) for c, v in (
        ("0101", "民初"), ("0102", "民终"), ("0103", "民申"), ("0104", "民再"), ("0201", "刑初"), ("0202", "刑终"),
        ("0203", "刑申"), ("0204", "刑再"), ("0301", "行初"), ("0302", "行终"), ("0303", "行申"), ("0401", "破"),
        ("0501", "民特"), ("0601", "诉前调确"))), by_label=False),
    "jafs": CodeTable("trial", "DM_JAFS", (
        ("1", "判决", "judgment"), ("2", "裁定", "ruling"), ("3", "调解", "mediation"),
        ("4", "撤诉", "withdrawal"), ("5", "驳回起诉", "dismissal"), ("6", "移送", "transfer"),
        ("7", "终结", "termination"), ("9", "其他", "other"))),
    "sycx": CodeTable("trial", "DM_SYCX", (
        ("1", "普通程序", "ordinary"), ("2", "简易程序", "simple"), ("3", "小额诉讼程序", "small_claims"),
        ("4", "速裁程序", "speedy"), ("5", "第二审程序", "second_instance"), ("6", "再审程序", "retrial"),
        ("7", "审查程序", "review"), ("8", "特别程序", "special"))),
    "xffs": CodeTable("petition", "DM_XFFS", (
        ("1", "来访", "visit"), ("2", "来信", "letter"), ("3", "网上信访", "online"),
        ("4", "12368热线", "hotline_12368"))),
}  # fmt: skip
INLINE_CODES = {
    "xb": {"1": "M", "2": "F"},  # GB/T 2261.1
    "fyjb": {"2": "intermediate", "3": "basic"},
    "scbz": {"Y": "1", "N": "0"},
}
YYYYMMDD = "%Y%m%d"
UTC_ISO = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True)
class VendorTable:
    source: str  # table, file or sheet name
    columns: dict[str, str] = field(default_factory=dict)  # contract column -> vendor column, beyond PINYIN
    codes: dict[str, str] = field(default_factory=dict)  # contract column -> a CODE_TABLES or INLINE_CODES name
    formats: dict[str, str] = field(default_factory=dict)  # contract column -> date or timestamp format


# Per contract table. trial.cases is special: split over AJ_JBXX and AJ_JAXX (see CASE_CLOSING).
VENDOR = {
    "hr.courts": VendorTable("XT_FY", codes={"level": "fyjb"}),
    "hr.departments": VendorTable("XT_BM"),
    "hr.staff": VendorTable("RY_JBXX", codes={"gender": "xb"}),
    "hr.staff_postings": VendorTable("RY_RZJL"),
    "trial.cases": VendorTable(
        "AJ_JBXX",
        codes={"case_type_code": "ajlx", "procedure": "sycx", "closing_method": "jafs", "deleted": "scbz"},
        formats={"filing_date": YYYYMMDD, "closing_date": YYYYMMDD},
    ),
    "trial.case_parties": VendorTable("AJ_DSR", columns={"name": "DSRMC"}),
    "trial.panel_members": VendorTable("AJ_HYTCY"),
    "trial.time_limit_events": VendorTable("AJ_SXBG", columns={"event_id": "BGBS", "event_type": "BGLX"}),
    "trial.hearings": VendorTable("AJ_KTXX"),
    "trial.documents": VendorTable("AJ_CPWS"),
    "trial.case_inspections": VendorTable("AJ_ZLPC", columns={"result": "PCJG"}),
    "trial.bankruptcy_details": VendorTable("AJ_PCAJ"),
    "enforcement.enforcement_cases": VendorTable("ZX_AJ", codes={"deleted": "scbz"}),
    "enforcement.enforcement_actions": VendorTable("ZX_CS"),
    "petition.petitions": VendorTable("XF_XFDJ", codes={"channel": "xffs"}),
    "mediation.mediations": VendorTable("TJ_AJ", columns={"result": "TJJG"}),
    "conduct.conduct_events": VendorTable("DW_JDJL", columns={"event_id": "JLBS", "event_type": "JLLX"}),
    "office.work_items": VendorTable("工作量登记"),
    "office.evaluations": VendorTable("民主测评"),
}
CASE_CLOSING = ("AJ_JAXX", ("closing_date", "closing_method", "review_outcome"))  # 结案信息, joined on AJBS
UTC_SYSTEMS = {"enforcement"}  # timestamps kept in UTC
SQLITE_SYSTEMS = ("hr", "trial", "enforcement", "mediation", "conduct")
GBK_SYSTEM, XLSX_SYSTEM, WORKBOOK = "petition", "office", "综合办公"
SYSTEM_NAMES = {"hr": "人事管理系统", "trial": "审判流程管理系统", "enforcement": "执行案件流程管理系统",
                "petition": "涉诉信访管理系统", "mediation": "多元解纷平台", "conduct": "队伍监督管理系统",
                "office": "综合办公系统"}  # fmt: skip


def vendor_column(table: Table, column: str) -> str:
    return VENDOR[table.qualified_name].columns.get(column) or PINYIN[column]


def to_vendor(table: Table, wire: Wire) -> dict[str, dict[str, np.ndarray]]:
    """The vendor's tables holding one batch of a contract table: {source table: {vendor column: values}}."""
    spec = VENDOR[table.qualified_name]
    utc = table.system in UTC_SYSTEMS
    columns: dict[str, np.ndarray] = {}
    for column in table.columns:
        values = wire[column.name]
        if column.name in spec.codes:
            values = _vendor_codes(values, spec.codes[column.name])
        if column.name in spec.formats:
            values = _reformat(values, "%Y-%m-%d", spec.formats[column.name])
        if column.type == "timestamp" and utc:
            values = _reformat(values, "%Y-%m-%d %H:%M:%S", UTC_ISO, shift_hours=-8)
        columns[vendor_column(table, column.name)] = values
    if table.qualified_name != "trial.cases":
        return {spec.source: columns}
    closing_table, closing_columns = CASE_CLOSING
    moved = [vendor_column(table, c) for c in closing_columns]
    closed = np.zeros(len(wire["case_id"]), dtype=bool)
    for name in moved:
        closed |= ~pd.isna(columns[name])
    key = vendor_column(table, "case_id")
    closing = {key: columns[key][closed], **{name: columns[name][closed] for name in moved}}
    basic = {name: values for name, values in columns.items() if name not in moved}
    return {spec.source: basic, closing_table: closing}


def _vendor_codes(values: np.ndarray, name: str) -> np.ndarray:
    """Contract values -> the vendor's codes; a value the vendor has no code for (an injected defect) stays."""
    if name in CODE_TABLES:
        inverse = {value: code for code, _, value in CODE_TABLES[name].rows}
    else:
        inverse = {value: code for code, value in INLINE_CODES[name].items()}
    series = pd.Series(values, dtype=object)
    text = series.where(series.isna(), series.astype(str))  # a bool arrives as 0/1, the codes are text
    mapped = text.map(inverse)
    return np.where(mapped.isna(), values, mapped.to_numpy(dtype=object))


def _reformat(values: np.ndarray, given: str, wanted: str, shift_hours: int = 0) -> np.ndarray:
    """Dates or timestamps rewritten in the vendor's format; text that does not parse (a defect) stays as it is."""
    series = pd.Series(values, dtype=object)
    parsed = pd.to_datetime(series, format=given, errors="coerce") + pd.Timedelta(hours=shift_hours)
    text = parsed.dt.strftime(wanted).to_numpy(dtype=object)
    return np.where(parsed.isna(), values, text)


class VendorWriter:
    """Writes the vendor layout: SQLite databases, a GBK CSV folder, a workbook; then the mapping files."""

    def __init__(self, out_dir: Path, tables: list[Table]):
        self.out_dir, self.tables = out_dir, tables
        self.sqlite: dict[str, sqlite3.Connection] = {}
        for system in SQLITE_SYSTEMS:
            path = out_dir / f"{system}.sqlite"
            path.unlink(missing_ok=True)
            con = sqlite3.connect(path, isolation_level=None)
            con.execute("PRAGMA journal_mode=OFF")
            con.execute("BEGIN")
            self.sqlite[system] = con
        (out_dir / GBK_SYSTEM).mkdir(parents=True, exist_ok=True)
        (out_dir / XLSX_SYSTEM).mkdir(parents=True, exist_ok=True)
        self.created: set[str] = set()
        self.sheets: dict[str, list[dict[str, np.ndarray]]] = {}
        for codes in CODE_TABLES.values():
            rows = {"DM": np.array([c for c, _, _ in codes.rows], dtype=object),
                    "MC": np.array([label for _, label, _ in codes.rows], dtype=object)}  # fmt: skip
            self._write(codes.system, codes.table, rows)

    def write(self, table: Table, wire: Wire) -> None:
        for source, columns in to_vendor(table, wire).items():
            self._write(table.system, source, columns)

    def _write(self, system: str, source: str, columns: dict[str, np.ndarray]) -> None:
        names = list(columns)
        if system in self.sqlite:
            con = self.sqlite[system]
            if source not in self.created:
                quoted = ", ".join(f'"{n}"' for n in names)
                con.execute(f'CREATE TABLE "{source}" ({quoted})')
                self.created.add(source)
            marks = ", ".join("?" * len(names))
            rows = zip(*(columns[n].tolist() for n in names), strict=True)
            con.executemany(f'INSERT INTO "{source}" VALUES ({marks})', rows)
        elif system == GBK_SYSTEM:
            path = self.out_dir / system / f"{source}.csv"
            new = source not in self.created
            self.created.add(source)
            with open(path, "w" if new else "a", encoding="gbk", newline="") as f:
                writer = csv.writer(f)
                if new:
                    writer.writerow(names)
                writer.writerows(zip(*(np.where(pd.isna(columns[n]), "", columns[n]).tolist() for n in names),
                                     strict=True))  # fmt: skip
        else:
            self.sheets.setdefault(source, []).append(columns)

    def close(self) -> dict[str, dict]:
        for con in self.sqlite.values():
            con.execute("COMMIT")
            con.close()
        self._write_workbook()
        mappings = self.out_dir / "mappings"
        mappings.mkdir(exist_ok=True)
        systems = {}
        for system in dict.fromkeys(t.system for t in self.tables):
            path = mappings / f"{system}.yaml"
            header = (
                f"# {SYSTEM_NAMES[system]} (demo vendor layout) -> the contract's {system} system (docs/sources.md)\n"
            )
            document = mapping_document(system, self.tables)
            body = yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100)
            path.write_text(header + body, encoding="utf-8")
            if system in self.sqlite:
                where = {"url": f"sqlite:///{(self.out_dir / f'{system}.sqlite').resolve()}"}
            else:
                where = {"dir": str((self.out_dir / system).resolve())}
            systems[system] = {**where, "mapping": f"mappings/{system}.yaml"}
        return systems

    def _write_workbook(self) -> None:
        """综合办公.xlsx, a sheet per table; dates as dates and numbers as numbers, as an office's export has them."""
        sheets = []
        for table in (t for t in self.tables if t.system == XLSX_SYSTEM):
            source = VENDOR[table.qualified_name].source
            names = [vendor_column(table, c.name) for c in table.columns]
            batches = self.sheets.get(source, [])
            columns = [
                (np.concatenate([b[name] for b in batches]) if batches else np.zeros(0, dtype=object), column.type)
                for name, column in zip(names, table.columns, strict=True)
            ]
            sheets.append((source, names, columns))
        write_xlsx(self.out_dir / XLSX_SYSTEM / f"{WORKBOOK}.xlsx", sheets)


def mapping_document(system: str, tables: list[Table]) -> dict:
    """The mapping file of one demo vendor system, from VENDOR."""
    doc: dict = {"system": system}
    if system in UTC_SYSTEMS:
        doc["timezone"] = "UTC"
    if system == GBK_SYSTEM:
        doc["encoding"] = "gbk"
    used = {VENDOR[t.qualified_name].codes.get(c.name) for t in tables if t.system == system for c in t.columns}
    codes = {}
    for name in sorted(n for n in used if n):
        if name in CODE_TABLES:
            table = CODE_TABLES[name]
            entry = {"table": table.table, "code": "DM", "label": "MC"}
            if table.by_label:
                entry["labels"] = {label: value for _, label, value in table.rows}
            codes[name] = entry
        else:
            codes[name] = {"values": dict(INLINE_CODES[name])}
    if codes:
        doc["codes"] = codes
    doc["tables"] = {}
    for table in (t for t in tables if t.system == system):
        spec = VENDOR[table.qualified_name]
        entry: dict = {"from": spec.source}
        if table.system == XLSX_SYSTEM:
            entry = {"from": WORKBOOK, "sheet": spec.source}
        if table.qualified_name == "trial.cases":
            closing_table, closing_columns = CASE_CLOSING
            key = vendor_column(table, "case_id")
            moved = ", ".join(f"x.{vendor_column(table, c)}" for c in closing_columns)
            joined = f"{spec.source} j left join {closing_table} x on x.{key} = j.{key}"
            entry = {"select": f"select j.*, {moved} from {joined}"}
        columns = {}
        for column in table.columns:
            source = vendor_column(table, column.name)
            fmt = spec.formats.get(column.name)
            if column.type == "timestamp" and system in UTC_SYSTEMS:
                fmt = UTC_ISO
            entry_of_column: dict = {"from": source}
            if column.name in spec.codes:
                entry_of_column["codes"] = spec.codes[column.name]
            if fmt:
                entry_of_column["format"] = fmt
            columns[column.name] = entry_of_column if len(entry_of_column) > 1 else source
        entry["columns"] = columns
        doc["tables"][table.name] = entry
    return doc
