"""The Definitions load without doing any work, and the lineage from each ingestion asset into dbt is unbroken."""

import json
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from dagster import AssetKey
from dagster_dbt import DbtProject

from courtperf.settings import DBT_PROJECT_DIR, PROJECT_ROOT
from ingestion.contract import load_contract
from orchestration.dbt_manifest import ManifestNotPrepared, parse_into_place, require_manifest
from orchestration.definitions import defs, nightly_schedule


def _asset_graph():
    return defs.resolve_asset_graph()


def test_every_contract_table_is_an_ingestion_asset_grouped_by_system():
    graph = _asset_graph()
    for table in load_contract().tables:
        key = AssetKey(["raw", table.system, table.name])
        assert graph.has(key), key
        assert graph.get(key).group_name == f"raw_{table.system}"


def test_ingestion_assets_wait_for_the_tables_they_reference():
    graph = _asset_graph()
    cases = graph.get(AssetKey(["raw", "trial", "cases"]))
    assert AssetKey(["raw", "hr", "staff"]) in cases.parent_keys
    assert AssetKey(["raw", "hr", "departments"]) in cases.parent_keys
    parties = graph.get(AssetKey(["raw", "trial", "case_parties"]))
    assert AssetKey(["raw", "trial", "cases"]) in parties.parent_keys


def test_dbt_sources_are_the_ingestion_assets():
    """Every upstream of a dbt model that lives under raw/ is a materialisable ingestion asset."""
    graph = _asset_graph()
    for table in load_contract().tables:
        staging = AssetKey(["staging", f"stg_{table.system}__{table.name}"])
        raw = AssetKey(["raw", table.system, table.name])
        assert raw in graph.get(staging).parent_keys, staging
        assert graph.get(raw).is_materializable, raw


def test_marts_are_grouped_and_downstream_of_raw():
    graph = _asset_graph()
    mart = AssetKey(["marts", "fct_trial_cases"])
    assert graph.get(mart).group_name == "marts"
    upstream = graph.upstream_key_iterator(mart)
    assert AssetKey(["raw", "trial", "cases"]) in set(upstream)


def test_dbt_assets_are_grouped_by_layer_and_by_the_domains_with_a_group_of_their_own():
    graph = _asset_graph()
    groups = {
        ("staging", "stg_trial__cases"): "staging",  # models/staging/trial/
        ("intermediate", "int_trial_cases_enriched"): "intermediate",  # models/intermediate/core/
        ("intermediate", "int_case_weights"): "indicators",  # models/intermediate/indicators/
        ("marts", "indicator_values"): "indicators",  # models/marts/indicators/generated/
        ("intermediate", "cfg_grade_bands"): "configuration",
        ("marts", "scores"): "scores",
        ("marts", "warnings"): "supervision",
        ("snapshots", "snap_hr__staff"): "snapshots",
        ("staging", "statutory_limits"): "seeds",
    }
    assert {key: graph.get(AssetKey(list(key))).group_name for key in groups} == groups


def test_nightly_schedule_runs_at_two_in_china_standard_time():
    assert nightly_schedule.cron_schedule == "0 2 * * *"
    assert nightly_schedule.execution_timezone == "Asia/Shanghai"
    assert nightly_schedule.job_name == "nightly"


