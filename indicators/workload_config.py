"""Workload configuration (折算): the case-weight table and the role shares, as analysts edit them.

    config/workload/case_weights.csv   case_type_code, procedure ('*' = any), weight
    config/workload/role_shares.csv    case_role (handling, panel_member, assistant, clerk), share

Validated on load (errors name the file, the row and the problem) and compiled into two small dbt
models, `cfg_case_weights` and `cfg_role_shares`, that the workload models join to.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

from indicators.catalog import CONFIG_DIR, CatalogError
from indicators.compiler import HEADER, LITERAL_ROWS, STRING, GeneratedModel, literal_rows
from ingestion.contract import load_contract

CASE_ROLES = ("handling", "panel_member", "assistant", "clerk")


def _rows(path: Path, columns: list[str], problems: list[str]) -> list[tuple[int, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if reader.fieldnames != columns:
                problems.append(f"{path.name}: header must be {','.join(columns)}, got {reader.fieldnames}")
                return []
            return [(n, row) for n, row in enumerate(reader, start=2)]
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{path.name}: cannot be read: {exc}")
        return []


def _number(text: str, where: str, problems: list[str]) -> float | None:
    try:
        value = float(text)
    except (TypeError, ValueError):
        problems.append(f"{where}: {text!r} is not a number")
        return None
    if not math.isfinite(value):  # 'nan' and 'inf' parse as floats but are no weights (nor valid SQL)
        problems.append(f"{where}: {text!r} is not a finite number")
        return None
    if value < 0:
        problems.append(f"{where}: must not be negative")
        return None
    return value


def load_case_weights(config_dir: Path = CONFIG_DIR) -> list[tuple[str, str, float]]:
    path = config_dir / "workload" / "case_weights.csv"
    contract = load_contract()
    types = set(contract.table("trial", "cases").column("case_type_code").values or ())
    types |= set(contract.table("enforcement", "enforcement_cases").column("case_type_code").values or ())
    procedures = set(contract.table("trial", "cases").column("procedure").values or ()) | {"*"}
    problems: list[str] = []
    weights: list[tuple[str, str, float]] = []
    seen: set[tuple[str, str]] = set()
    for line, row in _rows(path, ["case_type_code", "procedure", "weight"], problems):
        where = f"{path.name} line {line}"
        code, procedure = row["case_type_code"], row["procedure"]
        if code not in types:
            problems.append(f"{where}: unknown case_type_code {code!r}")
        if procedure not in procedures:
            problems.append(f"{where}: procedure must be '*' or one of {sorted(procedures - {'*'})}")
        if (code, procedure) in seen:
            problems.append(f"{where}: ({code}, {procedure}) appears twice")
        seen.add((code, procedure))
        weight = _number(row["weight"], where, problems)
        if weight is not None:
            weights.append((code, procedure, weight))
    if problems:
        raise CatalogError(problems)
    return weights


def load_role_shares(config_dir: Path = CONFIG_DIR) -> dict[str, float]:
    path = config_dir / "workload" / "role_shares.csv"
    problems: list[str] = []
    shares: dict[str, float] = {}
    for line, row in _rows(path, ["case_role", "share"], problems):
        where = f"{path.name} line {line}"
        if row["case_role"] not in CASE_ROLES:
            problems.append(f"{where}: case_role must be one of {list(CASE_ROLES)}")
            continue
        share = _number(row["share"], where, problems)
        if share is not None:
            shares[row["case_role"]] = share
    missing = [r for r in CASE_ROLES if r not in shares]
    if missing and not problems:
        problems.append(f"{path.name}: missing shares for {missing}")
    if problems:
        raise CatalogError(problems)
    return shares


# a few literal rows, inlined where they are joined: a table of their own would cost more than it saves
EPHEMERAL = "{{ config(materialized='ephemeral') }}\n"


def workload_models(config_dir: Path = CONFIG_DIR) -> list[GeneratedModel]:
    weights = load_case_weights(config_dir)
    shares = load_role_shares(config_dir)
    weight_rows = literal_rows([("case_type_code", STRING), ("procedure", STRING), ("weight", "double")], list(weights))
    # preference 1 is the role a person keeps when they had several on one case: the largest share, ties by name
    ranked = sorted(shares.items(), key=lambda role_share: (-role_share[1], role_share[0]))
    share_rows = literal_rows(
        [("case_role", STRING), ("share", "double"), ("preference", "integer")],
        [(role, share, preference) for preference, (role, share) in enumerate(ranked, start=1)],
    )
    return [
        GeneratedModel(
            "cfg_case_weights",
            f"{HEADER}-- config/workload/case_weights.csv: weight per case type and procedure ('*' = any)\n"
            f"{EPHEMERAL}with\n\nfinal as (\n\n{LITERAL_ROWS}\n\n)\n\nselect * from final\n",
            weight_rows,
            "The case weight per case type and procedure ('*' = any), from config/workload/case_weights.csv.",
        ),
        GeneratedModel(
            "cfg_role_shares",
            f"{HEADER}-- config/workload/role_shares.csv: the share of a case's weight each role earns, and the\n"
            "-- preference among a person's roles on one case (1 = the largest share; ties by role name)\n"
            f"{EPHEMERAL}with\n\nfinal as (\n\n{LITERAL_ROWS}\n\n)\n\nselect * from final\n",
            share_rows,
            "The share of a case's weight each role earns, and the preference among a person's roles on one case "
            "(1 = the largest share; ties by role name), from config/workload/role_shares.csv.",
        ),
    ]
