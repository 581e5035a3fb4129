"""Secrets never print: a source password holding '@' (and any other character) is parsed and masked by
SQLAlchemy's URL handling, and appears in no console output, no `doctor` line, no Dagster run storage and no
compute log, also when the URL is malformed or the server answers nonsense. The PII key and the clear personal
information it masks are nowhere in a night's files: warehouse, published copy, dbt's output, logs."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from pathlib import Path

import duckdb
import pytest
from sqlalchemy.engine import make_url

from courtperf.settings import DBT_PROJECT_DIR, PROJECT_ROOT, Settings
from ingestion.sources import SourceConfigError, load_sources_file, mask_url
from tests.conftest import cli_env

SECRET = "Xq@LeakTail-SECRET-42:/%#?"  # '@' and every other character a URL gives a meaning to
MARK = "LeakTail"  # in every form the password could take: as given, percent-encoded, cut at the '@'


def _sources(folder: Path, url: str) -> Path:
    path = folder / "sources.yaml"
    path.write_text(f'systems:\n  hr: {{url: "{url}"}}\n', encoding="utf-8")
    return path


def test_a_password_from_the_environment_may_hold_any_character(tmp_path, monkeypatch):
    monkeypatch.setenv("HR_DB_PASSWORD", SECRET)
    sources = load_sources_file(_sources(tmp_path, "postgresql://etl:${HR_DB_PASSWORD}@db.court.local:5432/hr"))
    url = make_url(sources["hr"].url)
    assert (url.username, url.password, url.host, url.database) == ("etl", SECRET, "db.court.local", "hr")
    assert sources["hr"].label == "postgresql://etl:***@db.court.local:5432/hr"
    assert MARK not in repr(sources["hr"])


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://etl:Xq@LeakTail-SECRET-42@host/hr", "postgresql://***@host/hr"),  # the '@' not encoded
        ("postgresql://etl:Xq@LeakTail@host/hr?sslmode=require", "postgresql://***@host/hr"),
        ("not a url Xq@LeakTail", "<unparseable URL>"),
        ("postgresql://etl:Xq%40LeakTail@host/hr?password=LeakTail", "postgresql://etl:***@host/hr?password=%2A%2A%2A"),
    ],
)
def test_a_malformed_or_odd_url_shows_only_its_scheme_and_host(url, shown):
    assert mask_url(url) == shown


def test_an_unencoded_at_in_a_password_written_in_the_file_is_refused_without_showing_it(tmp_path):
    path = _sources(tmp_path, "postgresql://etl:Xq@LeakTail-SECRET-42@host/hr")
    with pytest.raises(SourceConfigError) as raised:
        load_sources_file(path)
    assert "percent-encode it as %40" in str(raised.value) and MARK not in str(raised.value)
    # a YAML error quotes no line of the file either
    path.write_text('systems:\n  hr: {url: "postgresql://etl:Xq@LeakTail@host/hr"\n', encoding="utf-8")
    with pytest.raises(SourceConfigError, match="not valid YAML at line") as raised:
        load_sources_file(path)
    assert MARK not in str(raised.value)


class _NotPostgres:
    """A TCP server on localhost that answers every connection with one byte no PostgreSQL server sends: the
    driver gets the password and fails at once (a permanent error, so the run fails fast, without retries)."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                conn.recv(4096)
                conn.sendall(b"X")


def _courtperf(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = cli_env(home, HR_DB_PASSWORD=SECRET)
    command = [sys.executable, "-m", "cli.main", *args]
    return subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=1800)


def test_the_password_is_in_no_console_doctor_output_run_storage_or_compute_log(tmp_path):
    server = _NotPostgres()
    home = tmp_path / "home"
    sources = _sources(tmp_path, f"postgresql://etl:${{HR_DB_PASSWORD}}@127.0.0.1:{server.port}/hr")
    try:
        run = _courtperf(home, "run", "--sources", str(sources))
        doctor = _courtperf(home, "doctor", "--sources", str(sources))
    finally:
        server.server.close()
    # the run reached the server with the password, failed, and said where (masked)
    assert run.returncode == 1, run.stdout[-3000:] + run.stderr[-3000:]
    console = run.stdout + run.stderr
    assert f"etl:***@127.0.0.1:{server.port}/hr" in console and "invalid response to SSL negotiation" in console
    assert doctor.returncode == 1 and f"etl:***@127.0.0.1:{server.port}/hr" in doctor.stdout
    texts = {"run console": console, "doctor output": doctor.stdout + doctor.stderr}
    dagster_home = home / "dagster_home"
    stored = [p for p in sorted(dagster_home.rglob("*")) if p.is_file()]
    assert any(p.suffix == ".db" for p in stored) and any(p.suffix in (".out", ".err") for p in stored), stored
    for path in stored + [p for p in home.glob("*") if p.is_file()]:
        texts[str(path)] = path.read_bytes().decode("utf-8", errors="replace")  # SQLite keeps events as text
    leaks = [where for where, text in texts.items() if MARK in text]
    assert leaks == []