# Run in a fresh interpreter: Dagster itself first (its vendored croniter runs `file -b python` at import, through
# platform.architecture), then, watched by an audit hook, the Definitions. Any file opened for writing and any
# process started is recorded and refused, so `dbt parse` would fail the import; every file of the dbt project
# opened is recorded, so the catalog compiler (which reads config/ and the generated models) would show; and the
# libraries only a run needs must stay unloaded (pandas alone is 0.4 s of the import).
RUN_ONLY_LIBRARIES = ("pandas", "great_expectations", "streamlit", "pyspark")
IMPORT_WATCHED = r"""
import json, os, sys, traceback
import dagster
refused, read = [], set()
WRITE = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
SPAWN = ("subprocess.Popen", "os.system", "os.exec", "os.spawn", "os.posix_spawn", "os.fork", "os.forkpty")
PROJECT = sys.argv[1] + os.sep
def watch(event, args):
    if event == "open" and str(args[0]).startswith(PROJECT):
        read.add(os.path.relpath(args[0], PROJECT))
    if (event == "open" and isinstance(args[2], int) and args[2] & WRITE) or event in SPAWN:
        refused.append([event, str(args[0]), traceback.format_stack(limit=8)[:-1]])
        raise RuntimeError(f"importing the Definitions must not {event} {args[0]!r}")
sys.addaudithook(watch)
try:
    import orchestration.definitions
finally:
    loaded = sorted(set(sys.argv[2:]) & set(sys.modules))
    print(json.dumps({"refused": refused, "read": sorted(read), "loaded": loaded}))
"""


def _git_status() -> str:
    done = subprocess.run(["git", "status", "--porcelain"], cwd=PROJECT_ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_importing_the_definitions_writes_nothing_and_starts_no_process():
    """The manifest is prepared (tests/conftest.py): importing only reads it, whatever time it takes (README)."""
    before = _git_status()
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("DAGSTER_IS_DEV_CLI", None)  # under `dagster dev` preparing is the point
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_WATCHED, str(DBT_PROJECT_DIR), *RUN_ONLY_LIBRARIES],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-4000:]
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["refused"] == []
    # the manifest, and the publication policy the gate's checks are described by (configuration, read-only)
    allowed = {
        "dbt_project.yml",
        os.path.join("target", "manifest.json"),
        os.path.join("config", "quality", "publication.yaml"),
    }
    assert set(seen["read"]) <= allowed
    assert seen["loaded"] == []
    assert _git_status() == before


def _project_copy(tmp_path: Path) -> DbtProject:
    project = tmp_path / "dbt_project"
    (project / "models").mkdir(parents=True)
    for name in ("dbt_project.yml", "profiles.yml"):
        shutil.copyfile(DBT_PROJECT_DIR / name, project / name)
    return DbtProject(project_dir=project, profiles_dir=project)


def test_definitions_without_a_prepared_manifest_fail_naming_the_command(tmp_path):
    project = _project_copy(tmp_path)
    with pytest.raises(ManifestNotPrepared, match="dagster-dbt project prepare-and-package --file .*dbt_manifest.py"):
        require_manifest(project)


def test_a_manifest_older_than_the_project_is_a_warning_not_a_parse(tmp_path):
    project = _project_copy(tmp_path)
    project.manifest_path.parent.mkdir()
    project.manifest_path.write_text("{}", encoding="utf-8")
    os.utime(project.manifest_path, (1_000_000, 1_000_000))
    with pytest.warns(UserWarning, match="older than the dbt project: prepare it again"):
        require_manifest(project)
    os.utime(project.manifest_path)  # now newer than every project file
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        require_manifest(project)


def test_preparing_replaces_the_manifest_whole_so_a_reader_never_sees_half_of_one(tmp_path):
    """dbt writes its manifest in place; preparing parses beside it and moves the new one over the old, so a process
    that opened the old file (the Dagster UI loading its code) reads it whole, and no scratch folder is left."""
    project_dir = tmp_path / "dbt_project"
    shutil.copytree(DBT_PROJECT_DIR, project_dir, ignore=shutil.ignore_patterns("target-*", "logs", "run", "compiled"))
    manifest = project_dir / "target" / "manifest.json"
    old = manifest.read_bytes()
    with manifest.open("rb") as reader:
        parse_into_place(DbtProject(project_dir=project_dir, profiles_dir=project_dir))
        assert reader.read() == old
    new = json.loads(manifest.read_text(encoding="utf-8"))
    assert new["metadata"]["invocation_id"] != json.loads(old)["metadata"]["invocation_id"]
    assert [p.name for p in manifest.parent.iterdir() if p.name.startswith(".parse-")] == []


