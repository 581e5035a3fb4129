"""Isolated indicator builds for tests: a private copy of the dbt project, a private catalog, a hand-made
raw warehouse, and one `dbt build` — never touching `dbt_project/` itself.

Others edit the real catalog and run dbt in `dbt_project/` while tests run, so a test that builds indicators
1. copies `dbt_project/` (without `target/`, `logs/`, `config/` and the generated models) into a temporary folder,
2. writes its own `config/` there (categories and workload weights copied from the real catalog, indicators chosen
   by the test — for the core tests, exactly the core entries of the real catalog, found by id),
3. generates the indicator models into the copy with `generate_indicator_models`,
4. lands the test's raw rows exactly as ingestion does (the contract's DDL plus load metadata), and
5. runs `dbt build` on the copy against the temporary warehouse.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import yaml
from dbt.constants import PARTIAL_PARSE_FILE_NAME as PARTIAL_PARSE

from codegen.models import configuration_dir, generate_indicator_models, generated_dir
from indicators.catalog import Catalog
from ingestion.contract import LOAD_METADATA_COLUMNS, load_contract
from ingestion.landing import ensure_raw_schema
from ingestion.pii import keyed_hash

ROOT = Path(__file__).resolve().parents[1]
DBT_PROJECT = ROOT / "dbt_project"
REAL_CONFIG = DBT_PROJECT / "config"
# the shared spec folder beside the checkout, as for the contract (tests/test_contract.py)
SPEC = ROOT.parent / "shared" / "spec" / "core_indicators.md"
DBT = Path(sys.executable).parent / "dbt"
PII_KEY = "test-pii-key"

# The core indicators of core_indicators.md, in the order of the spec (test_indicator_catalog_safety checks the list
# against the spec), and the catalog files that hold them as their first entries.
CORE_IDS = (
    "filed_cases", "closed_cases", "carried_over_cases", "pending_cases_end", "closure_rate", "clearance_rate",
    "disposition_time_days", "within_limit_closure_rate", "avg_duration_days", "long_pending_12m",
    "long_pending_ratio", "mediation_rate", "withdrawal_rate", "mediation_withdrawal_rate", "appeal_rate",
    "acceptance_rate", "first_instance_reversal_rate", "second_instance_reversal_rate", "cases_closed_per_judge",
    "document_online_rate", "livestream_rate", "trial_date_certainty", "age_pending_median_days",
    "time_to_disposition_180d",
    "enf_closed_cases", "enf_full_execution_rate", "enf_recovery_rate", "enf_terminated_procedure_rate",
    "enf_within_limit_rate",
    "prelit_mediation_success_rate", "lawsuits_per_10k", "judicial_confirmation_count",
    "petitions_received", "petition_resolution_rate", "petition_on_time_rate", "repeat_petition_rate",
    "petitions_per_100_closed",
    "enterprise_avg_duration_days", "enterprise_within_limit_rate", "bankruptcy_avg_duration_days",
    "bankruptcy_recovery_rate",
    "weighted_workload",
)  # fmt: skip
CORE_DOMAINS = ("trial", "enforcement", "litigation_source", "petition", "business_environment", "workload")

# Ignored when copying the project: build output, the real catalog and models generated from it.
_SKIP_TOP = {"target", "target-spark", "logs", "dbt_packages", "config"}


def spec_core_ids() -> list[str]:
    """The indicator ids of the tables in core_indicators.md, plus `weighted_workload` (its own section)."""
    text = SPEC.read_text(encoding="utf-8")
    ids = [i for i in re.findall(r"^\| ([a-z][a-z0-9_]+) \|", text, re.M) if i != "id"]
    return [*ids, *re.findall(r"^`(weighted_workload)`", text, re.M)]


# --- the real catalog, read defensively (others may be editing it right now) ------------------------------


def _git_show(rel: str) -> str | None:
    result = subprocess.run(
        ["git", "show", f"HEAD:{rel}"], cwd=ROOT, capture_output=True, text=True, check=False, encoding="utf-8"
    )
    return result.stdout if result.returncode == 0 else None


def _load_yaml(text: str | None) -> dict | None:
    if text is None:
        return None
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError:
        return None
    return doc if isinstance(doc, dict) else None


def _domain_entries(domain: str, text: str | None) -> dict[str, dict]:
    """Core entries of one domain file, with the file's defaults merged in (as the catalog loader does)."""
    doc = _load_yaml(text)
    if doc is None:
        return {}
    defaults = doc.get("defaults") or {}
    out: dict[str, dict] = {}
    for entry in doc.get("indicators") or []:
        if isinstance(entry, dict) and entry.get("id") in CORE_IDS:
            out.setdefault(entry["id"], {**defaults, **entry})
    return out


