"""Catalog entries for the catalog tests: a valid base entry and its variations, and a check that an invalid
catalog is rejected before any SQL is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.models import generate_indicator_models
from indicators.catalog import CatalogError, load_catalog
from tests.indicator_fixture import copy_entry, write_config

BASE = {
    "id": "test_closed",
    "name_zh": "测试结案数",
    "name_en": "Test cases closed",
    "category": "trial",
    "dimension": "workload",
    "levels": ["court", "department", "person"],
    "roles": "any",
    "business_lines": "any",
    "unit": "cases",
    "direction": "higher",
    "scoring": "peer_relative",
    "valid_from": "2016-01-01",
    "description": "Cases closed, for tests.",
    "formula": {"kind": "count", "measure": {"fact": "trial_cases", "period": "closed_in"}},
}


def entry(iid: str = "test_closed", **changes) -> dict:
    return copy_entry(BASE, id=iid, **changes)


def count_of(fact: str, period: str, *filters: dict) -> dict:
    return {"kind": "count", "measure": {"fact": fact, "period": period, "filters": list(filters)}}


def config(tmp_path: Path, files: dict[str, list[dict]]) -> Path:
    return write_config(tmp_path, files)


def rejected(tmp_path: Path, files: dict[str, list[dict]]) -> str:
    """Load the catalog and return the CatalogError's message; also check that generation writes nothing."""
    cfg = config(tmp_path, files)
    with pytest.raises(CatalogError) as err:
        load_catalog(cfg)
    out = tmp_path / "generated"
    with pytest.raises(CatalogError):
        generate_indicator_models(config_dir=cfg, out_dir=out)
    assert not out.exists(), "SQL was written for an invalid catalog"
    return str(err.value)


def assert_names(message: str, file: str, iid: str, *words: str) -> None:
    assert f"{file}: indicator {iid!r}" in message, message
    for word in words:
        assert word in message, message
