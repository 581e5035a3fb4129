"""Chain heads anchored outside the archive: signed with a key the archive does not hold, and recorded elsewhere.

The hash chain (store.py) shows that the archive is consistent, not that courtperf wrote it: anyone who can
write the file can edit rows and recompute every hash with courtperf's own functions, or drop the newest
version. So each version's hash (the chain's head when it was published) is also

- signed: HMAC-SHA256 with `COURTPERF_ARCHIVE_SIGNING_KEY` (never stored, printed or logged; signatures name
  the key by its id, a one-way fingerprint, so a rotated-out key in `COURTPERF_ARCHIVE_SIGNING_OLD_KEYS` still
  checks the signatures made with it), stored in the archive table `version_signatures`;
- recorded outside the archive: appended to the heads log (`COURTPERF_ARCHIVE_HEADS`, JSON lines), sent with
  the close notification and printed in the period report (质效通报).

`courtperf archive verify` checks every signature with the keys, and every known head (the heads log, a
notification file, or `--head HASH`) against the chain: a re-hashed version fails its signature, a deleted
head is a known head missing from the chain. Versions closed before signing existed are reported unsigned
(a warning) until `courtperf archive sign` signs them.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from archive.store import ArchiveError, has_table
from courtperf.settings import DEMO_ARCHIVE_SIGNING_KEY, Settings

SCHEME = "hmac-sha256"
SIGNATURES_DDL = """
create table if not exists version_signatures (
    version_id bigint not null,
    key_id varchar not null,
    signature varchar not null,
    signed_at varchar not null
);
"""
DEMO_KEY_WARNING = (
    "the archive signing key is the demo key (COURTPERF_ARCHIVE_SIGNING_KEY is not set): anyone with courtperf's "
    "code can forge these signatures; set a secret key in production (docs/runbook.md)"
)
_HEX = re.compile(r"^[0-9a-f]{16,64}$")


def key_id(key: str) -> str:
    """A key's public name: HMAC of a fixed text under the key (reveals nothing of the key)."""
    return hmac.new(key.encode(), b"courtperf archive signing key id", hashlib.sha256).hexdigest()[:16]


def _message(version_id: int, version_hash: str) -> bytes:
    return f"courtperf-archive-head\n{int(version_id)}\n{version_hash}".encode()


@dataclass(frozen=True)
class SigningKeys:
    """The current key (signs and verifies) and old keys (verify only). repr=False: never printed."""

    current: str = field(repr=False)
    old: tuple[str, ...] = field(default=(), repr=False)
    pii_key: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        if not self.current:
            raise ArchiveError("COURTPERF_ARCHIVE_SIGNING_KEY is empty: set a secret (or unset it for the demo key)")
        if self.pii_key and self.pii_key in (self.current, *self.old):
            raise ArchiveError(
                "the archive signing key equals COURTPERF_PII_HASH_KEY: set COURTPERF_ARCHIVE_SIGNING_KEY to a "
                "different secret (the PII key is handed to dbt and Spark; the signing key must not be)"
            )

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> SigningKeys:
        settings = settings or Settings.from_env()
        return cls(settings.archive_signing_key, settings.archive_signing_old_keys, settings.pii_hash_key)

    @property
    def key_id(self) -> str:
        return key_id(self.current)

    @property
    def is_demo(self) -> bool:
        return self.current == DEMO_ARCHIVE_SIGNING_KEY

    def sign(self, version_id: int, version_hash: str) -> str:
        return hmac.new(self.current.encode(), _message(version_id, version_hash), hashlib.sha256).hexdigest()

    def check(self, version_id: int, version_hash: str, signed_by: str, signature: str) -> str | None:
        """None when the signature is right; else what is wrong (without naming any key)."""
        key = next((k for k in (self.current, *self.old) if key_id(k) == signed_by), None)
        if key is None:
            return (
                f"signed with key {signed_by}, which is neither COURTPERF_ARCHIVE_SIGNING_KEY ({self.key_id}) nor "
                "in COURTPERF_ARCHIVE_SIGNING_OLD_KEYS: a wrong key is configured, or the signature was forged"
            )
        expected = hmac.new(key.encode(), _message(version_id, version_hash), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, str(signature)):
            return "the signature does not match the version hash (re-hashed or re-signed without the key)"
        return None


# ------------------------------------------------------------------------------------------------ writing


