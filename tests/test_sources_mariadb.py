"""A mapped personnel system on a real MariaDB server, read incrementally over two nights: pinyin columns, a code
table with Chinese labels, a SELECT joining two source tables, timestamps kept in UTC, and courtperf's login
allowed only to read.

`scripts/setup.sh test` (so CI) installs the mysql extra and starts the server (scripts/services/mariadb.sh).
Where no server or driver is available this module skips, except under CI, where it fails.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

from ingestion.contract import load_contract
from ingestion.landing import land_table
from ingestion.sources import load_sources_file
from tests.required import missing

HOST = os.environ.get("COURTPERF_TEST_MARIADB_HOST", "127.0.0.1")
PORT = int(os.environ.get("COURTPERF_TEST_MARIADB_PORT", "3306"))
ETL_PASSWORD = "Qz7-etl-k9Vw-src"  # courtperf_etl's password (scripts/services/mariadb.sh)
CONTRACT = load_contract()
COURTS, DEPARTMENTS = CONTRACT.table("hr", "courts"), CONTRACT.table("hr", "departments")

MAPPING = """\
system: hr
timezone: UTC
codes:
  bmlx: {table: DM_BMLX, code: DM, label: MC, labels: {审判部门: trial, 执行部门: enforcement, 综合部门: comprehensive}}
tables:
  courts:
    from: XT_FY
    columns:
      court_code: FYDM
      court_name: FYMC
      level: {from: FYJB, codes: {values: {"2": intermediate, "3": basic}}}
      parent_court_code: SJFYDM
      jurisdiction_population: XQRK
      updated_at: GXSJ
  departments:
    select: >
      select b.BMBS, b.FYDM, b.BMMC, b.BMLX, y.YWTX, b.SFYX, greatest(b.GXSJ, y.GXSJ) as GXSJ
      from XT_BM b join XT_BM_YW y on y.BMBS = b.BMBS
    columns:
      dept_id: BMBS
      court_code: FYDM
      dept_name: BMMC
      dept_type: {from: BMLX, codes: bmlx}
      business_line: YWTX
      active: SFYX
      updated_at: GXSJ
"""


@pytest.fixture(scope="module")
def vendor_db():
    """The vendor's database, emptied and filled for night 1; yields a connection that writes it."""
    try:
        import pymysql
    except ImportError:
        missing('the MySQL/MariaDB driver is not installed: pip install -e ".[mysql]"')
    try:
        con = pymysql.connect(
            host=HOST, port=PORT, user="courtperf", password="courtperf", database="courtperf_vendor",
            charset="utf8mb4", autocommit=True, connect_timeout=5,
        )  # fmt: skip
    except pymysql.MySQLError as exc:
        missing(f"no MariaDB server for the tests at {HOST}:{PORT} ({exc}); `sh scripts/setup.sh test` as root "
                "installs and starts one")  # fmt: skip
    with con.cursor() as cur:
        for table in ("XT_FY", "XT_BM", "XT_BM_YW", "DM_BMLX"):
            cur.execute(f"drop table if exists {table}")
        cur.execute("create table XT_FY (FYDM varchar(16) primary key, FYMC varchar(64), FYJB char(1), "
                    "SJFYDM varchar(16), XQRK int, GXSJ datetime)")  # fmt: skip
        cur.execute("create table XT_BM (BMBS varchar(16) primary key, FYDM varchar(16), BMMC varchar(64), "
                    "BMLX char(2), SFYX tinyint, GXSJ datetime)")  # fmt: skip
        cur.execute("create table XT_BM_YW (BMBS varchar(16) primary key, YWTX varchar(32), GXSJ datetime)")
        cur.execute("create table DM_BMLX (DM char(2) primary key, MC varchar(16))")
        cur.executemany(
            "insert into DM_BMLX values (%s, %s)", [("01", "审判部门"), ("02", "执行部门"), ("03", "综合部门")]
        )
        cur.executemany("insert into XT_FY values (%s, %s, %s, %s, %s, %s)", [
            ("内06", "鄂尔多斯市中级人民法院", "2", None, 2200000, "2024-03-01 00:30:00"),  # 08:30 in Beijing
            ("内0602", "东胜区人民法院", "3", "内06", 580000, "2024-03-01 01:00:00"),
        ])  # fmt: skip
        cur.executemany("insert into XT_BM values (%s, %s, %s, %s, %s, %s)", [
            ("D1", "内06", "民事审判第一庭", "01", 1, "2024-03-01 01:00:00"),
            ("D2", "内0602", "执行局", "02", 1, "2024-03-01 01:30:00"),
        ])  # fmt: skip
        cur.executemany("insert into XT_BM_YW values (%s, %s, %s)", [
            ("D1", "civil", "2024-03-01 01:00:00"), ("D2", "enforcement", "2024-03-01 02:00:00"),
        ])  # fmt: skip
    yield con
    con.close()


