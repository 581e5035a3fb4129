"""Where each nightly dbt invocation writes, and the parse it hands on to the next.

dagster-dbt gives every invocation a target folder of its own. courtperf's live in the home
(`<COURTPERF_HOME>/dbt_runs/`), so a run never writes into the source tree, and only the newest KEEP are kept:
each holds a manifest, the compiled SQL, dbt's log and what it printed (console.log), about 34 MB, two per night.

dbt parses the whole project (about 10 s) unless it finds a `partial_parse.msgpack` made with the same profile;
the profile names no warehouse path (engines/dbt_warehouse.py attaches it), so it is the same for every home. Each
invocation starts from the newest parse made in this home, or in a new home from the project's own made at set-up
(dagster-dbt copies it), and leaves its own behind: dbt parses only what changed (about 4 s). dbt checks the file
against the project and the profile before using it, so a stale one costs a full parse, never a wrong manifest.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

from dagster import AssetExecutionContext
from dagster_dbt import DbtCliResource
from dbt.constants import PARTIAL_PARSE_FILE_NAME as PARTIAL_PARSE

from orchestration.dbt_output import Progress, summary

CONSOLE = "console.log"  # what dbt printed, node by node (orchestration/dbt_output.py)
KEEP = 20  # invocation folders kept per home: ten nights of the two dbt steps


def build_in(runs: Path, dbt: DbtCliResource, args: Sequence[str], context: AssetExecutionContext) -> Iterator:
    """`dbt <args>` in a new folder under `runs`, streaming its events (progress and a summary to the step's log,
    dbt's own lines to the folder's console.log); the folder's parse becomes the next one's starting point, and old
    folders are removed."""
    step = context.op_execution_context.op.name
    target = runs / f"{step}-{context.run.run_id[:8]}-{uuid.uuid4().hex[:7]}"
    target.mkdir(parents=True)
    latest = runs / PARTIAL_PARSE
    if latest.exists():  # otherwise dagster-dbt copies the project's own (dbt_project/target)
        shutil.copyfile(latest, target / PARTIAL_PARSE)
    progress = Progress(context.log, step, len(context.selected_asset_keys) + len(context.selected_asset_check_keys))
    try:
        # dagster-dbt echoes each dbt event to stdout: to the invocation's console.log, not the terminal
        with (target / CONSOLE).open("w", encoding="utf-8") as console, contextlib.redirect_stdout(console):
            for event in dbt.cli(args, context=context, target_path=target).stream():
                progress.seen(event)
                yield event
    finally:
        context.log.info(summary(step, target / "run_results.json", target / CONSOLE))
        made = target / PARTIAL_PARSE
        if made.exists():
            staged = runs / f".{PARTIAL_PARSE}.{uuid.uuid4().hex[:7]}"
            shutil.copyfile(made, staged)
            os.replace(staged, latest)  # a reader never sees half a file
        prune(runs)


def prune(runs: Path, keep: int = KEEP) -> list[Path]:
    """Remove all but the newest `keep` invocation folders; returns the removed ones."""
    folders = sorted((p for p in runs.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime, reverse=True)
    for folder in folders[keep:]:
        shutil.rmtree(folder, ignore_errors=True)
    return folders[keep:]
