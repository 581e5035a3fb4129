"""Guarded configuration: the warehouse, published copy, archive and reports paths must be distinct; a warehouse
that is not a DuckDB file is a clear error everywhere; a read-only or missing folder fails at once, never retried.
Each is refused before anything is written, by the CLI and by a run Dagster launches itself."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterEventType, DagsterInstance

from cli.main import main
from courtperf.settings import PROJECT_ROOT, Settings, SettingsError
from tests.conftest import courtperf_home
from tests.ops_fixture import courts_db, land_courts, sources_yaml


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _warehouse(path: Path) -> Path:
    with duckdb.connect(str(path)) as con:
        con.execute("create schema raw; create table raw.marker as select 42 as answer")
    return path


def _retries(result) -> int:
    return sum(e.event_type == DagsterEventType.STEP_UP_FOR_RETRY for e in result.all_events)


def _failure(result) -> str:
    (failure,) = [e for e in result.all_events if e.event_type == DagsterEventType.STEP_FAILURE]
    return failure.step_failure_data.error.message


@pytest.mark.parametrize("variable", ["COURTPERF_PUBLISHED", "COURTPERF_ARCHIVE", "COURTPERF_REPORTS"])
def test_a_path_equal_to_the_warehouse_is_refused_before_anything_is_written(tmp_path, capsys, variable):
    home = tmp_path / "home"
    warehouse = _warehouse(tmp_path / "warehouse.duckdb")
    before = _digest(warehouse)
    sources = sources_yaml(tmp_path, f"sqlite:///{courts_db(tmp_path / 'hr.sqlite')}")
    with courtperf_home(home):
        os.environ.update({"COURTPERF_WAREHOUSE": str(warehouse), variable: str(warehouse)})
        assert main(["run", "--sources", str(sources)]) == 2
        err = capsys.readouterr().err
        assert f"{variable} and COURTPERF_WAREHOUSE are the same path {warehouse}" in err and "Fix: give each" in err
        assert "Traceback" not in err
        # a run the daemon or the UI launches does not pass through the CLI: its first write is refused too
        with DagsterInstance.ephemeral() as instance:
            result = land_courts(instance, warehouse, sources)
    assert not result.success and _retries(result) == 0
    assert "are the same path" in _failure(result) and "Nothing was written" in _failure(result)
    assert _digest(warehouse) == before and not home.exists()  # not even the Dagster instance was made


@pytest.mark.parametrize(
    ("content", "what"), [(b"", "an empty file"), (b"id,name\n1,a\n", "another kind of file"), (None, "a folder")]
)
def test_a_warehouse_that_is_not_a_duckdb_file_is_a_clear_error_everywhere(tmp_path, capsys, content, what):
    warehouse = tmp_path / "warehouse.duckdb"
    if content is None:
        warehouse.mkdir()
    else:
        warehouse.write_bytes(content)
    sources = sources_yaml(tmp_path, f"sqlite:///{courts_db(tmp_path / 'hr.sqlite')}")
    with courtperf_home(tmp_path / "home"):
        os.environ["COURTPERF_WAREHOUSE"] = str(warehouse)
        for command in (["run", "--sources", str(sources)], ["quality"]):
            assert main(command) == 2
            err = capsys.readouterr().err
            assert f"COURTPERF_WAREHOUSE={warehouse} is" in err and "Traceback" not in err, err
            assert what in err or (what == "a folder" and "is a folder" in err)
        with DagsterInstance.ephemeral() as instance:
            result = land_courts(instance, warehouse, sources)
        assert not result.success and _retries(result) == 0 and f"{warehouse} is" in _failure(result)
        from cli.doctor import _files

        (check,) = [c for c in _files(Settings.from_env()) if c.name == "warehouse"]
    assert check.status == "FAIL" and str(warehouse) in check.detail and check.fix
    if content is not None:
        assert warehouse.read_bytes() == content  # left as it was


def test_a_missing_folder_outside_the_home_is_refused_and_inside_it_is_made(tmp_path):
    home = tmp_path / "home"
    unmounted = tmp_path / "nas" / "courtperf" / "warehouse.duckdb"
    settings = Settings.from_env({"COURTPERF_HOME": str(home), "COURTPERF_WAREHOUSE": str(unmounted)})
    with pytest.raises(SettingsError, match=r"COURTPERF_WAREHOUSE: the folder .*nas/courtperf does not exist"):
        settings.validate(writing=True)
    settings.validate()  # reading commands do not need it
    Settings.from_env({"COURTPERF_HOME": str(home)}).validate(writing=True)  # courtperf makes its home
    with pytest.raises(SettingsError, match=r"COURTPERF_HOME: the folder .*home/on/a does not exist"):
        Settings.from_env({"COURTPERF_HOME": str(home / "on" / "a" / "disk")}).validate(writing=True)
    assert not (tmp_path / "nas").exists() and not home.exists()  # validation writes nothing


def _read_only(folder: Path, argv: list[str]) -> list[str]:
    """`argv` run with `folder` read-only: a read-only bind mount (root, which permissions do not stop), else
    the folder's mode."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return argv
    if shutil.which("unshare") is None:
        pytest.skip("running as root without unshare: cannot make a folder read-only")
    script = 'mount --bind -o ro "$0" "$0" && exec "$@"'
    return ["unshare", "--mount", "sh", "-c", script, str(folder), *argv]


def test_a_read_only_warehouse_folder_fails_at_once_as_permanent(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    warehouse = _warehouse(folder / "warehouse.duckdb")
    sources = sources_yaml(tmp_path, f"sqlite:///{courts_db(tmp_path / 'hr.sqlite')}")
    env = {
        **os.environ,
        "COURTPERF_HOME": str(tmp_path / "home"),
        "COURTPERF_WAREHOUSE": str(warehouse),
        "COURTPERF_DAGSTER_YAML": str(PROJECT_ROOT / "dagster.yaml"),
    }
    env.pop("DAGSTER_HOME", None)
    try:
        run = [sys.executable, "-m", "cli.main", "run", "--sources", str(sources)]
        done = subprocess.run(_read_only(folder, run), env=env, cwd=PROJECT_ROOT, capture_output=True, text=True)
        assert done.returncode == 2, done.stdout[-2000:] + done.stderr[-2000:]
        assert f"COURTPERF_WAREHOUSE: the folder {folder} is not writable" in done.stderr
        assert "Fix: make it writable" in done.stderr and "Traceback" not in done.stderr
        # the same folder under a run Dagster launches: one failed attempt, no retry, the fix in the failure
        land = (
            "from dagster import DagsterEventType, DagsterInstance\n"
            "from tests.ops_fixture import land_courts\n"
            "from pathlib import Path\n"
            "with DagsterInstance.ephemeral() as instance:\n"
            f"    result = land_courts(instance, Path({str(warehouse)!r}), Path({str(sources)!r}))\n"
            "events = [e for e in result.all_events]\n"
            "print('retries', sum(e.event_type == DagsterEventType.STEP_UP_FOR_RETRY for e in events))\n"
            "(failure,) = [e for e in events if e.event_type == DagsterEventType.STEP_FAILURE]\n"
            "print(failure.step_failure_data.error.message)\n"
        )
        done = subprocess.run(
            _read_only(folder, [sys.executable, "-c", land]), env=env, cwd=PROJECT_ROOT, capture_output=True, text=True
        )
    finally:
        folder.chmod(0o755)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "retries 0" in done.stdout and f"the folder {folder} is not writable" in done.stdout, done.stdout
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select answer from raw.marker").fetchall() == [(42,)]
