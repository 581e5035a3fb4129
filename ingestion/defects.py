"""What a quarantined row is about: its key, its case, who is responsible for it and when it happened.

The data-defect worklist (数据质量整改清单, `marts.data_defects`) needs, for every quarantined row, the
person who can fix it in the source system and the periods whose numbers it would have fed. Landing knows
the row's columns and their parsed values, so it records them beside the quarantined row, derived from the
contract alone (no list of tables here):

- `row_key`: the primary key as `k=v, k=v` (a blank part shows as `(blank)`), also how a later corrected
  row of the same table is recognised (`raw._defect_fixes`); `(file)` for a file-level defect, closed by the
  next night whose file of that table reads and checks;
- `case_ref` / `case_system`: the trial or enforcement case the row is (its own key) or belongs to (its
  column referencing a case table);
- `person_ref`, `dept_ref`, `court_ref`: the row's first column referencing staff, departments and courts
  (for the staff, department and court tables, their own key);
- `case_number_ref`: the 案号 when the row carries one;
- `first_date` / `last_date`: the earliest and latest of the row's dates that parse.

The worklist resolves a case reference through the landed case (its 承办人, department, court, 案号 and
dates), and falls back to these columns when the case itself is the quarantined row.
"""

from __future__ import annotations

from ingestion.checks import lit, q, t
from ingestion.contract import Table

CASE_TABLES = {("trial", "cases"): "trial", ("enforcement", "enforcement_cases"): "enforcement"}
STAFF, DEPARTMENTS, COURTS = ("hr", "staff"), ("hr", "departments"), ("hr", "courts")

# column name -> DuckDB type, in the order they follow the original columns of raw._quarantine
ATTRIBUTION_COLUMNS: dict[str, str] = {
    "row_key": "varchar",
    "case_system": "varchar",
    "case_ref": "varchar",
    "case_number_ref": "varchar",
    "person_ref": "varchar",
    "dept_ref": "varchar",
    "court_ref": "varchar",
    "first_date": "date",
    "last_date": "date",
}

FILE_KEY = "(file)"  # the key of a file-level defect (unreadable file, missing column): one per table

DEFECT_FIXES_DDL = """
create table if not exists raw._defect_fixes (
  batch_id varchar, loaded_at timestamp, system varchar, table_name varchar, row_key varchar
)"""


def _text(column: str, prefix: str = "") -> str:
    return f"nullif(trim({prefix}{q(column)}), '')"


def row_key_sql(table: Table, prefix: str = "") -> str:
    """The row's primary key as text, `k=v, k=v`, from the original (string) columns."""
    parts = [f"{lit(k + '=')} || coalesce({_text(k, prefix)}, '(blank)')" for k in table.primary_key]
    return " || ', ' || ".join(parts)


def _first_reference(table: Table, target: tuple[str, str]) -> str | None:
    if (table.system, table.name) == target:
        return table.primary_key[0]
    return next((c.name for c in table.columns if c.reference and c.reference[:2] == target), None)


def _case_column(table: Table) -> tuple[str, str] | None:
    """(system, column) of the case the row is or belongs to."""
    own = CASE_TABLES.get((table.system, table.name))
    if own:
        return own, table.primary_key[0]
    for col in table.columns:
        if col.reference and col.reference[:2] in CASE_TABLES:
            return CASE_TABLES[col.reference[:2]], col.name
    return None


def attribution_sql(table: Table, prefix: str = "") -> dict[str, str]:
    """SQL expressions (over the checked batch, whose typed twins are `_t_<column>`) for ATTRIBUTION_COLUMNS."""

    def ref(column: str | None) -> str:
        return _text(column, prefix) if column else "null"

    case = _case_column(table)
    court = _first_reference(table, COURTS) or ("court_code" if "court_code" in table.column_names else None)
    dates = [f"{prefix}{t(c.name)}" for c in table.columns if c.type == "date"]
    return {
        "row_key": row_key_sql(table, prefix),
        "case_system": lit(case[0]) if case else "null",
        "case_ref": ref(case[1] if case else None),
        "case_number_ref": ref("case_number" if "case_number" in table.column_names else None),
        "person_ref": ref(_first_reference(table, STAFF)),
        "dept_ref": ref(_first_reference(table, DEPARTMENTS)),
        "court_ref": ref(court),
        "first_date": f"least({', '.join(dates)})" if dates else "null",
        "last_date": f"greatest({', '.join(dates)})" if dates else "null",
    }


def _fixes_sql(table: Table, key_condition: str) -> str:
    """Record in raw._defect_fixes the open quarantined keys of `table` that match `key_condition`
    (parameters: batch, loaded_at); a key quarantined again after its fix can be fixed again."""
    return f"""
insert into raw._defect_fixes
select distinct ?, ?, q.system, q.table_name, q.row_key
from raw._quarantine q
where q.system = {lit(table.system)} and q.table_name = {lit(table.name)} and {key_condition}
  and not exists (
    select 1 from raw._defect_fixes f
    where f.system = q.system and f.table_name = q.table_name and f.row_key = q.row_key
      and f.loaded_at >= q.loaded_at
  )
"""


def record_fixes_sql(table: Table, loaded_rows: str) -> str:
    """The keys `loaded_rows` (a relation with the table's original columns) has just loaded: fixed tonight."""
    return _fixes_sql(table, f"q.row_key in (select {row_key_sql(table)} from {loaded_rows})")


def record_file_fixed_sql(table: Table) -> str:
    """A file-level defect of `table` is fixed once its file reads and checks again."""
    return _fixes_sql(table, f"q.row_key = {lit(FILE_KEY)}")