@pytest.fixture
def source(vendor_db, tmp_path, monkeypatch):
    (tmp_path / "hr.yaml").write_text(MAPPING, encoding="utf-8")
    monkeypatch.setenv("HR_DB_PASSWORD", ETL_PASSWORD)
    url = f"mysql+pymysql://courtperf_etl:${{HR_DB_PASSWORD}}@{HOST}:{PORT}/courtperf_vendor?charset=utf8mb4"
    (tmp_path / "sources.yaml").write_text(f"systems:\n  hr: {{url: '{url}', mapping: hr.yaml}}\n", encoding="utf-8")
    return load_sources_file(tmp_path / "sources.yaml")["hr"]


def _night(con, source, batch: str):
    return [land_table(con, source, table, batch_id=batch, pii_key="k") for table in (COURTS, DEPARTMENTS)]


def test_a_mapped_mariadb_system_is_read_incrementally_over_two_nights(vendor_db, source, tmp_path):
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        courts, departments = _night(con, source, "night1")
        assert (courts.read, courts.loaded, departments.read, departments.loaded) == (2, 2, 2, 2)
        assert courts.watermark_after == "2024-03-01 09:00:00"  # 01:00 UTC in the contract's local time
        assert departments.watermark_after == "2024-03-01 10:00:00"  # greatest of the two source tables
        assert con.execute("select dept_id, dept_type, business_line, active, updated_at::varchar from "
                           "raw.hr__departments order by 1").fetchall() == [
            ("D1", "trial", "civil", True, "2024-03-01 09:00:00"),
            ("D2", "enforcement", "enforcement", True, "2024-03-01 10:00:00"),
        ]  # fmt: skip
        # the day: the basic court's population is revised, a department is added, one is renamed in XT_BM_YW only
        with vendor_db.cursor() as cur:
            cur.execute("update XT_FY set XQRK = 590000, GXSJ = '2024-03-02 03:00:00' where FYDM = '内0602'")
            cur.execute("insert into XT_BM values ('D3', '内0602', '办公室', '03', 1, '2024-03-02 02:00:00')")
            cur.execute("insert into XT_BM_YW values ('D3', 'comprehensive', '2024-03-02 02:00:00')")
            cur.execute("update XT_BM_YW set YWTX = 'commercial', GXSJ = '2024-03-02 04:00:00' where BMBS = 'D1'")
        courts, departments = _night(con, source, "night2")
        # night 2 reads from the watermark (converted to UTC in the query): the changed rows, and the rows still at
        # the watermark again (already loaded); the intermediate court, older, is not read
        assert (courts.read, courts.loaded, courts.already_loaded) == (1, 1, 0)
        assert (departments.read, departments.loaded, departments.already_loaded) == (3, 2, 1)
        assert (courts.watermark_after, departments.watermark_after) == ("2024-03-02 11:00:00", "2024-03-02 12:00:00")
        assert con.execute("select court_code, jurisdiction_population, _batch_id from raw.hr__courts "
                           "order by 1, updated_at").fetchall() == [
            ("内06", 2200000, "night1"), ("内0602", 580000, "night1"), ("内0602", 590000, "night2"),
        ]  # fmt: skip
        assert con.execute("select count(*) from raw._quarantine").fetchone() == (0,)
        log = con.execute("select source from raw._load_log").fetchall()
    assert all(ETL_PASSWORD not in text and "courtperf_etl:***@" in text for (text,) in log)


def test_courtperf_reads_mariadb_in_a_read_only_transaction(source):
    """The statement the mapped reader opens its transaction with refuses writes on this server, even for a login
    that may write (courtperf's own login should only be allowed to read as well)."""
    import sqlalchemy as sa

    from ingestion.sources.databases import _db_connection
    from ingestion.sources.mapped import READ_ONLY

    writer = type(source)("hr", url=f"mysql+pymysql://courtperf:courtperf@{HOST}:{PORT}/courtperf_vendor")
    with _db_connection(writer, "testing") as conn:
        assert conn.dialect.name in READ_ONLY
        conn.exec_driver_sql(READ_ONLY[conn.dialect.name])
        with pytest.raises(sa.exc.DBAPIError, match="READ ONLY transaction"):
            conn.execute(sa.text("insert into DM_BMLX values ('99', 'x')"))


def test_sources_check_reads_the_mapped_mariadb_system(source):
    from ingestion.sources.check import check_sources

    found = {c.table: c for c in check_sources({"hr": source}) if c.table in ("hr.courts", "hr.departments")}
    assert [(c.status, c.mapped, c.columns) for c in found.values()] == [("PASS", 6, 6), ("PASS", 7, 7)]
    assert Path(source.mapping.path).name == "hr.yaml"
