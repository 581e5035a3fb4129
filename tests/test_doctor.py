"""`courtperf doctor` on a good installation and on broken ones: every problem is one FAIL line with a fix,
and the exit code says whether tonight's run can work."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from datetime import date

import pytest

from cli.main import main
from ingestion.demo_sources import generate
from tests.conftest import courtperf_home

LINE = re.compile(r"^(PASS|WARN|FAIL)\s+(\S.*?)\s{2,}(.*)$")


@pytest.fixture(scope="module")
def demo_sources(tmp_path_factory):
    sources = tmp_path_factory.mktemp("sources")
    generate(sources, scale="tiny", seed=5, years=1, as_of=date(2024, 12, 31))
    return sources


def _doctor(home, capsys, *args: str, env: dict[str, str] | None = None) -> tuple[int, dict[str, tuple[str, str]], str]:
    """Exit code, {check name: (status, detail)}, the whole output."""
    env = {"COURTPERF_PII_HASH_KEY": "a-court-secret", **(env or {})}
    with courtperf_home(home):
        os.environ.update(env)
        try:
            code = main(["doctor", *args])
        finally:
            for key in env:
                os.environ.pop(key, None)
    out = capsys.readouterr().out
    checks = {m[2]: (m[1], m[3]) for m in map(LINE.match, out.splitlines()) if m}
    return code, checks, out


def test_a_good_installation_passes(tmp_path, capsys, demo_sources):
    code, checks, out = _doctor(tmp_path, capsys, "--sources", str(demo_sources / "sources.yaml"))
    assert code == 0, out
    for system in ("hr", "trial", "enforcement", "petition", "mediation", "conduct", "office"):
        assert checks[f"source {system}"][0] == "PASS", out
    assert checks["source trial"][1].endswith("all 8 tables present")
    assert checks["pii hash key"][0] == "PASS" and "a-court-secret" not in out
    assert checks["bonus rules"] == ("PASS", "bonus/bonus.yaml: 10 role coefficients, score factor peer_mean")
    assert checks["warehouse"][0] == "WARN"  # not built yet: the first run creates it
    assert checks["dagster instance"][0] == "PASS" and "SqliteRunStorage" in checks["dagster instance"][1]
    assert checks["versions"][0] == "PASS" and "dagster 1.13.27" in checks["versions"][1]
    assert "nightly_0200 (0 2 * * * Asia/Shanghai)" in checks["definitions"][1]
    assert not [name for name, (status, _) in checks.items() if status == "FAIL"]


def test_a_missing_source_database_and_a_missing_table_fail_with_fixes(tmp_path, capsys, demo_sources):
    (tmp_path / "src").mkdir()
    sources = tmp_path / "src" / "sources.yaml"
    text = (demo_sources / "sources.yaml").read_text(encoding="utf-8")
    hr = re.search(r"sqlite:///(\S+hr\.sqlite)", text)[1]
    sources.write_text(text.replace(hr, str(tmp_path / "moved" / "hr.sqlite")), encoding="utf-8")
    trial = re.search(r"sqlite:///(\S+trial\.sqlite)", text)[1]
    shutil.copy(trial, tmp_path / "trial.sqlite")  # a copy of trial without its hearings table
    with sqlite3.connect(tmp_path / "trial.sqlite") as con:
        con.execute("drop table hearings")
    sources.write_text(sources.read_text(encoding="utf-8").replace(trial, str(tmp_path / "trial.sqlite")), "utf-8")
    code, checks, out = _doctor(tmp_path / "home", capsys, "--sources", str(sources))
    assert code == 1
    assert checks["source hr"] == ("FAIL", f"hr: the database file {tmp_path / 'moved' / 'hr.sqlite'} does not exist")
    assert checks["source trial"][0] == "FAIL" and checks["source trial"][1].endswith("missing hearings")
    assert checks["source office"][0] == "PASS"
    assert "fix: check the URL in the sources file" in out and "fix: the run fails on a missing table" in out


def test_a_bad_sources_file_fails_naming_the_entry(tmp_path, capsys):
    sources = tmp_path / "sources.yaml"
    sources.write_text("systems:\n  hr: {url: 'sqlite:///x.sqlite', pasword: oops}\n", encoding="utf-8")
    code, checks, out = _doctor(tmp_path / "home", capsys, "--sources", str(sources))
    assert code == 1
    status, detail = checks["sources"]
    assert (
        status == "FAIL"
        and detail
        == f"{sources}: systems.hr: unknown key(s) ['pasword'] (allowed: url, dir, encoding, format, mapping)"
    )
    assert "fix: correct the sources file" in out


def test_a_locked_warehouse_fails_naming_the_holder(tmp_path, capsys, demo_sources):
    home = tmp_path / "home"
    warehouse = home / "warehouse.duckdb"
    home.mkdir()
    code = f"import duckdb, time; c = duckdb.connect({str(warehouse)!r}); print('held', flush=True); time.sleep(60)"
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        exit_code, checks, out = _doctor(home, capsys, "--sources", str(demo_sources / "sources.yaml"))
    finally:
        holder.kill()
        holder.wait()
    assert exit_code == 1
    status, detail = checks["warehouse"]
    assert status == "FAIL" and f"PID {holder.pid}" in detail and str(warehouse) in detail
    assert "fix: close the program that holds it" in out
    exit_code, checks, _ = _doctor(home, capsys, "--sources", str(demo_sources / "sources.yaml"))
    assert exit_code == 0 and checks["warehouse"][0] == "PASS"  # released: the same check passes


def test_a_broken_instance_configuration_fails(tmp_path, capsys, demo_sources):
    missing = {"COURTPERF_DAGSTER_YAML": str(tmp_path / "nowhere.yaml"), "COURTPERF_PUBLISH_RESTRICTED": "salaries"}
    code, checks, out = _doctor(tmp_path / "home", capsys, "--sources", str(demo_sources / "sources.yaml"), env=missing)
    assert code == 1
    assert checks["instance config"][0] == "FAIL" and checks["dagster instance"][0] == "FAIL"
    assert "nowhere.yaml" in checks["dagster instance"][1]
    assert checks["readers' copy"] == ("FAIL", "COURTPERF_PUBLISH_RESTRICTED names 'salaries': it may name conduct, "
                                                "parties (comma-separated)")  # fmt: skip
    assert "paths" not in checks
