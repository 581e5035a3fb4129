"""The Dagster instance's SQLite storage (orchestration/sqlite_storage.py): connections kept open between events,
the same files Dagster's own storage reads, and the UI's live view of a running run still told of new events."""

from __future__ import annotations

import threading
import time

from dagster import AssetKey, DagsterEvent, DagsterEventType, DagsterInstance, asset, materialize
from dagster._core.events import AssetMaterializationPlannedData
from dagster._core.events.log import EventLogEntry
from dagster._core.storage.event_log import SqliteEventLogStorage
from dagster._core.test_utils import instance_for_test

from courtperf.settings import DAGSTER_YAML
from orchestration.sqlite_storage import KEEP_OPEN, CourtperfSqliteStorage, OpenSqliteEventLogStorage


@asset
def tonight() -> int:
    return 1


def _event(run_id: str, message: str) -> EventLogEntry:
    planned = DagsterEvent(
        DagsterEventType.ASSET_MATERIALIZATION_PLANNED.value,
        "job",
        event_specific_data=AssetMaterializationPlannedData(AssetKey("tonight")),
    )
    return EventLogEntry(None, "debug", message, run_id, time.time(), job_name="job", dagster_event=planned)


def test_the_project_instance_uses_it_and_records_runs_that_dagsters_own_storage_reads(tmp_path, monkeypatch):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    (tmp_path / "dagster.yaml").write_text(DAGSTER_YAML.read_text(encoding="utf-8"), encoding="utf-8")
    with DagsterInstance.get() as instance:
        assert isinstance(instance.event_log_storage, OpenSqliteEventLogStorage)
        run_id = materialize([tonight], instance=instance).run_id
        written = instance.all_logs(run_id)
        assert any(e.dagster_event_type == DagsterEventType.ASSET_MATERIALIZATION for e in written)
    # the same files as `storage: sqlite`: Dagster's own event log storage reads every event, and the asset
    # index (the latest materialisation, read across runs) holds the run's materialisation
    plain = SqliteEventLogStorage(str(tmp_path / "history" / "runs"))
    assert [r.event_log_entry.user_message for r in plain.get_records_for_run(run_id).records] == [
        e.user_message for e in written
    ]
    with instance_for_test(
        temp_dir=str(tmp_path), overrides={"storage": {"sqlite": {"base_dir": str(tmp_path)}}}
    ) as own:
        latest = own.get_latest_materialization_event(AssetKey("tonight"))
        assert latest is not None and latest.run_id == run_id


def test_a_run_s_file_changes_with_each_event_so_the_ui_follows_it_live(tmp_path):
    """Dagster's UI follows a running run by watching its file; another process (the run) writes the events."""
    writer = CourtperfSqliteStorage(str(tmp_path)).event_log_storage
    reader = SqliteEventLogStorage(str(tmp_path / "history" / "runs"))
    seen: list[str] = []
    arrived = threading.Event()

    def on_event(entry, _cursor):
        seen.append(entry.user_message)
        if len(seen) == 2:
            arrived.set()

    writer.store_event(_event("run-1", "first"))  # the run's file exists before the UI starts watching it
    reader.watch("run-1", None, on_event)
    try:
        writer.store_event(_event("run-1", "second"))
        assert arrived.wait(timeout=20), f"the watcher saw {seen}"
        assert seen == ["first", "second"]
    finally:
        reader.end_watch("run-1", on_event)
        reader.dispose()
        writer.dispose()


def test_it_keeps_a_few_files_open_and_closes_them_before_a_wipe(tmp_path):
    storage = OpenSqliteEventLogStorage(str(tmp_path))
    for n in range(KEEP_OPEN + 3):
        storage.store_event(_event(f"run-{n}", "planned"))
    assert len(storage._engines) == KEEP_OPEN  # the oldest runs' files were closed
    assert "run-0" not in storage._engines and f"run-{KEEP_OPEN + 2}" in storage._engines
    assert len(storage.get_records_for_run("run-0").records) == 1  # and open again when read
    storage.wipe()
    assert set(storage._engines) <= {"index"}  # every run's file closed (the wipe empties the index)
    assert not list(tmp_path.glob("run-*.db"))
    storage.store_event(_event("run-0", "after the wipe"))  # a new file, not the deleted one
    assert [r.event_log_entry.user_message for r in storage.get_records_for_run("run-0").records] == ["after the wipe"]
    storage.dispose()
