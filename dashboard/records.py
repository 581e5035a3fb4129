"""From a value to the records behind it (the numerator's and denominator's cases by 案号), on the published
marts: the lineage the archive keeps for a closed period, computed here for any period from the published facts.
A query like those of queries.py (same arguments, read-only, the viewer's scope applied), of its own module
because it stages the lineage rows first."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from access.scope import Scope
from courtperf.publication import read_published
from dashboard.queries import seen

RECORDS_SHOWN = 500  # the cases behind a value: at most this many rows on the page (the count is always given)


RECORD_PARTS = ("numerator", "denominator", "denominator_only")  # the last: in the denominator, not the numerator


def records_behind(
    published: Path,
    scope: Scope,
    indicator_id: str,
    level: str,
    entity_id: str,
    period_type: str,
    period: str,
    part: str = "numerator",
) -> tuple[pd.DataFrame, dict[str, int], str | None]:
    """The records behind one value, one part at a time (RECORD_PARTS: the numerator's cases, the denominator's, or
    the denominator's that the numerator did not count, e.g. the cases closed past their limit), by 案号 with
    承办人, dates and what counted, computed from the published facts by the catalog's lineage: (the part's first
    RECORDS_SHOWN rows, the number of records of every part, why there are none)."""
    from archive.lineage import measure_rows, needed_relations, stage_lineage_rows
    from archive.periods import parse_period
    from archive.store import LINEAGE_LEVELS
    from indicators.catalog import load_catalog

    if entity_id not in seen(scope, level):
        return pd.DataFrame(), {}, None
    catalog = load_catalog()
    with read_published(published) as con:
        row = con.execute(
            "select definition_valid_from, catalog_version from marts.indicator_values where indicator_id = ? "
            "and level = ? and entity_id = ? and period_type = ? and period = ?",
            [indicator_id, level, entity_id, period_type, period],
        ).fetchone()
        if row is None:
            return pd.DataFrame(), {}, None
        if row[1] != catalog.version:
            return pd.DataFrame(), {}, "catalog_changed"
        measures = [
            (m, part, f"{rule} {filters}".strip())
            for iid, valid_from, part, m, _, rule, _, _, filters, _ in measure_rows(catalog)
            if iid == indicator_id and str(valid_from) == str(row[0])
        ]
        relations = {
            name: f"marts.{name}"
            for (name,) in con.execute("select table_name from duckdb_tables() where schema_name = 'marts'").fetchall()
        }
        if not measures or needed_relations(catalog, {m for m, _, _ in measures}) - set(relations):
            return pd.DataFrame(), {}, "not_itemised"
        closed = parse_period(period)
        bounds = closed.periods[1] if period_type == "ytd" else closed.periods[0]
        stage_lineage_rows(con, catalog, relations, [(period_type, *bounds[1:])], {m for m, _, _ in measures})
        con.execute("create temp table parts (measure varchar, part varchar, counted varchar)")
        con.executemany("insert into parts values (?, ?, ?)", measures)
        entity, column = next((e, c) for lvl, e, c in LINEAGE_LEVELS if lvl == level)
        con.execute(
            "create temp table behind as select m.part, l.record_label, l.person_name, l.record_start, l.record_end,"
            " l.fact || ' ' || m.counted as counted, l.record_id from lineage_rows as l join parts as m using (measure)"
            f" where {column} is not null and {entity} = ?",
            [entity_id],
        )
        con.execute(
            "create temp table denominator_only as select * replace ('denominator_only' as part) from behind"
            " where part = 'denominator' and record_id not in (select record_id from behind where part = 'numerator')"
        )
        counts = dict(
            con.execute(
                "select part, count(*) from behind group by 1"
                " union all select 'denominator_only', count(*) from denominator_only"
            ).fetchall()
        )
        chosen = "denominator_only" if part == "denominator_only" else "behind where part = ?"
        rows = con.execute(
            f"select * from {chosen} order by record_label, record_id limit {RECORDS_SHOWN}",
            [] if part == "denominator_only" else [part],
        ).df()
    return rows, counts, None
