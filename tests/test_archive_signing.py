"""The archive anchored outside itself (issue 17, item 5): signed chain heads, the heads log, the close
notification and the period report, and `archive verify` against them. On the hand-made warehouse (no dbt).

The attacks are those an operator with write access to the archive file can make: edit rows and recompute
every hash with courtperf's own functions, drop the newest version, strip signatures, swap the key.
"""

from __future__ import annotations

import hmac
import json
import os

import duckdb
import pytest

from archive import signing, store
from archive.close import close_period
from archive.periods import parse_period
from archive.report import format_close
from archive.store import TableContent, quote
from cli.main import main
from cli.runner import run_close_period
from courtperf.settings import Settings
from tests.archive_fixture import build_warehouse, private_catalog
from tests.conftest import courtperf_home
from tests.test_archive_dagster import _defs

KEY = "test-archive-signing-secret-5b1f0c"
Q1, MARCH = parse_period("2024-Q1"), parse_period("2024-03")


@pytest.fixture
def home(tmp_path, capsys):
    """A courtperf home with a signing key in the environment; closes go through close_period's defaults."""
    config, catalog = private_catalog(tmp_path)
    with courtperf_home(tmp_path):
        os.environ["COURTPERF_WAREHOUSE"] = str(tmp_path / "warehouse.duckdb")
        os.environ["COURTPERF_ARCHIVE_SIGNING_KEY"] = KEY
        settings = Settings.from_env()
        build_warehouse(settings.warehouse, catalog)

        def close(period=Q1):
            return close_period(period, warehouse=settings.warehouse, archive=settings.archive, config_dir=config)

        yield settings, close


