"""`courtperf ui` and `courtperf dashboard` stop their whole process tree on SIGTERM or Ctrl-C (cli/serve.py): no
server, code server or helper is left running re-parented to PID 1."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from cli.serve import serve
from courtperf.settings import PROJECT_ROOT
from tests.conftest import cli_env

STARTUP = 120  # seconds a server may take to answer on a loaded machine


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _why(output: str) -> str:
    """What a server that ended at start-up said: its error lines (a code server's reason comes long before the
    end of the output), then the end of the output."""
    errors = [line for line in output.splitlines() if any(w in line for w in ("Error", "Exception", "exited"))]
    return "\n".join(errors[:20]) + "\n...\n" + output[-2000:]


def _processes() -> list[tuple[int, int, int, str]]:
    """(pid, parent pid, process group, state) of every process, from /proc (Linux)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            pid, rest = stat.read_text().split(" ", 1)
        except OSError:  # ended meanwhile
            continue
        state, ppid, pgrp = rest.rsplit(")", 1)[1].split()[:3]
        found.append((int(pid), int(ppid), int(pgrp), state))
    return found


def _group_members(group: int) -> set[int]:
    """The running processes of a process group, zombies excluded."""
    return {pid for pid, _, pgrp, state in _processes() if pgrp == group and state != "Z"}


def _children(parent: int) -> dict[int, int]:
    """The children of `parent`, with their process groups."""
    return {pid: pgrp for pid, ppid, pgrp, _ in _processes() if ppid == parent}


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table from /proc (Linux)")
@pytest.mark.parametrize(
    ("command", "path", "servers"),
    [(["dashboard"], "/_stcore/health", 1), (["ui"], "/server_info", 2)],
    ids=["dashboard", "ui"],
)
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["sigterm", "ctrl-c"])
def test_stopping_courtperf_stops_every_process_it_started(tmp_path, command, path, servers, stop):
    port = _free_port()
    args = [sys.executable, "-m", "cli.main", *command, "--port", str(port)]
    env = cli_env(tmp_path / "home")
    courtperf = subprocess.Popen(
        args, cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    group = None
    try:
        deadline = time.monotonic() + STARTUP
        while not _answers(f"http://127.0.0.1:{port}{path}"):
            assert courtperf.poll() is None, _why(courtperf.stdout.read())
            assert time.monotonic() < deadline, f"{command[0]} did not answer within {STARTUP} s"
            time.sleep(0.5)
        started = _children(courtperf.pid)
        assert len(started) == servers  # the servers, in one group of their own, beside courtperf's
        (group,) = set(started.values())
        assert group != courtperf.pid and len(_group_members(group)) >= servers
        courtperf.send_signal(stop)  # only courtperf, as `kill` or a terminal's Ctrl-C (to its foreground job) would
        out, _ = courtperf.communicate(timeout=60)
    finally:
        if courtperf.poll() is None:
            courtperf.kill()
        for pid in _group_members(group) if group else ():  # a failed test leaves no server behind
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    assert courtperf.returncode == 128 + stop, out[-3000:]
    assert f"stopping on {stop.name}" in out
    assert _group_members(group) == set(), "a process of the group outlived courtperf"
    for warning in ("superseded", "will not be used"):  # `dagster dev`'s warnings, not the user's concern
        assert warning not in out


def test_when_one_server_ends_the_others_are_stopped_and_its_exit_code_returned(tmp_path):
    said: list[str] = []
    pid_file = tmp_path / "sleeper.pid"
    sleeper = [
        sys.executable,
        "-c",
        f"import os, time; open({str(pid_file)!r}, 'w').write(str(os.getpid())); time.sleep(600)",
    ]
    failing = [
        sys.executable,
        "-c",
        f"import os, time\nwhile not os.path.exists({str(pid_file)!r}): time.sleep(0.1)\nraise SystemExit(3)",
    ]
    assert serve([sleeper, failing], say=said.append) == 3
    assert not Path(f"/proc/{pid_file.read_text()}").exists()  # the sleeper was stopped with it
    assert said and "exit code 3" in said[-1]


def test_ui_creates_the_instance_storage_before_the_servers_share_it(tmp_path, monkeypatch):
    """On a new home the webserver, the daemon and their code servers would each create the SQLite storage at the
    same moment, and the loser of that race exits: `courtperf ui` creates it first, in its own process."""
    from cli.main import main

    home = tmp_path / "home"
    for key, value in cli_env(home).items():
        monkeypatch.setenv(key, value)
    for key in set(os.environ) - set(cli_env(home)):
        monkeypatch.delenv(key)
    found: dict[str, bool] = {}

    def serve_seeing_the_storage(commands, cwd=None, say=print):
        dagster_home = Path(os.environ["DAGSTER_HOME"])
        for name in ("history/runs.db", "history/runs/index.db", "schedules/schedules.db"):
            found[name] = (dagster_home / name).is_file()
        return 0

    monkeypatch.setattr("cli.serve.serve", serve_seeing_the_storage)
    assert main(["ui", "--port", str(_free_port())]) == 0
    assert found == dict.fromkeys(found, True) and len(found) == 3
