"""The dbt-duckdb plugin that attaches the warehouse (profiles.yml, target `duckdb`).

dbt re-parses the whole project (about 10 s at tiny scale, more than the build of a tiny night's scores) whenever a
value of the profile changes, and the warehouse path changes with every courtperf home: a new home, a copy of one,
a test's private project. So the profile names no path: this plugin attaches COURTPERF_WAREHOUSE as catalog
`courtperf` when dbt opens its database, and the profile, the same for every home, lets each dbt invocation start
from the parse the last one left (orchestration/dbt_runs.py) or the one set-up prepared.
"""

from __future__ import annotations

import os

from dbt.adapters.duckdb.plugins import BasePlugin
from duckdb import DuckDBPyConnection

CATALOG = "courtperf"  # the fixed name every model is built under, whatever the file is called
DEFAULT_WAREHOUSE = "../.courtperf/warehouse.duckdb"  # relative to dbt_project/, the default home's warehouse
# Row groups of 16 k rows instead of DuckDB's 122,880: most intermediate tables and marts hold 10 k to 1 M rows,
# and DuckDB reads (and so computes from) one row group per thread; with the default, the indicator engine's
# 77 k-row measures table was read on one core.
ROW_GROUP_SIZE = 16_384


def attach_statement(path: str) -> str:
    quoted = path.replace("'", "''")
    return f"attach '{quoted}' as {CATALOG} (row_group_size {ROW_GROUP_SIZE})"


class Plugin(BasePlugin):
    def configure_connection(self, conn: DuckDBPyConnection) -> None:
        conn.execute(attach_statement(os.environ.get("COURTPERF_WAREHOUSE", DEFAULT_WAREHOUSE)))