def test_only_the_newest_dbt_invocation_folders_are_kept(tmp_path):
    from orchestration.dbt_runs import PARTIAL_PARSE, prune

    for age in range(5):  # folder 0 is the newest
        folder = tmp_path / f"courtperf_dbt_models-run{age}"
        folder.mkdir()
        os.utime(folder, (1_000_000 - age, 1_000_000 - age))
    (tmp_path / PARTIAL_PARSE).write_bytes(b"parse")
    removed = prune(tmp_path, keep=2)
    assert sorted(p.name for p in removed) == [f"courtperf_dbt_models-run{age}" for age in (2, 3, 4)]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "courtperf_dbt_models-run0", "courtperf_dbt_models-run1", PARTIAL_PARSE
    ]  # fmt: skip


def test_a_dbt_step_sums_up_what_it_ran_by_kind_and_outcome(tmp_path):
    from orchestration.dbt_output import summary

    def result(unique_id: str, status: str) -> dict:
        return {"unique_id": unique_id, "status": status}

    results = [result("operation.courtperf.on-run-start-0", "success")]
    results += [result(f"model.courtperf.m{i}", "success") for i in range(3)] + [result("model.courtperf.bad", "error")]
    results += [result("seed.courtperf.s", "success"), result("test.courtperf.t1", "pass")]
    results += [result("test.courtperf.t2", "warn"), result("test.courtperf.t3", "fail")]
    results += [result("test.courtperf.t4", "skipped"), result("unit_test.courtperf.u", "pass")]
    run_results = tmp_path / "run_results.json"
    run_results.write_text(json.dumps({"elapsed_time": 12.4, "results": results}))
    assert summary("courtperf_dbt_models", run_results, tmp_path / "console.log") == (
        "courtperf_dbt_models: 4 models, 1 seeds, 4 tests, 1 unit tests in 12 s (6 ok, 1 warned, 2 failed, "
        f"1 skipped); output: {tmp_path / 'console.log'}"
    )
    missing = summary("courtperf_dbt_scores", tmp_path / "none.json", tmp_path / "console.log")
    assert missing == f"courtperf_dbt_scores: dbt wrote no results; its output is in {tmp_path / 'console.log'}"


def test_a_dbt_step_logs_its_progress_in_nodes_done_of_those_selected():
    from dagster import AssetCheckResult, AssetKey, Output

    from orchestration.dbt_output import Progress

    class Log:
        def __init__(self) -> None:
            self.lines: list[str] = []

        def info(self, line: str) -> None:
            self.lines.append(line)

    log = Log()
    progress = Progress(log, "courtperf_dbt_models", total=3, every=0)
    for event in (Output(None, "m1"), "not a node event", AssetCheckResult(asset_key=AssetKey("m1"), passed=True)):
        progress.seen(event)
    progress.seen(Output(None, "m2"))
    progress.seen(Output(None, "m3"))  # an observation beyond the selection: never more than the total
    assert [line.split(",")[0] for line in log.lines] == [
        f"courtperf_dbt_models: {n} of 3 models" for n in (1, 1, 2, 3, 3)
    ]