def core_entries() -> list[dict]:
    """The core indicators' entries of the real catalog, found by id in the working tree (or, for a file
    that cannot be read right now because someone is mid-edit, in the last commit)."""
    found: dict[str, dict] = {}
    for domain in CORE_DOMAINS:
        rel = f"dbt_project/config/indicators/{domain}.yaml"
        path = ROOT / rel
        current = _domain_entries(domain, path.read_text(encoding="utf-8") if path.exists() else None)
        committed = _domain_entries(domain, _git_show(rel))
        for iid in CORE_IDS:
            if iid not in found and (iid in current or iid in committed):
                found[iid] = current.get(iid) or committed[iid]
    missing = [i for i in CORE_IDS if i not in found]
    assert not missing, f"core indicators not found in the catalog: {missing}"
    return [found[i] for i in CORE_IDS]


def catalog_entry(domain: str, indicator_id: str) -> dict:
    """One entry of the real catalog (with its file's defaults merged in), for a test's private catalog. A domain
    may continue in `<domain>_<part>.yaml` files with the same `domain` key, as the catalog loader reads them."""
    folder = ROOT / "dbt_project" / "config" / "indicators"
    found = []
    for path in [folder / f"{domain}.yaml", *sorted(folder.glob(f"{domain}_*.yaml"))]:
        doc = _load_yaml(path.read_text(encoding="utf-8")) if path.exists() else None
        if doc and (doc.get("domain") or path.stem) == domain:
            defaults = doc.get("defaults") or {}
            found += [{**defaults, **e} for e in doc.get("indicators") or [] if e.get("id") == indicator_id]
    (entry,) = found
    return entry


def copy_entry(entry: dict, **changes: Any) -> dict:
    """A deep copy of a catalog entry (via YAML) with some keys replaced."""
    clone = yaml.safe_load(yaml.safe_dump(entry, allow_unicode=True))
    clone.update(changes)
    return clone


# --- the private project -------------------------------------------------------------------------------------


def _ignore(src: str, names: list[str]) -> set[str]:
    here = Path(src)
    if here == DBT_PROJECT:
        return {n for n in names if n in _SKIP_TOP}
    if here == DBT_PROJECT / "models" / "indicators":
        return {"generated"} & set(names)
    return {n for n in names if n == "__pycache__"}


def make_project(dest: Path) -> Path:
    """Copy dbt_project/ into `dest` without build output, the real catalog or the generated models; dbt starts
    from the project's prepared parse (the profile is the same for every warehouse: engines/dbt_warehouse.py) and
    re-parses only the files the test's catalog changes."""
    shutil.copytree(DBT_PROJECT, dest, ignore=_ignore)
    seed_parse(dest / "target")
    return dest


def seed_parse(target: Path) -> None:
    """Put the project's prepared parse (set-up and the test session make it) in a dbt target folder."""
    prepared = DBT_PROJECT / "target" / PARTIAL_PARSE
    if prepared.exists():
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(prepared, target / PARTIAL_PARSE)


def write_config(project: Path, indicators: dict[str, list[dict]]) -> Path:
    """Write `project/config`: the real categories and workload configuration, and the given indicator files
    ({file stem: entries}); returns the config folder."""
    config = project / "config"
    (config / "indicators").mkdir(parents=True, exist_ok=True)
    categories = REAL_CONFIG / "categories.yaml"
    text = categories.read_text(encoding="utf-8")
    if _load_yaml(text) is None:  # mid-edit: take the committed one
        text = _git_show("dbt_project/config/categories.yaml") or text
    (config / "categories.yaml").write_text(text, encoding="utf-8")
    shutil.copytree(REAL_CONFIG / "workload", config / "workload", dirs_exist_ok=True)
    for stale in (config / "indicators").glob("*.yaml"):
        stale.unlink()
    for stem, entries in indicators.items():
        write_indicator_file(config, stem, entries)
    return config


def write_indicator_file(config: Path, stem: str, entries: list[dict]) -> Path:
    path = config / "indicators" / f"{stem}.yaml"
    doc = {"domain": stem, "indicators": entries}
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def generate(project: Path) -> Catalog:
    return generate_indicator_models(
        config_dir=project / "config",
        out_dir=generated_dir(project),
        config_out_dir=configuration_dir(project),
    )


