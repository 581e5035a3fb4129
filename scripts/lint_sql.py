"""sqlfluff with sqlparse's limits lifted, as dbt's own command line lifts them (its `--sqlparse` option defaults to
no limit). sqlfluff's dbt templater compiles models without that option, so it would skip, with a warning only, a
model over sqlparse's 10,000 tokens: `int_indicator_measures`, whose ephemeral measure passes dbt injects as CTEs.

    .venv/bin/python scripts/lint_sql.py lint dbt_project/models dbt_project/snapshots dbt_project/tests
"""

import sqlparse.engine.grouping
from sqlfluff.cli.commands import cli

sqlparse.engine.grouping.MAX_GROUPING_TOKENS = None
sqlparse.engine.grouping.MAX_GROUPING_DEPTH = None

if __name__ == "__main__":
    cli()
