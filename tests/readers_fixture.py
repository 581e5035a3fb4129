"""Readers of the published copy in their own processes, as a BI tool or the dashboard would be, held open while a
test runs a night: one holds a connection open from before the night to after it; the other opens a fresh
connection per observation. (Within one process DuckDB reuses a database that is still open for the same path,
so the two must not share a process.) Each observation records the publication's run and every table's row
count, live, against the counts the publication recorded.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

READER = r"""
import duckdb, json, os, sys, time
mode, path, out, stop = sys.argv[1:]
def state(con):
    run_id, tables = con.execute("select run_id, tables from main.publication").fetchone()
    live = {t: con.execute("select count(*) from " + t).fetchone()[0] for t in json.loads(tables)}
    return {"run_id": run_id, "recorded": json.loads(tables), "live": live, "at": time.time()}
held = duckdb.connect(path, read_only=True) if mode == "held" else None
with open(out, "w") as f:
    while True:
        con = held or duckdb.connect(path, read_only=True)
        f.write(json.dumps(state(con)) + "\n"); f.flush()
        if con is not held:
            con.close()
        if os.path.exists(stop):
            break
        time.sleep(0.2)
"""
MODES = ("held", "fresh")


@contextlib.contextmanager
def readers_held_open(published: Path, folder: Path) -> Iterator[dict[str, list[dict]]]:
    """Start both readers on `published` and wait until each has read it once; on leaving, stop them and fill the
    yielded dict with each reader's observations, by mode."""
    stop = folder / "readers.stop"
    logs = {mode: folder / f"reader-{mode}.jsonl" for mode in MODES}
    readers = [
        subprocess.Popen([sys.executable, "-c", READER, mode, str(published), str(log), str(stop)])
        for mode, log in logs.items()
    ]
    observed: dict[str, list[dict]] = {}
    try:
        while not all(log.exists() and log.read_text().strip() for log in logs.values()):
            assert all(r.poll() is None for r in readers), "a reader did not start"
            time.sleep(0.1)
        yield observed
        time.sleep(1)
        stop.touch()
        assert [r.wait(timeout=60) for r in readers] == [0, 0]
    finally:
        for r in readers:
            if r.poll() is None:
                r.kill()
    observed.update({mode: [json.loads(line) for line in log.read_text().splitlines()] for mode, log in logs.items()})