def sign_version(con: duckdb.DuckDBPyConnection, keys: SigningKeys, version: dict) -> dict:
    """Sign a written version (a dict with version_id, version_hash, …) inside the caller's transaction;
    returns its head record, as the heads log, the notification and the report carry it."""
    con.execute(SIGNATURES_DDL)
    head = head_record(version, keys.key_id, keys.sign(version["version_id"], version["version_hash"]))
    con.execute(
        "insert into version_signatures values (?, ?, ?, ?)",
        [head["version_id"], head["key_id"], head["signature"], head["signed_at"]],
    )
    return head


def head_record(version: dict, signed_by: str | None, signature: str | None, signed_at: str | None = None) -> dict:
    return {
        "version_id": version["version_id"],
        "grain": version["grain"],
        "closed_period": version["closed_period"],
        "version": version["version"],
        "published_at": version["published_at"],
        "version_hash": version["version_hash"],
        "scheme": SCHEME,
        "key_id": signed_by,
        "signature": signature,
        "signed_at": signed_at or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
    }


def signature_of(con: duckdb.DuckDBPyConnection, version_id: int) -> tuple[str, str] | None:
    """(key_id, signature) of a version's latest signature, or None (unsigned, or an archive before signing)."""
    if not has_table(con, "version_signatures"):
        return None
    return con.execute(
        "select key_id, signature from version_signatures where version_id = ? order by signed_at desc limit 1",
        [version_id],
    ).fetchone()


def append_head(heads_log: Path, head: dict) -> None:
    """Append a head to the heads log (outside the archive). Raises ArchiveError naming the file on failure."""
    try:
        heads_log.parent.mkdir(parents=True, exist_ok=True)
        with heads_log.open("a", encoding="utf-8") as out:
            out.write(json.dumps(head, ensure_ascii=False, sort_keys=True) + "\n")
    except OSError as exc:
        raise ArchiveError(
            f"version_id {head['version_id']} was written and signed, but its head could not be appended to the "
            f"heads log {heads_log}: {exc}. Fix the file's folder, then run `courtperf archive sign` to record it."
        ) from exc


def sign_unsigned(con: duckdb.DuckDBPyConnection, keys: SigningKeys) -> list[dict]:
    """Sign every version that has no signature (closed before signing existed), in the caller's transaction.
    The caller verifies the hash chain first: signing a tampered archive would bless it."""
    con.execute(SIGNATURES_DDL)
    unsigned = _versions(con, "where version_id not in (select version_id from version_signatures) order by version_id")
    return [sign_version(con, keys, v) for v in unsigned]


