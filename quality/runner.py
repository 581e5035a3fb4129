"""Run a suite with GX Core on pandas DataFrames read read-only from DuckDB, and return plain results.

GX's SQL datasource through duckdb-engine is broken (see the measured notes), so frames are read with
DuckDB and handed to an ephemeral GX context as DataFrames. The warehouse is opened read-only only while
the frames are read, never held during validation.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from quality.suites import Expectation, Suite

SAMPLE_KEYS = 10


@dataclass(frozen=True)
class ExpectationResult:
    suite: str
    table: str
    expectation: str
    gx_type: str
    column: str
    severity: str
    success: bool
    element_count: int
    unexpected_count: int
    failing_keys: list[dict[str, Any]] = field(default_factory=list)
    description: str = ""
    error: str = ""

    @property
    def message(self) -> str:
        if self.success:
            return f"{self.table}.{self.column}: {self.expectation} passed ({self.element_count:,} rows)"
        if self.error:
            return f"{self.table}.{self.column}: {self.expectation} could not run: {self.error}"
        keys = "; ".join(", ".join(f"{k}={v}" for k, v in row.items()) for row in self.failing_keys[:3])
        return (
            f"{self.table}.{self.column}: {self.expectation} failed on {self.unexpected_count:,} of "
            f"{self.element_count:,} rows ({self.description or self.gx_type}); e.g. {keys}"
        )

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "message": self.message}


def read_frames(warehouse: Path | str, suite: Suite) -> dict[str, pd.DataFrame]:
    """The suite's frames, read in one short read-only connection."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {name: con.execute(sql).df() for name, sql in suite.frames.items()}
    finally:
        con.close()


@dataclass(frozen=True)
class DataDocs:
    """Where GX keeps its stores and Data Docs site (a file context under `root`), and the run they belong to."""

    root: Path
    run_id: str

    @property
    def index(self) -> Path:
        return self.root / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"


def _context(docs: DataDocs | None):
    """A file context when Data Docs are wanted (suites, results and the site persist across runs), else ephemeral."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    if docs:
        docs.root.mkdir(parents=True, exist_ok=True)
        context = gx.get_context(mode="file", project_root_dir=str(docs.root))
    else:
        context = gx.get_context(mode="ephemeral")
    with contextlib.suppress(Exception):  # cosmetic only
        context.variables.progress_bars = {"globally": False, "metric_calculations": False}
    return gx, context


def validate_frames(
    suite: Suite, frames: dict[str, pd.DataFrame], sample: int = SAMPLE_KEYS, docs: DataDocs | None = None
) -> list[ExpectationResult]:
    """Validate `suite` with one GX checkpoint per frame (an ExpectationSuite of that frame's expectations);
    with `docs`, each checkpoint also updates the Data Docs site. Errors in an expectation are failures."""
    gx, context = _context(docs)
    source = context.data_sources.add_or_update_pandas(f"courtperf_{suite.name}")
    outcomes: dict[str, Any] = {}
    for name, frame in frames.items():
        expectations = [e for e in suite.expectations if e.frame == name]
        if frame.empty or not expectations:
            continue
        try:
            outcomes.update(_run_checkpoint(gx, context, source, suite, name, expectations, frame, sample, docs))
        except Exception as exc:  # noqa: BLE001 - a suite that cannot run fails its checks; it never opens the gate
            outcomes.update({e.name: exc for e in expectations})
    return [_result(suite, exp, frames[exp.frame], outcomes.get(exp.name), sample) for exp in suite.expectations]


def _run_checkpoint(gx, context, source, suite: Suite, frame_name: str, expectations, frame, sample, docs):
    gx_name = f"{suite.name}__{frame_name}"  # the suite's name in Data Docs: courtperf suite and frame
    asset = next((a for a in source.assets if a.name == frame_name), None) or source.add_dataframe_asset(frame_name)
    batch = next((b for b in asset.batch_definitions if b.name == frame_name), None)
    batch = batch or asset.add_batch_definition_whole_dataframe(frame_name)
    gx_suite = gx.ExpectationSuite(name=gx_name, meta={"courtperf_table": suite.table})
    for exp in expectations:
        meta = {"courtperf_name": exp.name, "severity": exp.severity, "description": exp.description}
        gx_suite.add_expectation(getattr(gx.expectations, exp.gx_type)(**exp.kwargs, meta=meta))
    gx_suite = context.suites.add_or_update(gx_suite)
    definition = context.validation_definitions.add_or_update(
        gx.ValidationDefinition(data=batch, suite=gx_suite, name=gx_name)
    )
    result_format: dict[str, Any] = {"result_format": "COMPLETE", "partial_unexpected_count": sample}
    keys = [k for k in suite.keys.get(frame_name, []) if k in frame.columns]
    if keys:
        result_format["unexpected_index_column_names"] = keys
    actions = [gx.checkpoint.UpdateDataDocsAction(name="data_docs")] if docs else []
    checkpoint = context.checkpoints.add_or_update(
        gx.Checkpoint(name=gx_name, validation_definitions=[definition], actions=actions, result_format=result_format)
    )
    run_id = gx.core.run_identifier.RunIdentifier(run_name=docs.run_id if docs else "courtperf")
    outcome = checkpoint.run(batch_parameters={"dataframe": frame}, run_id=run_id)
    return {r.expectation_config.meta["courtperf_name"]: r for run in outcome.run_results.values() for r in run.results}


def _result(suite: Suite, exp: Expectation, frame: pd.DataFrame, outcome, sample: int) -> ExpectationResult:
    keys = [k for k in suite.keys.get(exp.frame, []) if k in frame.columns]
    base = dict(
        suite=suite.name, table=suite.table, expectation=exp.name, gx_type=exp.gx_type, column=exp.column,
        severity=exp.severity, description=exp.description,
    )  # fmt: skip
    if frame.empty:
        return ExpectationResult(**base, success=True, element_count=0, unexpected_count=0)
    if outcome is None or isinstance(outcome, Exception):
        error = str(outcome) if outcome is not None else "GX returned no result for this expectation"
        return ExpectationResult(**base, success=False, element_count=len(frame), unexpected_count=0, error=error)
    if outcome.exception_info and outcome.exception_info.get("raised_exception"):
        error = outcome.exception_info.get("exception_message") or "GX raised an exception"
        return ExpectationResult(**base, success=False, element_count=len(frame), unexpected_count=0, error=error)
    result = outcome.result or {}
    # the failing rows' keys in key order, so a message names the same examples on every run
    failing = [{k: _plain(row.get(k)) for k in keys} for row in result.get("unexpected_index_list") or []]
    samples = sorted(failing, key=lambda row: tuple(str(v) for v in row.values()))[:sample]
    return ExpectationResult(
        **base,
        success=bool(outcome.success),
        element_count=int(result.get("element_count", len(frame)) or 0),
        unexpected_count=int(result.get("unexpected_count", 0) or 0),
        failing_keys=samples,
    )


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, "item"):
        return value.item()
    return str(value)


def run_suite(
    warehouse: Path | str, suite: Suite, sample: int = SAMPLE_KEYS, docs: DataDocs | None = None
) -> list[ExpectationResult]:
    """Read the suite's frames read-only from the warehouse and validate them (updating Data Docs if given)."""
    return validate_frames(suite, read_frames(warehouse, suite), sample, docs)
