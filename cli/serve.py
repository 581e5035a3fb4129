"""Serve until stopped: `courtperf ui` and `courtperf dashboard` run their servers as child processes in one process
group of their own, and SIGTERM or Ctrl-C to `courtperf` stops the whole group, servers and whatever they started
(Dagster's code servers), so nothing is left running re-parented to PID 1.

When one server of the group ends by itself, the others are stopped too and its exit code is returned.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

GRACE_SECONDS = 20  # after SIGTERM, the group's time to shut down before SIGKILL


def serve(commands: Sequence[Sequence[str]], cwd: Path | None = None, say=print) -> int:
    """Run `commands` side by side in a new process group until one ends or `courtperf` is told to stop; returns
    the exit code of the server that ended, or 128 + the signal that stopped `courtperf`."""
    received: list[int] = []
    previous = {sig: signal.signal(sig, lambda number, _frame: received.append(number))
                for sig in (signal.SIGTERM, signal.SIGINT)}  # fmt: skip
    children: list[subprocess.Popen] = []
    try:
        for cmd in commands:  # the first starts the group, the others join it
            group = children[0].pid if children else 0  # 0: a new group, led by the first
            children.append(subprocess.Popen(list(cmd), cwd=cwd, process_group=group))
        while not received and all(child.poll() is None for child in children):
            time.sleep(0.2)
        ended = next((child for child in children if child.returncode is not None), None)
    finally:
        if received:
            say(f"stopping on {signal.Signals(received[0]).name}: the servers and every process they started")
        _stop_group(children)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if received or ended is None:
        return 128 + received[0]
    say(f"{' '.join(Path(a).name for a in ended.args[:3])} ended with exit code {ended.returncode}")
    return ended.returncode


def _stop_group(children: list[subprocess.Popen]) -> None:
    """SIGTERM to the children's whole group, SIGKILL to what is left after the grace period; reaps the children."""
    if children and _alive(group := children[0].pid):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGTERM)
        deadline = time.monotonic() + GRACE_SECONDS
        while time.monotonic() < deadline and _alive(group):
            for child in children:
                child.poll()  # a child that has exited is reaped, so it no longer counts as alive
            time.sleep(0.2)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)
    for child in children:
        child.wait()


def _alive(group: int) -> bool:
    """Whether any process of the group is still running (zombies waiting for their parent do not count)."""
    proc = Path("/proc")
    if not proc.is_dir():  # not Linux: any member, zombie or not
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return False
        return True
    for stat in proc.glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            state, _ppid, pgrp = stat.read_text().rsplit(")", 1)[1].split()[:3]
            if int(pgrp) == group and state != "Z":
                return True
    return False