# --- the raw warehouse -----------------------------------------------------------------------------------------

Rows = dict[tuple[str, str], list[tuple[str, dict]]]  # (system, table) -> [(batch, row)]
LOADED_AT = {"b1": datetime(2025, 4, 1, 2, 0), "b2": datetime(2025, 4, 2, 2, 0)}


def masked(table, column: str, value):
    """A value as landing stores it: personal information as its keyed hash (ingestion/pii.py)."""
    return keyed_hash(PII_KEY, value) if value is not None and column in table.pii_columns else value


def land(path: Path, rows: Rows) -> None:
    """Create raw exactly as ingestion does (the contract's DDL) and append the rows with load metadata."""
    contract = load_contract()
    known = {(t.system, t.name) for t in contract.tables}
    assert set(rows) <= known, set(rows) - known
    con = duckdb.connect(str(path))
    try:
        ensure_raw_schema(con)  # every contract table and landing's bookkeeping (quarantine, load log, fixes)
        for table in contract.tables:
            names = [*table.column_names, *LOAD_METADATA_COLUMNS]
            placeholders = ", ".join("?" for _ in names)
            quoted = ", ".join(f'"{n}"' for n in names)
            for seq, (batch, row) in enumerate(rows.get((table.system, table.name), []), start=1):
                unknown = set(row) - set(table.column_names)
                assert not unknown, f"{table.qualified_name}: unknown columns {unknown}"
                values = [masked(table, c, row.get(c)) for c in table.column_names]
                values += [batch, LOADED_AT[batch], f"test/{table.raw_name}.csv", seq]
                con.execute(f'insert into raw."{table.raw_name}" ({quoted}) values ({placeholders})', values)
    finally:
        con.close()


def run_dbt(project: Path, warehouse: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "COURTPERF_WAREHOUSE": str(warehouse)}
    env.pop("DBT_PROFILES_DIR", None)
    env.pop("DBT_PROJECT_DIR", None)
    return subprocess.run(
        [str(DBT), *args, "--project-dir", str(project), "--profiles-dir", str(project)],
        cwd=project, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip


def dbt_build(project: Path, warehouse: Path, *select: str) -> float:
    """`dbt build` (optionally `--select ...`) on the private copy; fails the test with dbt's output on error. dbt's
    unit tests are left out: they check the models on fixed inputs, not these rows (tests/test_dbt_unit_tests.py
    runs them once)."""
    started = time.monotonic()
    args = ["build", *(["--select", *select] if select else []), "--exclude", "resource_type:unit_test"]
    result = run_dbt(project, warehouse, *args)
    assert result.returncode == 0, result.stdout[-10000:] + result.stderr[-3000:]
    return time.monotonic() - started


@dataclass
class Build:
    """A built private warehouse, opened read-only by the tests."""

    project: Path
    warehouse: Path
    catalog: Catalog
    seconds: float
    con: duckdb.DuckDBPyConnection | None = None

    def open(self) -> Build:
        if self.con is None:
            self.con = duckdb.connect(str(self.warehouse), read_only=True)
        return self

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None

    def rows(self, sql: str, *params: Any) -> list[dict]:
        self.open()
        cur = self.con.execute(sql, list(params))
        names = [c[0] for c in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def value(self, indicator: str, level: str, entity: str, period_type: str, period: str) -> dict:
        """The one row of marts.indicator_values for (indicator, level, entity, period)."""
        rows = self.rows(
            "select numerator, denominator, value from marts.indicator_values "
            "where indicator_id = ? and level = ? and entity_id = ? and period_type = ? and period = ?",
            indicator, level, entity, period_type, period,
        )  # fmt: skip
        assert len(rows) == 1, (indicator, level, entity, period_type, period, rows)
        return rows[0]


def build(tmp: Path, indicators: dict[str, list[dict]], rows: Rows) -> Build:
    """Copy the project into `tmp`, write the catalog, generate, land the rows and run `dbt build`."""
    project = make_project(tmp / "dbt_project")
    write_config(project, indicators)
    catalog = generate(project)
    warehouse = tmp / "warehouse.duckdb"
    land(warehouse, rows)
    seconds = dbt_build(project, warehouse)
    return Build(project, warehouse, catalog, seconds)


def d(value: str) -> date:
    return date.fromisoformat(value)


def ts(value: str) -> datetime:
    return datetime.fromisoformat(value)
