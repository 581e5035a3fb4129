"""dbt commands run one after another in one process of their own (dbt's programmatic `dbtRunner`), so that a test
issuing several pays for starting Python and dbt once, and on Spark one JVM serves them all.

A dbt command in a process of its own costs 5 s on the tiny project before it does anything (Python, dbt, the
parse); the next one in a warm process 1.5 s. On Spark the saving is larger: a fresh JVM spends much of a short
build starting and compiling Spark's own code (test_spark.py's second night built its score models in 35 s after
another build in the same process, 56 s in a process of their own). The process reads each command's dbt
arguments (and the environment variables it adds) as a JSON line on its standard input, writes what dbt printed to
its log, and answers on a pipe of its own whether the command succeeded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from unittest.mock import patch


class DbtSession:
    """One dbt process for a series of commands on `project` (dbt runs in it, whatever DBT_PROJECT_DIR or
    DBT_PROFILES_DIR `env` names) with `env`, each given `extra_args` (a target, a target path); use it as a
    context manager."""

    def __init__(self, project: Path, env: dict[str, str], log: Path, extra_args: Sequence[str] = ()) -> None:
        self._log = log
        log.parent.mkdir(parents=True, exist_ok=True)
        replies, self._reply_fd = os.pipe()
        with log.open("w", encoding="utf-8") as out:
            self._process = subprocess.Popen(
                [sys.executable, "-u", __file__, str(self._reply_fd), json.dumps(list(extra_args))],
                cwd=project, env={k: v for k, v in env.items() if k not in ("DBT_PROJECT_DIR", "DBT_PROFILES_DIR")},
                stdin=subprocess.PIPE, stdout=out, stderr=subprocess.STDOUT, text=True, pass_fds=(self._reply_fd,),
            )  # fmt: skip
        os.close(self._reply_fd)
        self._replies = os.fdopen(replies, encoding="utf-8")

    @classmethod
    def on_warehouse(cls, project: Path, warehouse: Path, log: Path, extra_args: Sequence[str] = ()) -> DbtSession:
        """A session on the DuckDB target whose warehouse is `warehouse` (COURTPERF_WAREHOUSE)."""
        return cls(project, {**os.environ, "COURTPERF_WAREHOUSE": str(warehouse)}, log, extra_args)

    def run_ok(self, args: list[str]) -> str:
        """`dbt <args> <extra_args>`, failing the test with dbt's output if it failed; what it printed."""
        succeeded, printed = self.run(args)
        assert succeeded, f"dbt {' '.join(args)} failed:\n{printed[-10000:]}"
        return printed

    def run(self, args: list[str], env: dict[str, str] | None = None) -> tuple[bool, str]:
        """`dbt <args> <extra_args>`, with `env` added to the process's environment for this command: whether it
        succeeded, and what it printed."""
        start = self._log.stat().st_size
        try:
            self._process.stdin.write(json.dumps({"args": args, "env": env or {}}) + "\n")
            self._process.stdin.flush()
            reply = self._replies.readline()
        except BrokenPipeError:
            reply = ""
        with self._log.open(encoding="utf-8", errors="replace") as log:
            log.seek(start)
            printed = log.read()
        if not reply:
            code = self._process.wait()
            raise AssertionError(f"the dbt process ended (exit code {code}):\n{printed[-8000:]}")
        return json.loads(reply)["success"], printed

    def __enter__(self) -> DbtSession:
        return self

    def __exit__(self, *exc) -> None:
        try:
            self._process.stdin.close()  # the process ends when its input does (on Spark, the JVM with it)
            self._process.wait(timeout=120)
        except BrokenPipeError:
            self._process.wait()
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._replies.close()


def _release_duckdb() -> None:
    """dbt-duckdb keeps its database, and the warehouse attached to it, open from one command to the next: close
    it, so that the test may write the warehouse between two commands."""
    try:
        from dbt.adapters.duckdb.connections import DuckDBConnectionManager
    except ImportError:
        return
    DuckDBConnectionManager.close_all_connections()


def _serve(reply_fd: int, extra_args: list[str]) -> None:
    from dbt.cli.main import dbtRunner

    runner = dbtRunner()
    with os.fdopen(reply_fd, "w", encoding="utf-8") as replies:
        for line in iter(sys.stdin.readline, ""):
            command = json.loads(line)
            with patch.dict(os.environ, command["env"]):
                result = runner.invoke([*command["args"], *extra_args])
            _release_duckdb()
            replies.write(json.dumps({"success": bool(result.success)}) + "\n")
            replies.flush()


if __name__ == "__main__":
    _serve(int(sys.argv[1]), json.loads(sys.argv[2]))