def _cli(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _by_hand(key: str, version_id: int, version_hash: str) -> str:
    return hmac.new(
        key.encode(), f"courtperf-archive-head\n{version_id}\n{version_hash}".encode(), "sha256"
    ).hexdigest()


def _versions(archive) -> list[tuple]:
    with duckdb.connect(str(archive), read_only=True) as con:
        return con.execute(
            "select v.version_id, v.version_hash, s.key_id, s.signature from versions as v "
            "left join version_signatures as s using (version_id) order by 1"
        ).fetchall()


def _rehash(archive) -> None:
    """What issue 17 did: edit a published value, then recompute every row, table and version hash and the
    chain with courtperf's own functions, so the hash chain alone verifies."""
    with duckdb.connect(str(archive)) as con:
        con.execute(
            "update indicator_values set value = 1.0, numerator = 3 where indicator_id = 'within_limit_closure_rate' "
            "and entity_id = 'J1' and period_type = 'quarter'"
        )
        recorded: dict[int, list[TableContent]] = {}
        for vid, table, cols, count in con.execute(
            "select version_id, table_name, columns, row_count from version_tables order by 1, 2"
        ).fetchall():
            columns = [tuple(c) for c in json.loads(cols)]
            con.execute(
                f"update {quote(table)} set _row_hash = {store.row_hash_sql(columns)} where version_id = ?", [vid]
            )
            (digest,) = con.execute(
                f"select {store.content_hash_sql()} from {quote(table)} where version_id = ?", [vid]
            ).fetchone()
            con.execute(
                "update version_tables set content_hash = ? where version_id = ? and table_name = ?",
                [digest, vid, table],
            )
            recorded.setdefault(vid, []).append(TableContent(table, columns, count, digest))
        cur = con.execute(f"select {', '.join(store.VERSION_FIELDS)} from versions order by version_id")
        previous = None
        for row in cur.fetchall():
            fields = dict(zip(store.VERSION_FIELDS, row, strict=True))
            fields["prev_hash"] = previous
            fields["results_hash"] = store.results_hash(recorded[fields["version_id"]])
            previous = store.version_hash(fields, recorded[fields["version_id"]])
            con.execute(
                "update versions set prev_hash = ?, results_hash = ?, version_hash = ? where version_id = ?",
                [fields["prev_hash"], fields["results_hash"], previous, fields["version_id"]],
            )
    with store.connect(archive, read_only=True) as con:
        assert store.verify(con).ok  # the defeat: the hash chain alone is satisfied


def test_each_version_is_signed_and_its_head_logged_outside_the_archive(home, capsys):
    settings, close = home
    _, second = close(), close(MARCH)
    assert "signature hmac-sha256 key" in format_close(second) and second.head["signature"] in format_close(second)
    versions = _versions(settings.archive)
    assert [v[0] for v in versions] == [1, 2]
    for version_id, version_hash, key_id, signature in versions:
        assert signature == _by_hand(KEY, version_id, version_hash)
        assert key_id == signing.key_id(KEY) != KEY
    log = [json.loads(line) for line in settings.archive_heads.read_text(encoding="utf-8").splitlines()]
    assert [(h["version_id"], h["version_hash"], h["signature"]) for h in log] == [(v[0], v[1], v[3]) for v in versions]
    assert (log[1]["closed_period"], log[1]["version"]) == ("2024-03", 1)
    assert close().status == "unchanged" and len(settings.archive_heads.read_text().splitlines()) == 2

    code, out = _cli(capsys, "archive", "verify")
    assert code == 0, out
    assert "signatures: 2 of 2 version(s) signed and verified" in out
    assert f"known heads: 2 from {settings.archive_heads}" in out
    assert "every signature verifies, and the chain holds every known head" in out
    assert KEY not in out and KEY not in settings.archive_heads.read_text() + repr(settings)
    assert KEY.encode() not in settings.archive.read_bytes()


def test_a_rehashed_archive_fails_verify_naming_the_version(home, capsys):
    settings, close = home
    close(), close(MARCH)
    _rehash(settings.archive)
    heads_log = settings.archive_heads.rename(settings.home / "elsewhere.jsonl")  # the signatures alone catch it

    code, out = _cli(capsys, "archive", "verify")
    assert code == 1
    for label in ("version_id 1 (2024-Q1 v1)", "version_id 2 (2024-03 v1)"):  # 2 follows 1, so its hash moved too
        assert f"TAMPERED: versions: {label}: the signature does not match the version hash" in out
    assert "2 problem(s): the archive was changed outside courtperf" in out

    code, out = _cli(capsys, "archive", "verify", "--heads", str(heads_log))
    assert code == 1
    assert "known head version_id 1 (2024-Q1 v1, hash" in out and "the chain was rewritten" in out

    # stripping the signatures too: the heads log still knows they were signed
    with duckdb.connect(str(settings.archive)) as con:
        con.execute("delete from version_signatures")
    code, out = _cli(capsys, "archive", "verify", "--heads", str(heads_log))
    assert code == 1
    for label in ("version_id 1 (2024-Q1 v1)", "version_id 2 (2024-03 v1)"):
        assert f"{label} has no signature, but the heads log shows it signed: its signature was removed" in out
    assert "the chain was rewritten" in out


def test_a_deleted_head_version_fails_verify_given_the_known_head(home, capsys):
    settings, close = home
    close()
    head = close(MARCH).version_hash
    with duckdb.connect(str(settings.archive)) as con:  # drop the newest version, everywhere it is recorded
        for table in ("versions", "version_tables", "version_signatures", "indicator_values", *store.LINEAGE_TABLES):
            con.execute(f"delete from {quote(table)} where version_id = 2")
    with store.connect(settings.archive, read_only=True) as con:
        assert store.verify(con).ok  # the chain that is left is consistent
    heads_log = settings.archive_heads.rename(settings.home / "elsewhere.jsonl")

    code, out = _cli(capsys, "archive", "verify")
    assert code == 0 and "a deleted head version cannot be detected" in out

    code, out = _cli(capsys, "archive", "verify", "--head", head)
    assert code == 1
    assert f"known head {head} (--head) is not in the chain: the head version was deleted or the chain rewritten" in out
    assert "the archive's chain ends at version_id 1 (2024-Q1 v1)" in out

    code, out = _cli(capsys, "archive", "verify", "--heads", str(heads_log))
    assert code == 1
    assert f"known head version_id 2 (2024-03 v1, hash {head}; {heads_log} line 2) is missing: the head version " \
           "was deleted" in out  # fmt: skip

    code, out = _cli(capsys, "archive", "verify", "--head", head[:20].upper())  # a prefix, as copied by hand
    assert code == 1
    code, out = _cli(capsys, "archive", "verify", "--head", "not-a-hash")
    assert code == 1 and "--head 'not-a-hash' is not a version hash" in out


def test_a_forged_heads_log_line_fails(home, capsys):
    settings, close = home
    close()
    lines = settings.archive_heads.read_text(encoding="utf-8").splitlines()
    forged = {**json.loads(lines[0]), "version_id": 5, "version_hash": "ab" * 32}  # a head the key never signed
    settings.archive_heads.write_text("\n".join([*lines, json.dumps(forged)]) + "\n", encoding="utf-8")
    code, out = _cli(capsys, "archive", "verify")
    assert code == 1
    assert f"{settings.archive_heads} line 2: the recorded head of version_id 5 is not genuine: the signature " \
           "does not match" in out  # fmt: skip
    settings.archive_heads.write_text("{not json\n", encoding="utf-8")
    code, out = _cli(capsys, "archive", "verify")
    assert code == 1 and f"{settings.archive_heads} line 1 is not JSON" in out


def test_a_wrong_key_fails_and_a_rotated_key_still_verifies_old_signatures(home, capsys):
    settings, close = home
    close()
    os.environ["COURTPERF_ARCHIVE_SIGNING_KEY"] = "another-court-secret"
    code, out = _cli(capsys, "archive", "verify")
    assert code == 1
    assert f"version_id 1 (2024-Q1 v1): signed with key {signing.key_id(KEY)}, which is neither" in out

    os.environ["COURTPERF_ARCHIVE_SIGNING_OLD_KEYS"] = f"retired-secret, {KEY}"  # the rotation of docs/runbook.md
    code, out = _cli(capsys, "archive", "verify")
    assert code == 0, out
    assert close(MARCH).head["key_id"] == signing.key_id("another-court-secret")
    code, out = _cli(capsys, "archive", "verify")
    assert code == 0 and "2 of 2 version(s) signed and verified" in out

    forged = _by_hand("guess", 1, _versions(settings.archive)[0][1])
    with duckdb.connect(str(settings.archive)) as con:  # a signature made with a guessed key, under the real key's id
        con.execute("update version_signatures set signature = ? where version_id = 1", [forged])
    code, out = _cli(capsys, "archive", "verify")
    assert code == 1 and "version_id 1 (2024-Q1 v1): the signature does not match the version hash" in out
    for text in (out, settings.archive_heads.read_text()):
        assert KEY not in text and "another-court-secret" not in text


def test_the_signing_key_must_differ_from_the_pii_key(home, capsys, monkeypatch):
    monkeypatch.setenv("COURTPERF_PII_HASH_KEY", KEY)
    with pytest.raises(store.ArchiveError, match="equals COURTPERF_PII_HASH_KEY"):
        home[1]()
    code, out = _cli(capsys, "archive", "verify")
    assert code == 1 and "equals COURTPERF_PII_HASH_KEY" in out and KEY not in out
    assert not home[0].archive.exists() or _versions(home[0].archive) == []


def test_unsigned_versions_warn_until_signed_and_a_removed_signature_fails(home, capsys):
    settings, close = home
    close()
    with duckdb.connect(str(settings.archive)) as con:  # an archive from before signing existed
        con.execute("drop table version_signatures")
    settings.archive_heads.unlink()
    code, out = _cli(capsys, "archive", "verify")
    assert code == 0
    assert "UNSIGNED: version_id 1 (2024-Q1 v1) has no signature (closed before signing)" in out
    assert "1 version(s) unsigned (courtperf archive sign signs them)" in out

    code, out = _cli(capsys, "archive", "sign")
    assert code == 0 and "signed 1 version(s)" in out and "recorded chain head" in out
    assert _versions(settings.archive)[0][3] == _by_hand(KEY, 1, _versions(settings.archive)[0][1])
    assert len(settings.archive_heads.read_text().splitlines()) == 1
    code, out = _cli(capsys, "archive", "verify")
    assert code == 0 and "UNSIGNED" not in out and "1 of 1 version(s) signed" in out
    code, out = _cli(capsys, "archive", "sign")
    assert code == 0 and "signed 0 version(s)" in out and "recorded" not in out

    close(MARCH)
    with duckdb.connect(str(settings.archive)) as con:
        con.execute("delete from version_signatures where version_id = 2")
    settings.archive_heads.unlink()
    code, out = _cli(capsys, "archive", "verify")
    assert code == 1
    assert "version_id 2 (2024-03 v1) has no signature, but version_id 1 before it was signed: its signature was " \
           "removed" in out  # fmt: skip

    with duckdb.connect(str(settings.archive)) as con:  # a tampered archive is never signed
        con.execute("update indicator_values set value = 0 where entity_id = 'J2'")
    code, out = _cli(capsys, "archive", "sign")
    assert code == 1 and "nothing signed: the archive does not verify" in out


def test_the_close_notification_and_period_report_carry_the_signed_head(tmp_path, capsys):
    """Through Dagster, as `courtperf close-period` runs it; and the key is in nothing it writes."""
    config, catalog = private_catalog(tmp_path)
    with courtperf_home(tmp_path / "home"):
        os.environ["COURTPERF_WAREHOUSE"] = str(tmp_path / "warehouse.duckdb")
        os.environ["COURTPERF_ARCHIVE"] = str(tmp_path / "archive.duckdb")
        os.environ["COURTPERF_ARCHIVE_SIGNING_KEY"] = KEY
        settings = Settings.from_env()
        build_warehouse(settings.warehouse, catalog)
        _, ok, text = run_close_period(settings, Q1, defs=_defs(config))
        assert ok, text
        ((version_id, version_hash, key_id, signature),) = _versions(settings.archive)
        assert signature == _by_hand(KEY, version_id, version_hash)
        assert f"chain head {version_hash}" in text and f"key {key_id}: {signature}" in text
        assert "WARNING" not in text  # a real key: no demo-key warning

        sent = [json.loads(line) for line in settings.notify_file.read_text(encoding="utf-8").splitlines()]
        (notification,) = [n for n in sent if n["kind"] == "archive_version"]
        details = notification["details"]
        assert (details["version_id"], details["version_hash"], details["key_id"], details["signature"]) == (
            version_id, version_hash, key_id, signature)  # fmt: skip
        assert details["closed_period"] == "2024-Q1" and details["period_report"].endswith("2024-Q1-v1.html")

        page = (settings.reports / "quarter" / "2024-Q1-v1.html").read_text(encoding="utf-8")
        assert f"链头哈希（version_id 1）<code>{version_hash}</code>" in page
        assert f"签名（hmac-sha256，密钥 {key_id}）<code>{signature}</code>" in page

        code, out = _cli(capsys, "archive", "verify", "--heads", str(settings.notify_file))
        assert code == 0 and f"known heads: 1 from {settings.notify_file}" in out, out
        code, out = _cli(capsys, "archive", "verify", "--head", version_hash)
        assert code == 0, out

        os.environ.pop("COURTPERF_ARCHIVE_SIGNING_KEY")  # the demo key: closes and verify say so loudly
        _, ok, text = run_close_period(settings, parse_period("2024"), defs=_defs(config))
        assert ok and "WARNING: the archive signing key is the demo key" in text
        code, out = _cli(capsys, "archive", "verify")
        assert code == 1 and "WARNING: the archive signing key is the demo key" in out  # v1 was signed with KEY

    written = [p for p in tmp_path.rglob("*") if p.is_file() and p.suffix not in (".yaml",)]
    assert len(written) > 5
    for path in written:  # the archive, heads log, notifications, reports, Dagster's run storage and logs
        assert KEY.encode() not in path.read_bytes(), path
    assert KEY not in text + out


def test_a_close_seals_the_audit_log_so_a_rewritten_and_rehashed_log_fails_verify(home, capsys):
    """The dashboard's audit events move into the archive at the close, and the version's signed hash covers the
    log's head: an intruder who edits an event and recomputes every row hash of the log is still caught."""
    from access import audit

    settings, close = home
    audit.record(settings.audit_spool, "view", viewer="P1", subject="P2", what="person_page", outcome="shown")
    audit.record(settings.audit_spool, "view", viewer="P3", subject="P2", what="person_page", outcome="shown")
    close()
    assert not settings.audit_spool.exists()
    code, out = _cli(capsys, "archive", "verify")
    assert code == 0, out
    with duckdb.connect(str(settings.archive)) as con:
        rows = con.execute(f"select seq, {', '.join(audit.FIELDS)} from audit_log order by seq").fetchall()
        prev = None
        for seq, *values in rows:  # P3's look becomes P1's, and the chain is recomputed with courtperf's function
            row = dict(zip(audit.FIELDS, values, strict=True)) | {"viewer": "P1"}
            digest = audit.row_hash(prev, row)
            con.execute("update audit_log set viewer = 'P1', prev_hash = ?, row_hash = ? where seq = ?",
                        [prev, digest, seq])  # fmt: skip
            prev = digest
        (version_id,) = con.execute("select max(version_id) from versions").fetchone()
    code, out = _cli(capsys, "archive", "verify")
    assert code == 1 and f"TAMPERED: audit_log: rows up to 2, sealed by version_id {version_id}, were changed" in out