def _versions(con: duckdb.DuckDBPyConnection, where: str = "order by version_id") -> list[dict]:
    cur = con.execute(
        f"select version_id, grain, closed_period, version, published_at, version_hash from versions {where}"
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def chain_head_record(con: duckdb.DuckDBPyConnection) -> dict | None:
    """The chain head as a head record, with its signature (None when the archive is empty)."""
    versions = _versions(con, "order by version_id desc limit 1")
    if not versions:
        return None
    signed = signature_of(con, versions[0]["version_id"])
    return head_record(versions[0], *(signed or (None, None)))


# ------------------------------------------------------------------------------------------------ checking


@dataclass
class SignatureReport:
    signed: int = 0
    problems: list[str] = field(default_factory=list)
    unsigned: list[str] = field(default_factory=list)  # warnings: versions closed before signing


def _label(v: dict) -> str:
    return f"version_id {v['version_id']} ({v['closed_period']} v{v['version']})"


def check_signatures(
    con: duckdb.DuckDBPyConnection, keys: SigningKeys, known_signed: set[int] = frozenset()
) -> SignatureReport:
    """Check every stored signature against its version's hash. A version without one is a warning when it
    precedes every signed version (closed before signing), a problem otherwise (its signature was removed):
    `known_signed` adds the version_ids the heads log shows signed."""
    report = SignatureReport()
    versions = _versions(con)
    by_id = {v["version_id"]: v for v in versions}
    stored: dict[int, list[tuple[str, str]]] = {}
    if has_table(con, "version_signatures"):
        for vid, signed_by, signature in con.execute(
            "select version_id, key_id, signature from version_signatures order by version_id, signed_at"
        ).fetchall():
            stored.setdefault(vid, []).append((signed_by, signature))
    for vid in sorted(set(stored) - set(by_id)):
        report.problems.append(f"version_signatures signs version_id {vid}, which is not in versions")
    signed_ids = set(stored) | set(known_signed)
    first_signed = min(signed_ids) if signed_ids else None
    for v in versions:
        signatures = stored.get(v["version_id"], [])
        if not signatures:
            if first_signed is not None and v["version_id"] >= first_signed:
                since = (
                    "the heads log shows it signed"
                    if v["version_id"] in known_signed
                    else f"version_id {first_signed} before it was signed"
                )
                report.problems.append(
                    f"versions: {_label(v)} has no signature, but {since}: its signature was removed"
                )
            else:
                report.unsigned.append(f"{_label(v)} has no signature (closed before signing)")
            continue
        wrong = [p for s in signatures if (p := keys.check(v["version_id"], v["version_hash"], *s))]
        report.problems += [f"versions: {_label(v)}: {p}" for p in dict.fromkeys(wrong)]
        report.signed += not wrong
    return report


@dataclass(frozen=True)
class KnownHead:
    """A head recorded outside the archive: a bare hash (`--head`), or a line of the heads log / a notification."""

    version_hash: str
    source: str  # where it was read: '--head' or 'FILE line N'
    version_id: int | None = None
    label: str = ""
    key_id: str | None = None
    signature: str | None = None


def parse_head(text: str) -> KnownHead:
    value = text.strip().lower()
    if not _HEX.match(value):
        raise ArchiveError(f"--head {text!r} is not a version hash (16 to 64 hexadecimal characters)")
    return KnownHead(value, "--head")


def read_heads(path: Path) -> list[KnownHead]:
    """The heads in a heads log or a notification file (its `archive_version` notifications; others skipped)."""
    path = Path(path)
    if not path.is_file():
        raise ArchiveError(f"--heads {path}: no such file")
    heads = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path} line {number}"
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ArchiveError(
                f"{where} is not JSON ({exc.msg}): a heads log or notification file holds JSON lines"
            ) from exc
        if isinstance(entry, dict) and entry.get("kind") == "archive_version":
            entry = entry.get("details")
        if not isinstance(entry, dict) or "version_hash" not in entry:
            continue  # another kind of notification
        try:
            heads.append(
                KnownHead(
                    str(entry["version_hash"]).lower(),
                    where,
                    int(entry["version_id"]),
                    f"{entry.get('closed_period')} v{entry.get('version')}",
                    entry.get("key_id"),
                    entry.get("signature"),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ArchiveError(f"{where}: a head needs version_id and version_hash ({exc})") from exc
    if not heads:
        raise ArchiveError(f"{path} holds no archive heads (heads log lines or archive_version notifications)")
    return heads


def check_heads(con: duckdb.DuckDBPyConnection, heads: list[KnownHead], keys: SigningKeys) -> list[str]:
    """Every known head must be in the chain, as the same version: one missing past the chain's end is a
    deleted head; one whose version_id holds another hash is a rewritten chain."""
    problems = []
    versions = _versions(con)
    by_id = {v["version_id"]: v for v in versions}
    by_hash = {v["version_hash"]: v for v in versions}
    last = versions[-1] if versions else None
    ends = (
        f"the archive's chain ends at {_label(last)}, hash {last['version_hash']}" if last else "the archive is empty"
    )
    for head in heads:
        if head.signature is not None and head.key_id is not None:
            wrong = keys.check(head.version_id, head.version_hash, head.key_id, head.signature)
            if wrong:
                problems.append(
                    f"{head.source}: the recorded head of version_id {head.version_id} is not genuine: {wrong}"
                )
                continue
        if head.version_id is None:
            if not any(h.startswith(head.version_hash) for h in by_hash):
                problems.append(
                    f"known head {head.version_hash} ({head.source}) is not in the chain: the head version was "
                    f"deleted or the chain rewritten ({ends})"
                )
            continue
        found = by_id.get(head.version_id)
        known = f"version_id {head.version_id} ({head.label}, hash {head.version_hash}; {head.source})"
        if found is None and (last is None or head.version_id > last["version_id"]):
            problems.append(f"known head {known} is missing: the head version was deleted ({ends})")
        elif found is None:
            problems.append(f"known head {known} is missing from the middle of the chain: the chain was rewritten")
        elif found["version_hash"] != head.version_hash:
            problems.append(
                f"known head {known} is hash {found['version_hash']} in the archive: the chain was rewritten"
            )
    return problems


def signed_ids(heads: list[KnownHead]) -> set[int]:
    return {h.version_id for h in heads if h.signature and h.version_id is not None}
