"""dbt commands on the Spark target, run one after another in one process of their own, so that the Spark session
dbt-spark's `session` method starts (and its JVM, warmed up by the first command) serves them all.

A fresh JVM spends much of a short build starting and compiling Spark's own code: the score models of
test_spark.py's second night built in 35 s after another build in the same process, 56 s in a process of their own.
The process reads each command's dbt arguments as a JSON line on its standard input, writes what dbt printed to
its log, and answers on a pipe of its own whether the command succeeded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from courtperf.settings import Settings
from engines.spark import SPARK_TARGET, spark_env


class SparkDbt:
    """One dbt process for every command on the spark target; use it as a context manager."""

    def __init__(self, settings: Settings, project: Path, log: Path) -> None:
        self._log = log
        replies, self._reply_fd = os.pipe()
        with log.open("w", encoding="utf-8") as out:
            self._process = subprocess.Popen(
                [sys.executable, "-u", __file__, str(self._reply_fd)],
                cwd=project, env=spark_env(settings), stdin=subprocess.PIPE, stdout=out, stderr=subprocess.STDOUT,
                text=True, pass_fds=(self._reply_fd,),
            )  # fmt: skip
        os.close(self._reply_fd)
        self._replies = os.fdopen(replies, encoding="utf-8")

    def run(self, args: list[str]) -> tuple[bool, str]:
        """`dbt <args> --target spark`: whether it succeeded, and what it printed."""
        start = self._log.stat().st_size
        try:
            self._process.stdin.write(json.dumps(args) + "\n")
            self._process.stdin.flush()
            reply = self._replies.readline()
        except BrokenPipeError:
            reply = ""
        with self._log.open(encoding="utf-8", errors="replace") as log:
            log.seek(start)
            printed = log.read()
        if not reply:
            code = self._process.wait()
            raise AssertionError(f"the dbt process for Spark ended (exit code {code}):\n{printed[-8000:]}")
        return json.loads(reply)["success"], printed

    def __enter__(self) -> SparkDbt:
        return self

    def __exit__(self, *exc) -> None:
        try:
            self._process.stdin.close()  # the process ends when its input does, and the JVM with it
            self._process.wait(timeout=120)
        except BrokenPipeError:
            self._process.wait()
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._replies.close()


def _serve(reply_fd: int) -> None:
    from dbt.cli.main import dbtRunner

    runner = dbtRunner()
    with os.fdopen(reply_fd, "w", encoding="utf-8") as replies:
        for line in iter(sys.stdin.readline, ""):
            result = runner.invoke([*json.loads(line), *SPARK_TARGET])
            replies.write(json.dumps({"success": bool(result.success)}) + "\n")
            replies.flush()


if __name__ == "__main__":
    _serve(int(sys.argv[1]))
