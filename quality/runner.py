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


def _context():
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    context = gx.get_context(mode="ephemeral")
    with contextlib.suppress(Exception):  # cosmetic only
        context.variables.progress_bars = {"globally": False, "metric_calculations": False}
    return gx, context


def validate_frames(
    suite: Suite, frames: dict[str, pd.DataFrame], sample: int = SAMPLE_KEYS
) -> list[ExpectationResult]:
    """Validate each expectation of `suite` on its frame; errors in an expectation are failures, not crashes."""
    gx, context = _context()
    source = context.data_sources.add_pandas(f"courtperf_{suite.name}")
    batches = {}
    for name, frame in frames.items():
        asset = source.add_dataframe_asset(name)
        definition = asset.add_batch_definition_whole_dataframe(name)
        batches[name] = definition.get_batch(batch_parameters={"dataframe": frame})
    return [_validate(gx, suite, exp, batches[exp.frame], frames[exp.frame], sample) for exp in suite.expectations]


def _validate(gx, suite: Suite, exp: Expectation, batch, frame: pd.DataFrame, sample: int) -> ExpectationResult:
    keys = [k for k in suite.keys.get(exp.frame, []) if k in frame.columns]
    base = dict(
        suite=suite.name, table=suite.table, expectation=exp.name, gx_type=exp.gx_type, column=exp.column,
        severity=exp.severity, description=exp.description,
    )  # fmt: skip
    if frame.empty:
        return ExpectationResult(**base, success=True, element_count=0, unexpected_count=0)
    try:
        expectation = getattr(gx.expectations, exp.gx_type)(**exp.kwargs)
        result_format: dict[str, Any] = {"result_format": "COMPLETE", "partial_unexpected_count": sample}
        if keys:
            result_format["unexpected_index_column_names"] = keys
        outcome = batch.validate(expectation, result_format=result_format)
    except Exception as exc:  # noqa: BLE001 - report, never crash the gate open
        return ExpectationResult(**base, success=False, element_count=len(frame), unexpected_count=0, error=str(exc))
    if outcome.exception_info and outcome.exception_info.get("raised_exception"):
        error = outcome.exception_info.get("exception_message") or "GX raised an exception"
        return ExpectationResult(**base, success=False, element_count=len(frame), unexpected_count=0, error=error)
    result = outcome.result or {}
    samples = [{k: _plain(row.get(k)) for k in keys} for row in (result.get("unexpected_index_list") or [])[:sample]]
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


def run_suite(warehouse: Path | str, suite: Suite, sample: int = SAMPLE_KEYS) -> list[ExpectationResult]:
    """Read the suite's frames read-only from the warehouse and validate them."""
    return validate_frames(suite, read_frames(warehouse, suite), sample)
