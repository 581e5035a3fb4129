"""A night that brings nothing new costs seconds, not a rebuild.

The marts are a function of raw, of the dbt project (models, macros, the configuration compiled into them) and of
the publication policy; the as-of date comes from the data. So when nothing has landed since the last night whose
marts were published, and the project and the policy are the ones that night was built with, rebuilding would
write the same rows again. The models step then runs no dbt: it materialises nothing, so the checks, the scores,
the notifications and the publication after it are skipped, and that night's marts and published copy stand.

What counts as landed: any row loaded or quarantined, or a file that could not be read, in a batch after the
published one (raw._load_log), or a new statistics_start from the sources file (raw._extract_settings).
`courtperf run --full-refresh` always rebuilds, as do the first night after an upgrade (its published night carries
no fingerprint) and a night whose readers' copies are not that night's.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import duckdb
from dagster import AssetKey, DagsterInstance

from courtperf.publication import PublishError, publication_info
from courtperf.settings import Settings
from quality.policy import POLICY_FILE

PUBLISHED = AssetKey("published_marts")
FINGERPRINT = "built_with"  # metadata of published_marts: night_fingerprint() of the night it published
NOTHING_NEW = "nothing has landed and the project is unchanged since the published night of run"


def night_fingerprint(manifest_path: Path, settings: Settings, policy_file: Path = POLICY_FILE) -> str:
    """What a night's output depends on besides raw, without what changes at every parse (timestamps, invocation
    ids): each node's checksum, configuration and dependencies, each macro's SQL, the sources, the publication
    policy, and which marts the readers' copy leaves out."""
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    nodes = manifest["nodes"]
    parts = {
        "nodes": {uid: [n.get("checksum"), n.get("config"), n.get("depends_on")] for uid, n in nodes.items()},
        "macros": {uid: m.get("macro_sql") for uid, m in manifest["macros"].items()},
        "sources": {uid: [s.get("config"), s.get("columns")] for uid, s in manifest["sources"].items()},
        "policy": policy_file.read_text(encoding="utf-8") if policy_file.exists() else None,
        "restricted_kinds": list(settings.publish_restricted),  # which marts the readers' copy leaves out
    }
    text = json.dumps(parts, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def last_published_night(instance: DagsterInstance) -> tuple[str, str | None] | None:
    """(run id, fingerprint) of the newest publication, or None if there was none."""
    event = instance.get_latest_materialization_event(PUBLISHED)
    if event is None:
        return None
    metadata = event.asset_materialization.metadata if event.asset_materialization else {}
    built_with = metadata.get(FINGERPRINT)
    return event.run_id, (built_with.value if built_with is not None else None)


def nothing_landed_since(con: duckdb.DuckDBPyConnection, batch_id: str) -> bool:
    """The warehouse landed `batch_id`, and no batch after it loaded or quarantined a row or met an unreadable file,
    and the sources file's statistics_start is the one it was built with (a warehouse that does not know
    `batch_id`, rebuilt or another one, counts as changed)."""
    last = "select max(finished_at) from raw._load_log where batch_id = ?"
    (published_at,) = con.execute(last, [batch_id]).fetchone()
    if published_at is None:
        return False
    changed = con.execute(
        "select 1 from raw._load_log where finished_at > ?"
        " and (loaded > 0 or quarantined > 0 or file_error is not null)"
        " union all select 1 from raw._extract_settings where recorded_at > ?  -- rewritten only when it changes"
        " limit 1",
        [published_at, published_at],
    ).fetchone()
    return changed is None


def holds(copy: Path, run_id: str) -> bool:
    """The readers' copy at `copy` is the one the night `run_id` published."""
    try:
        return publication_info(copy)["run_id"] == run_id
    except (PublishError, duckdb.Error):
        return False


def standing_night(
    instance: DagsterInstance, con: duckdb.DuckDBPyConnection, manifest_path: Path, settings: Settings
) -> str | None:
    """The run id of the published night that still stands (nothing landed since, the same fingerprint, its copies
    where tonight would publish them), or None when tonight must build. `con`: the warehouse."""
    last = last_published_night(instance)
    if last is None:
        return None
    run_id, built_with = last
    if built_with != night_fingerprint(manifest_path, settings):
        return None
    copies = [settings.published, *([settings.published_restricted] if settings.published_restricted else [])]
    if not all(holds(copy, run_id) for copy in copies):
        return None
    return run_id if nothing_landed_since(con, run_id) else None