def _clear_personal_information(sources: Path) -> list[str]:
    """The parties' and petitioners' names, ID and phone numbers the demo's source systems hold, in clear."""
    found: set[str] = set()
    for system, sql in (
        ("trial", "select name, id_number, phone from case_parties"),
        ("petition", "select petitioner_name, petitioner_id_number, null from petitions"),
    ):
        with closing(sqlite3.connect(sources / f"{system}.sqlite")) as con:
            found.update(v for row in con.execute(sql) for v in row if v)
    with closing(sqlite3.connect(sources / "hr.sqlite")) as con:
        found -= {row[0] for row in con.execute("select name from staff")}  # staff names are not party PII
    return sorted(found)


ID_OR_PHONE = "(^|[^0-9A-Za-z])([0-9]{17}[0-9X]|1[3-9][0-9]{9})($|[^0-9A-Za-z])"  # 身份证号 or a mobile number


def _duckdb_hits(path: Path, key: str, clear: list[str]) -> list[str]:
    """Where the key is in a view's SQL, or the key or a clear value in any text column of any table, or (past raw,
    whose other columns the sources fill as they like) anything shaped like an ID or mobile number."""
    hits = []
    with duckdb.connect(str(path), read_only=True) as con:
        con.execute("create temp table clear_pii as select unnest(?::varchar[]) as v", [clear])
        for schema, view, sql in con.execute(
            "select schema_name, view_name, sql from duckdb_views() where not internal"
        ).fetchall():
            if key in (sql or ""):
                hits.append(f"{path.name}: view {schema}.{view}")
        columns = con.execute(
            "select table_schema, table_name, column_name from information_schema.columns c "
            "join information_schema.tables t using (table_catalog, table_schema, table_name) "
            "where t.table_type = 'BASE TABLE' and c.data_type in ('VARCHAR', 'JSON') and t.table_schema <> 'temp'"
        ).fetchall()
        assert columns
        for schema, table, column in columns:
            ref = f'"{schema}"."{table}"."{column}"'
            shaped = f"or regexp_matches({ref}::varchar, '{ID_OR_PHONE}')" if schema != "raw" else ""
            found = con.execute(
                f'select count(*) from "{schema}"."{table}" where contains({ref}::varchar, ?) '
                f"or {ref}::varchar in (select v from clear_pii) {shaped}",
                [key],
            ).fetchone()[0]
            if found:
                hits.append(f"{path.name}: {ref} ({found} rows)")
    return hits


def test_the_pii_key_and_clear_personal_information_are_nowhere_in_a_night(tiny_night):
    """The night masked parties' personal information as it landed: no clear value in any table of the warehouse
    (raw and its quarantine included) or the published copy, and the key in no view, no table, no dbt target or
    log, no Dagster storage or compute log, no file of the night."""
    home, sources = tiny_night
    key = Settings.from_env().pii_hash_key
    clear = _clear_personal_information(sources)
    assert len(clear) > 100 and key
    databases = sorted(home.glob("*.duckdb"))
    assert {p.name for p in databases} >= {"warehouse.duckdb", "published.duckdb"}
    hits = [hit for path in databases for hit in _duckdb_hits(path, key, clear)]
    files = [p for p in home.rglob("*") if p.is_file() and sources not in p.parents]
    files += [p for p in (DBT_PROJECT_DIR / "target").rglob("*") if p.is_file()]
    assert any(p.name == "manifest.json" for p in files) and any(p.suffix == ".db" for p in files)
    hits += [str(p) for p in files if key.encode() in p.read_bytes()]
    assert hits == []
