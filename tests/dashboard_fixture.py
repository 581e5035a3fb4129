"""The dashboard's test set-up (tests/test_dashboard.py): the tiny night's marts with three data defects and a few
warnings, published; the people the tests sign in as; a mock single sign-on provider; one Streamlit server and
one browser signed in as the intermediate court's president; and a closed quarter with its bonus divided.
tests/conftest.py loads it as a plugin, so it imports only what is cheap; the rest is imported by the fixtures."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import duckdb
import pytest

from courtperf.publication import publication_info, publish
from courtperf.settings import RESTRICTED_KINDS
from tests.browser import browser_page, chromium_path, sign_in, streamlit_server
from tests.warnings_fixture import add_warnings

PUBLISHED = "published.duckdb"


def query(published, sql, params=None):
    """Rows of `sql` on the published file: the tests' own SQL for the values they expect."""
    with duckdb.connect(str(published), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def latest_year(published) -> str:
    """The latest year with score totals in the published file."""
    return query(published, "select max(period) from marts.score_totals where period_type = 'year'")[0][0]


@pytest.fixture(scope="session")
def defects_published(tiny_night, tmp_path_factory) -> Path:
    """A copy of the tiny night's warehouse with the three defects (tests/defects_fixture.py), published with the
    warnings added, made once per session (`built_once`); the defects and warnings in `fixture.json`."""
    from tests.conftest import built_once
    from tests.defects_fixture import add_defects  # runs dbt: imports dagster-dbt

    chromium_path()  # skip early, with the reason, where there is no browser
    home, _ = tiny_night

    def build(folder: Path) -> None:
        warehouse = folder / "warehouse.duckdb"
        shutil.copyfile(home / "warehouse.duckdb", warehouse)
        defects = add_defects(warehouse, folder)
        run_id = publication_info(home / "published.duckdb")["run_id"]  # the night's quality summary goes with it
        warnings = add_warnings(publish(warehouse, folder / PUBLISHED, run_id).path)
        (folder / "fixture.json").write_text(json.dumps({"defects": defects, "warnings": warnings}), "utf-8")

    return built_once(tmp_path_factory, "defects_published", build)


@pytest.fixture(scope="module")
def published(defects_published, tmp_path_factory):
    """The session's defects publication in a folder of the module's own, which its tests write (accounts, an
    archive, a restricted copy): (folder, published file, warnings, defects)."""
    folder = tmp_path_factory.mktemp("dashboard")
    for name in ("warehouse.duckdb", PUBLISHED):
        shutil.copyfile(defects_published / name, folder / name)
    made = json.loads((defects_published / "fixture.json").read_text(encoding="utf-8"))
    return folder, folder / PUBLISHED, made["warnings"], made["defects"]


PASSWORD = "correct-horse-battery"
PEOPLE_SQL = {  # account -> the staff member it carries (a judge with a score, the chief of the judge's department)
    "leader": "select p.person_id from marts.dim_person p join marts.dim_court c using (court_code) "
    "where p.role = 'president' and c.level = 'intermediate' order by 1 limit 1",
    "judge": "select p.person_id from marts.dim_person p where p.role = 'judge' and p.person_id in ("
    "select entity_id from marts.score_totals where level = 'person') and exists (select 1 from marts.dim_person c "
    "where c.dept_id = p.dept_id and c.role = 'division_chief') order by 1 limit 1",
    "chief": "select c.person_id from marts.dim_person c join marts.dim_person j using (dept_id) "
    "where c.role = 'division_chief' and j.person_id = $judge order by 1 limit 1",
    "other": "select p.person_id from marts.dim_person p join marts.dim_person j on j.court_code = p.court_code "
    "and j.dept_id <> p.dept_id where p.role = 'judge' and j.person_id = $judge and p.person_id in ("
    "select entity_id from marts.score_totals where level = 'person') order by 1 limit 1",
}


@pytest.fixture(scope="module")
def people(published) -> dict[str, tuple[str, str]]:
    """account -> (staff id, name) of the people the tests sign in as ("other": a judge of another department)."""
    found: dict[str, tuple[str, str]] = {}
    with duckdb.connect(str(published[1]), read_only=True) as con:
        for account, sql in PEOPLE_SQL.items():
            params = {"judge": found["judge"][0]} if "$judge" in sql else {}
            (person_id,) = con.execute(sql, params).fetchone()
            name = con.execute("select name from marts.dim_person where person_id = ?", [person_id]).fetchone()[0]
            found[account] = (person_id, name)
    return found


@pytest.fixture(scope="module")
def provider():
    """The court's single sign-on: a mock OpenID provider on localhost (any client id and secret)."""
    import oidc_provider_mock

    with oidc_provider_mock.run_server_in_thread() as server:
        yield f"http://localhost:{server.server_port}"


@pytest.fixture(scope="module")
def app(tiny_night, published, people, provider):
    from access import accounts
    from dashboard import sso

    home, _ = tiny_night
    folder, path, warnings, _ = published
    for account in ("leader", "judge", "chief", "locked"):
        accounts.add(folder / "accounts.sqlite", account, people.get(account, people["judge"])[0], PASSWORD)
    # the chief is also granted the conduct records (as 纪检监察 would be), from the restricted copy
    access = folder / "access.yaml"
    access.write_text(f"grants:\n  - {{person_id: {people['chief'][0]}, scope: department, conduct: true, "
                      "reason: test}\n", encoding="utf-8")  # fmt: skip
    restricted = publish(folder / "warehouse.duckdb", folder / "restricted.duckdb", "r", RESTRICTED_KINDS).path
    env = {**os.environ, "COURTPERF_HOME": str(home), "COURTPERF_PUBLISHED": str(path),
           "COURTPERF_ACCOUNTS": str(folder / "accounts.sqlite"), "COURTPERF_AUDIT_SPOOL": str(folder / "audit.jsonl"),
           "COURTPERF_ARCHIVE": str(folder / "archive.duckdb"), "COURTPERF_ACCESS_FILE": str(access),
           "COURTPERF_PUBLISHED_RESTRICTED": str(restricted)}  # fmt: skip
    sso_env = {sso.ISSUER: provider, sso.CLIENT_ID: "courtperf-dashboard", sso.CLIENT_SECRET: "a-client-secret"}
    with streamlit_server({**env, **sso_env}, folder / "streamlit.log") as base, browser_page(1400, 2400) as page:
        sign_in(page, base, "leader", PASSWORD)  # the president of the intermediate court: every court
        yield base, page, path, warnings


@pytest.fixture(scope="module")
def defects(published):
    return published[3]


@pytest.fixture(scope="module")
def allocated(app, published):
    """2024-Q4 closed into the dashboard's archive and its bonus divided: a pool of 100,000 yuan for every court."""
    from archive.close import close_period
    from archive.periods import parse_period
    from archive.signing import SigningKeys
    from bonus.record import allocate_period
    from bonus.rules import load_bonus_rules
    from courtperf.settings import Settings

    folder = published[0]
    settings = Settings.from_env({"COURTPERF_HOME": str(folder), "COURTPERF_ARCHIVE": str(folder / "archive.duckdb")})
    period = parse_period("2024-Q4")
    close_period(period, warehouse=folder / "warehouse.duckdb", archive=settings.archive,
                 keys=SigningKeys.from_settings(settings), heads_log=settings.archive_heads)  # fmt: skip
    courts = [c for (c,) in query(published[1], "select court_code from marts.dim_court order by 1")]
    pools = folder / "pools.csv"
    pools.write_text("court_code,amount\n" + "".join(f"{c},100000\n" for c in courts), encoding="utf-8")
    outcome = allocate_period(period, pools, archive=settings.archive, rules=load_bonus_rules())
    return {a.member.person_id: a.amount for a in outcome.allocations}, len(courts) * 100_000