def test_the_night_fingerprint_follows_what_the_output_depends_on_and_nothing_else(tmp_path):
    """An unchanged night builds nothing only while the models, macros, publication policy and the marts left out
    of the readers' copy are the ones the published night had (orchestration/unchanged_night.py): a new parse of
    the same project keeps the fingerprint; an edited model, macro or policy, or other marts in the readers' copy,
    change it."""
    from courtperf.settings import Settings
    from orchestration.unchanged_night import night_fingerprint

    manifest = json.loads((DBT_PROJECT_DIR / "target" / "manifest.json").read_text(encoding="utf-8"))
    policy = tmp_path / "publication.yaml"
    policy.write_text("quarantine:\n  max_share: 0.01\n", encoding="utf-8")
    settings = Settings.from_env({"COURTPERF_HOME": str(tmp_path / "home")})

    def fingerprint(edit=lambda m: None, policy_text=None, env=None) -> str:
        copy = json.loads(json.dumps(manifest))
        edit(copy)
        path = tmp_path / "manifest.json"
        path.write_text(json.dumps(copy), encoding="utf-8")
        if policy_text is not None:
            policy.write_text(policy_text, encoding="utf-8")
        night = Settings.from_env({"COURTPERF_HOME": str(tmp_path / "home"), **env}) if env else settings
        return night_fingerprint(path, night, policy)

    model = "model.courtperf.fct_trial_cases"
    macro = next(uid for uid in manifest["macros"] if uid.startswith("macro.courtperf."))
    base = fingerprint()
    reparsed = fingerprint(lambda m: m["metadata"].update(generated_at="2030-01-01T00:00:00Z", invocation_id="x")
                           or m["nodes"][model].update(created_at=1.0))  # fmt: skip
    assert reparsed == base
    assert fingerprint(lambda m: m["nodes"][model]["checksum"].update(checksum="edited")) != base
    assert fingerprint(lambda m: m["macros"][macro].update(macro_sql="select 1")) != base
    assert fingerprint(env={"COURTPERF_PUBLISH_RESTRICTED": "conduct"}) != base
    assert fingerprint(policy_text="quarantine:\n  max_share: 0.05\n") != base


def test_a_night_is_unchanged_only_without_new_rows_and_with_the_same_statistics_start():
    """nothing_landed_since: a later batch that loaded, quarantined or met an unreadable file changes the night, one
    that read everything again does not; so does a statistics_start the sources file changed after the published
    night (landing rewrites raw._extract_settings only when the value changes)."""
    from datetime import date

    import duckdb

    from ingestion.landing import ensure_raw_schema, record_extract_settings
    from orchestration.unchanged_night import nothing_landed_since

    con = duckdb.connect()
    ensure_raw_schema(con)
    record_extract_settings(con, date(2023, 1, 1))
    log = "insert into raw._load_log (batch_id, table_name, loaded, quarantined, finished_at) values (?, 't', ?, ?, ?)"
    con.execute(log, ["published", 10, 0, "2999-01-01 01:00"])
    con.execute(log, ["next", 0, 0, "2999-01-02 01:00"])  # read again, nothing new
    assert nothing_landed_since(con, "published")
    assert not nothing_landed_since(con, "unknown batch")
    record_extract_settings(con, date(2023, 1, 1))  # the same value: not rewritten
    assert nothing_landed_since(con, "published")
    con.execute("update raw._extract_settings set recorded_at = '2999-01-02 00:30'")  # changed after the night
    assert not nothing_landed_since(con, "published")
    con.execute("update raw._extract_settings set recorded_at = '2999-01-01 00:30'")
    con.execute(log, ["later", 0, 1, "2999-01-03 01:00"])  # a quarantined row
    assert not nothing_landed_since(con, "published")


def test_a_dbt_step_starts_dbt_without_asking_its_version_or_loading_an_adapter(monkeypatch, tmp_path):
    """dagster-dbt's resource would run `dbt --version` and load a dbt adapter into Dagster's process before each
    dbt command; the project's resource does neither (orchestration/dbt_manifest.py), and dbt still runs."""
    import dagster_dbt.core.resource
    import dbt.adapters.factory

    from orchestration.dbt_manifest import dbt_cli

    calls = []
    monkeypatch.setattr(dagster_dbt.core.resource, "check_output", lambda *a, **k: calls.append(("check_output", a)))
    monkeypatch.setattr(dbt.adapters.factory, "register_adapter", lambda *a, **k: calls.append(("register", a)))
    invocation = dbt_cli().cli(["debug", "--config-dir"], target_path=tmp_path / "target")
    assert invocation.wait().is_successful()
    assert calls == []
