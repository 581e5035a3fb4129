"""The Dagster instance's SQLite storage (dagster.yaml) with the event log's files kept open: a night writes a few
thousand events, not a few thousand file opens.

Dagster's `SqliteEventLogStorage` (one SQLite file per run, plus an index file for assets across runs) creates a
new engine, opens the file and closes it again for every event: on this project's nightly job (~500
planned-asset events before the first step, ~1,500 events in all) creating the run alone took 31 s on a busy
2-core machine (7.5 s of CPU), and a night with nothing new spent most of its time there. This storage keeps one
engine per file (the few most recently used, `KEEP_OPEN`): creating the run took 7.4 s (2.5 s of CPU) on the
same machine. Every commit is still synced to disk as before; same files, same schema: an instance can switch
to it and back.

Dagster's UI follows a running run by watching its file for changes; after storing an event this storage touches
the run's file, so the UI is told in whatever journal mode the file is. The production instance keeps its
history in PostgreSQL (dagster.postgres.yaml) and does not use this class.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from dagster._core.storage.event_log.sqlite.sqlite_event_log import (
    SQLITE_BUSY_TIMEOUT_SECONDS,
    SqliteEventLogStorage,
)
from dagster._core.storage.runs import SqliteRunStorage
from dagster._core.storage.schedules import SqliteScheduleStorage
from dagster._core.storage.sqlite_storage import DagsterSqliteStorage
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection, Engine

KEEP_OPEN = 8  # files with an open engine: the index, tonight's run and a few runs the UI reads


class OpenSqliteEventLogStorage(SqliteEventLogStorage):
    """`SqliteEventLogStorage` with an engine kept per file (see the module docstring)."""

    def __init__(self, base_dir: str, inst_data=None):
        self._engines: OrderedDict[str, Engine] = OrderedDict()
        super().__init__(base_dir, inst_data)

    @classmethod
    def from_config_value(cls, inst_data, config_value) -> OpenSqliteEventLogStorage:
        return cls(inst_data=inst_data, **config_value)

    def _engine(self, shard: str) -> Engine:
        engine = self._engines.get(shard)
        if engine is not None:
            self._engines.move_to_end(shard)
            return engine
        engine = create_engine(
            self.conn_string_for_shard(shard),
            pool_size=1,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS, "check_same_thread": False},
        )
        if shard not in self._initialized_dbs:
            self._initdb(engine)
            self._initialized_dbs.add(shard)
        self._engines[shard] = engine
        while len(self._engines) > KEEP_OPEN:
            self._engines.popitem(last=False)[1].dispose()
        return engine

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:
        with self._db_lock, self._engine(shard).connect() as conn, conn.begin():
            yield conn

    def store_event(self, event_entry) -> None:
        super().store_event(event_entry)
        with suppress(FileNotFoundError):  # the UI's watcher of a running run reacts to its file's changes
            os.utime(self.path_for_shard(event_entry.run_id))

    def _close_all(self) -> None:
        with self._db_lock:
            while self._engines:
                self._engines.popitem()[1].dispose()

    def wipe(self) -> None:
        self._close_all()  # before the files are deleted: an open connection would write into a deleted file
        super().wipe()

    def dispose(self) -> None:
        self._close_all()
        super().dispose()


class CourtperfSqliteStorage(DagsterSqliteStorage):
    """Dagster's `storage: sqlite` (runs, event log and schedules in the same files under `base_dir`), with the
    event log above. dagster.yaml: `storage: {custom: {module: orchestration.sqlite_storage, class:
    CourtperfSqliteStorage, config: {base_dir: {env: DAGSTER_HOME}}}}`."""

    def __init__(self, base_dir: str, inst_data=None):
        os.makedirs(base_dir, exist_ok=True)
        self.base_dir = base_dir
        self._run_storage = SqliteRunStorage.from_local(os.path.join(base_dir, "history", ""))
        self._event_log_storage = OpenSqliteEventLogStorage(os.path.join(base_dir, "history", "runs", ""))
        self._schedule_storage = SqliteScheduleStorage.from_local(os.path.join(base_dir, "schedules"))
        self._inst_data = inst_data
        super(DagsterSqliteStorage, self).__init__()  # DagsterStorage's: the storages are made above

    @classmethod
    def from_config_value(cls, inst_data, config_value) -> CourtperfSqliteStorage:
        return cls(inst_data=inst_data, **config_value)
