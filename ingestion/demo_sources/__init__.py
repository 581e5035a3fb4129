"""Demo court business systems: the back-end of `courtperf generate`.

`generate` writes the seven source systems of the extraction contract for a synthetic but realistic
court system (Ordos two-level courts, or all of Inner Mongolia), as SQLite databases (one per system),
CSV or Parquet folders, plus `sources.yaml` (where the warehouse finds them) and `generation.json`
(arguments, row counts, injected defects). `generate_next_night` adds one more day to a SQLite demo.

Generation is vectorised and chunked per city (an intermediate court and its basic courts: appeals
never leave a city), so the province scale keeps memory bounded. Every random draw comes from a
generator seeded by (seed, purpose), so the same arguments give the same table contents.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from ingestion.contract import load_contract

from .common import Window, day
from .defects import FILE_DEFECT_MIN_RATE, DefectInjector
from .enforcement import generate_enforcement
from .other_systems import conduct, evaluations, mediations, petitions, work_items
from .people import build_org
from .reference_data import TINY_BASIC, City, inner_mongolia, ordos
from .trial import Counter as IdCounter
from .trial import generate_trial
from .vendor import VendorWriter
from .writers import CsvWriter, ParquetWriter, SqliteWriter, to_wire

__all__ = ["GenerationSummary", "generate", "generate_next_night", "SCALES", "FORMATS", "LAYOUTS"]


@dataclass(frozen=True)
class Scale:
    cities: Callable[[], list[City]]
    trial_per_year: int  # first-instance-type filings; appeals and retrials come on top (~6 %)
    enforcement_per_year: int
    staff: int
    min_court_staff: int = 30  # the fewest staff of one court


# tiny: the intermediate court and three basic courts with few people each, but each judge with a load that clears
# the scoring config's minimum workloads (people, not cases, drive the cost of the nightly indicators)
SCALES = {
    "tiny": Scale(lambda: [ordos(TINY_BASIC)], 5_000, 1_500, 100, 24),
    "ordos": Scale(lambda: [ordos()], 77_000, 40_000, 1_200),
    "province": Scale(inner_mongolia, 630_000, 350_000, 13_000),
}
FORMATS = ("sqlite", "csv", "parquet")
# contract: every system in the contract's shape; vendor: as a vendor delivers them, with mapping files (vendor.py)
LAYOUTS = ("contract", "vendor")
ENCODINGS = ("utf-8", "gbk")


@dataclass
class GenerationSummary:
    out_dir: Path
    fmt: str
    rows: dict[str, int] = field(default_factory=dict)  # "system.table" -> rows written
    defects: dict[str, int] = field(default_factory=dict)  # defect kind -> count
    sources_file: Path | None = None
    as_of: date | None = None
    generation_file: Path | None = None


def _rng(seed: int, *purpose: int) -> np.random.Generator:
    return np.random.default_rng([seed, *purpose])


def _validate(scale, seed, years, as_of, fmt, encoding, defect_rate, layout="contract") -> date:
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {list(LAYOUTS)}, got {layout!r}")
    if layout == "vendor" and (fmt, encoding) != ("sqlite", "utf-8"):
        raise ValueError("layout 'vendor' writes its own formats (SQLite, GBK CSV, XLSX): leave fmt and encoding")
    if scale not in SCALES:
        raise ValueError(f"scale must be one of {sorted(SCALES)}, got {scale!r}")
    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {list(FORMATS)}, got {fmt!r}")
    if encoding not in ENCODINGS:
        raise ValueError(f"encoding must be one of {list(ENCODINGS)}, got {encoding!r}")
    if encoding != "utf-8" and fmt != "csv":
        raise ValueError(f"encoding {encoding!r} only applies to fmt='csv', not {fmt!r}")
    if not isinstance(seed, int | np.integer) or isinstance(seed, bool) or seed < 0:
        raise ValueError(f"seed must be a non-negative integer, got {seed!r}")
    if not isinstance(years, int) or isinstance(years, bool) or not 1 <= years <= 10:
        raise ValueError(f"years must be an integer from 1 to 10, got {years!r}")
    if not isinstance(defect_rate, int | float) or not 0.0 <= defect_rate <= 0.5:
        raise ValueError(f"defect_rate must be a number from 0 to 0.5, got {defect_rate!r}")
    as_of = date.today() if as_of is None else as_of
    if not isinstance(as_of, date) or as_of.year - years + 1 < 2016:
        raise ValueError(f"as_of must be a date whose window starts in 2016 or later (案号 rules), got {as_of!r}")
    return as_of


def generate(
    out_dir: Path,
    *,
    scale: str = "tiny",
    seed: int = 42,
    years: int = 2,
    as_of: date | None = None,
    fmt: str = "sqlite",
    encoding: str = "utf-8",
    defect_rate: float = 0.0,
    layout: str = "contract",
    progress: Callable[[str], None] | None = None,
) -> GenerationSummary:
    """Write the demo systems to out_dir; cases are filed from 1 January of year (as_of.year - years + 1). With
    layout="vendor" the same rows are written as a vendor would deliver them, with the mapping files (vendor.py)."""
    as_of = _validate(scale, seed, years, as_of, fmt, encoding, defect_rate, layout)
    say = progress or (lambda _msg: None)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    contract = load_contract()
    spec = SCALES[scale]
    window = Window(day(date(as_of.year - years + 1, 1, 1)), day(as_of))
    cities = spec.cities()
    injector = DefectInjector(defect_rate, _rng(seed, 1))
    # a whole file in the wrong encoding is a systemic failure, not a share of rows: only at rates of 1 % or more
    wrong_file = fmt == "csv" and encoding == "utf-8" and defect_rate >= FILE_DEFECT_MIN_RATE
    raw_gbk = {"petition.petitions"} if wrong_file else set()
    tables = list(contract.tables)
    writer = {
        "sqlite": lambda: SqliteWriter(out_dir, tables),
        "csv": lambda: CsvWriter(out_dir, tables, encoding, raw_gbk),
        "parquet": lambda: ParquetWriter(out_dir, tables),
        "vendor": lambda: VendorWriter(out_dir, tables),
    }["vendor" if layout == "vendor" else fmt]()
    rows: Counter[str] = Counter()

    def emit(system: str, name: str, df: pd.DataFrame) -> None:
        table = contract.table(system, name)
        wire = injector.apply(table, to_wire(table, df))
        writer.write(table, wire)
        rows[table.qualified_name] += len(next(iter(wire.values())))

    started = time.perf_counter()

    def written(what: str) -> None:
        say(f"  {what} written: {sum(rows.values()):,} rows so far, {time.perf_counter() - started:.0f} s")

    say(f"hr: {len(cities)} cities, ~{spec.staff:,} staff")
    org = build_org(cities, spec.staff, window, _rng(seed, 0), spec.min_court_staff)
    for name, df in org.tables.items():
        emit("hr", name, df)
    total_pop = sum(c.population for c in cities)
    for i, city in enumerate(cities):
        rng = _rng(seed, 100 + i)
        share = city.population / total_pop
        prefix = city.courts[0].admin_code
        say(f"{city.name}: trial, enforcement and other systems")
        trial = generate_trial(city, org, spec.trial_per_year * share, window, rng, IdCounter(f"T{prefix}"))
        for name, df in trial.items():
            emit("trial", name, df)
        written("trial")
        cases = trial["cases"]
        enf = generate_enforcement(
            city, org, spec.enforcement_per_year * share, window, rng, IdCounter(f"E{prefix}"), cases
        )
        for name, df in enf.items():
            emit("enforcement", name, df)
        written("enforcement")
        pet = petitions(
            city,
            org,
            window,
            rng,
            IdCounter(f"X{prefix}"),
            cases,
            enf["enforcement_cases"],
            parties=trial["case_parties"],
        )
        emit("petition", "petitions", pet)
        emit("mediation", "mediations", mediations(window, rng, IdCounter(f"M{prefix}"), cases))
        staff = org.tables["staff"]
        staff = staff[staff["court_code"].isin([c.code for c in city.courts])].reset_index(drop=True)
        events = conduct(
            staff,
            window,
            rng,
            IdCounter(f"C{prefix}"),
            cases,
            trial["case_inspections"],
            pet,
            enf["enforcement_cases"],
        )
        emit("conduct", "conduct_events", events)
        emit("office", "work_items", work_items(staff, window, rng, IdCounter(f"W{prefix}")))
        emit("office", "evaluations", evaluations(staff, window, rng, IdCounter(f"V{prefix}"), events))
        written("petition, mediation, conduct and office")
        del trial, cases, enf
    if raw_gbk:
        path = (out_dir / "petition" / "petitions.csv").resolve()
        injector.record("gbk_as_utf8", "petition", "petitions", None, None, file=str(path))
    systems = writer.close()
    sources_file = out_dir / "sources.yaml"
    # the window's records are whole; the cases filed before it are the pending stock it starts with (warm start)
    statistics_start = date(as_of.year - years + 1, 1, 1)
    sources = {"statistics_start": statistics_start, "systems": systems}
    sources_file.write_text(yaml.safe_dump(sources, allow_unicode=True, sort_keys=False), encoding="utf-8")
    summary = GenerationSummary(
        out_dir,
        fmt,
        {t.qualified_name: rows[t.qualified_name] for t in tables},
        dict(sorted(injector.counts.items())),
        sources_file,
        as_of,
    )
    meta = {
        "arguments": {
            "scale": scale,
            "seed": seed,
            "years": years,
            "as_of": as_of.isoformat(),
            "fmt": fmt,
            "encoding": encoding,
            "defect_rate": defect_rate,
            "layout": layout,
        },
        "window": {"start": statistics_start.isoformat(), "as_of": as_of.isoformat()},
        "as_of": as_of.isoformat(),
        "rows": summary.rows,
        "defect_counts": summary.defects,
        "defects": injector.records,
        "nights": [],
    }
    summary.generation_file = out_dir / "generation.json"
    summary.generation_file.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    say(f"wrote {sum(rows.values()):,} rows to {out_dir}")
    return summary


def generate_next_night(out_dir: Path, *, seed: int = 43, progress=None) -> GenerationSummary:
    """Simulate the next day of an existing SQLite demo: new filings, closings, updates and deletions."""
    from .incremental import next_night

    return next_night(Path(out_dir), seed=seed, progress=progress)
