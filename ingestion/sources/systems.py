"""Where each source system is: a SQLAlchemy URL or a folder, from the sources file or one folder; URLs shown
without their password."""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from ingestion.contract import load_contract
from ingestion.errors import SourceConfigError

if TYPE_CHECKING:
    from ingestion.sources.mapping import SystemMapping

_ENV_PLACEHOLDER = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
FILE_SUFFIXES = (".csv", ".parquet", ".xlsx")  # a folder's table files, in the order they are looked for


@dataclass(frozen=True)
class SystemSource:
    system: str
    # SQLAlchemy URL, e.g. sqlite:////abs/hr.sqlite; never in a repr (it may hold a password)
    url: str | None = field(default=None, repr=False)
    directory: Path | None = None  # folder with <table>.csv, <table>.parquet or <table>.xlsx
    encoding: str = "utf-8"  # for csv
    # how the system's own tables become the contract's (ingestion/sources/mapping.py); None: they already are
    mapping: SystemMapping | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if (self.url is None) == (self.directory is None):
            raise SourceConfigError(f"source {self.system}: give exactly one of url and directory")

    @property
    def label(self) -> str:
        """Where the system comes from, for load metadata and messages; a password is never shown."""
        if self.url is not None:
            return mask_url(self.url)
        return str(self.directory)

    def table_label(self, table_name: str) -> str:
        if self.url is not None:
            return f"{self.label}#{table_name}"
        assert self.directory is not None
        for suffix in FILE_SUFFIXES:
            path = self.directory / f"{table_name}{suffix}"
            if path.exists():
                return str(path)
        return str(self.directory / f"{table_name}.csv")


def mask_url(url: str) -> str:
    """The URL for messages, parsed by SQLAlchemy with the password shown as ***. A URL SQLAlchemy cannot
    parse, or whose host holds an '@' (an unencoded '@' in the password), shows only its scheme and what
    follows its last '@' (the host and database), or "<unparseable URL>": never any part of a password."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:
        return _scheme_and_host(url)
    if _ambiguous(url, parsed):
        return _scheme_and_host(url)
    secret_keys = [k for k in parsed.query if _SECRET_QUERY_KEY.search(k)]
    if secret_keys:
        parsed = parsed.update_query_dict({k: "***" for k in secret_keys})
    return parsed.render_as_string(hide_password=True)


_SECRET_QUERY_KEY = re.compile("pass|pwd|secret|token|key", re.IGNORECASE)


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")


_HOST_AND_PATH = re.compile(r"^[A-Za-z0-9._\-\[\]:]*(/[A-Za-z0-9._\-/]*)?$")


def _scheme_and_host(url: str) -> str:
    scheme = _SCHEME.match(url)
    if not scheme:
        return "<unparseable URL>"
    rest = url[scheme.end() :]
    if "@" not in rest:
        return f"{scheme[1]}://<unparseable URL>"
    tail = rest.rsplit("@", 1)[1].split("?", 1)[0]  # no password is after the last '@'
    return f"{scheme[1]}://***@{tail}" if _HOST_AND_PATH.match(tail) else f"{scheme[1]}://<unparseable URL>"


def _ambiguous(url: str, parsed) -> bool:
    """SQLAlchemy splits user:password@host at the first '@': a second '@' in a URL with a user means the
    password (or user) held one that was not percent-encoded, and part of the password would be taken
    for the host. (A URL that SQLAlchemy renders encodes every '@' but that one.)"""
    return (parsed.username is not None or parsed.password is not None) and url.count("@") > 1


def source_url(template: str, where: str) -> str:
    """A sources file's url with ${VAR} expanded. Each placeholder is expanded in its own part of the URL
    (user, password, host, database, query) and the URL is rebuilt by SQLAlchemy, which percent-encodes
    the user and password: a password from the environment may hold any character (@ : / % # ?). A
    password written in the file itself must be percent-encoded (@ as %40, : as %3A, / as %2F, % as %25).
    Errors never show the password."""
    from sqlalchemy.engine import URL, make_url

    try:
        parsed = make_url(template)
    except Exception:
        parsed = None
    if parsed is None or template.strip().startswith("${"):  # e.g. the whole URL in one variable
        url = _expand_env(template, where)
    else:
        expand = lambda value: None if value is None else _expand_env(value, where)  # noqa: E731
        query = parsed.query
        try:
            url = URL.create(
                _expand_env(parsed.drivername, where),
                username=expand(parsed.username),
                password=expand(parsed.password),
                host=expand(parsed.host),
                port=parsed.port,
                database=expand(parsed.database),
                query={k: tuple(map(expand, v)) if isinstance(v, tuple) else expand(v) for k, v in query.items()},
            ).render_as_string(hide_password=False)
        except SourceConfigError:
            raise
        except Exception:
            url = _expand_env(template, where)
    try:
        parsed = make_url(url)
    except Exception:
        raise SourceConfigError(
            f"{where}: url {mask_url(url)} is not a SQLAlchemy URL (dialect+driver://user:password@host:port/database)"
        ) from None
    if _ambiguous(url, parsed):
        raise SourceConfigError(
            f"{where}: url {mask_url(url)} has an '@' in its user or password: percent-encode it as %40 "
            "(or give the password as ${VAR} from the environment, which courtperf encodes)"
        )
    return url


def load_sources_file(path: Path) -> dict[str, SystemSource]:
    """Read a sources file:

    systems:
      hr: {url: "postgresql://etl:${HR_DB_PASSWORD}@db/hr"}
      trial: {dir: exports/trial, encoding: gbk}
      enforcement: {url: "mysql+pymysql://etl:${ZX_DB_PASSWORD}@zx-db/zxxt", mapping: mappings/enforcement.yaml}

    Relative dirs and mapping files are resolved against the file's folder; ${ENV_VAR} in a url comes from the
    environment. A `mapping` says how a system that does not deliver the contract's shape maps onto it
    (docs/sources.md).
    """
    path = Path(path)
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourceConfigError(f"{path}: cannot read the sources file: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:  # only where and what: PyYAML's own message quotes the line (a URL, a password)
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise SourceConfigError(f"{path}: not valid YAML{at}: {problem}") from None
    except ValueError as exc:  # a date-like value that is no date (2023-13-01): PyYAML raises it as it reads
        raise SourceConfigError(f"{path}: not valid YAML: a date that does not exist ({exc})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("systems"), dict):
        raise SourceConfigError(f"{path}: expected a mapping with a 'systems' mapping")
    unknown_top = set(doc) - {"systems", "statistics_start"}
    if unknown_top:
        raise SourceConfigError(
            f"{path}: unknown top-level key(s) {sorted(unknown_top)} (allowed: systems, statistics_start)"
        )
    _statistics_start(doc, path)
    known_systems = load_contract().systems
    result: dict[str, SystemSource] = {}
    for system, spec in doc["systems"].items():
        where = f"{path}: systems.{system}"
        if system not in known_systems:
            raise SourceConfigError(f"{where}: unknown system (the contract has {', '.join(known_systems)})")
        if not isinstance(spec, dict):
            raise SourceConfigError(f"{where}: expected a mapping with url or dir")
        unknown = set(spec) - {"url", "dir", "encoding", "format", "mapping"}
        if unknown:
            raise SourceConfigError(
                f"{where}: unknown key(s) {sorted(unknown)} (allowed: url, dir, encoding, format, mapping)"
            )
        if ("url" in spec) == ("dir" in spec):
            raise SourceConfigError(f"{where}: give exactly one of url and dir")
        # `format` documents a folder's files; each table's file is recognised by its extension.
        if "format" in spec and ("dir" not in spec or spec["format"] not in ("csv", "parquet", "xlsx")):
            raise SourceConfigError(f"{where}: format applies to a dir and must be csv, parquet or xlsx")
        encoding = str(spec.get("encoding", "utf-8"))
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise SourceConfigError(f"{where}: unknown encoding {encoding!r}") from None
        if "url" in spec:
            source = SystemSource(system, url=source_url(str(spec["url"]), where), encoding=encoding)
        else:
            directory = Path(_expand_env(str(spec["dir"]), where)).expanduser()
            if not directory.is_absolute():
                directory = path.resolve().parent / directory
            source = SystemSource(system, directory=directory, encoding=encoding)
        if "mapping" in spec:
            source = _with_mapping(source, path, spec["mapping"], where)
        result[system] = source
    return result


def statistics_start(path: Path) -> date | None:
    """The sources file's `statistics_start`: the first day from which the systems' records are whole. The
    indicators' periods begin with its month; cases filed before it and still pending on it (the pending stock,
    旧存) are extracted with their own dates but open no earlier period. None: periods begin with the first month
    of case activity. Read after load_sources_file has checked the file."""
    doc = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return _statistics_start(doc, Path(path)) if isinstance(doc, dict) else None


def _statistics_start(doc: dict, path: Path) -> date | None:
    given = doc.get("statistics_start")
    if given is None:
        return None
    try:  # YAML reads 2023-01-01 as a date; a quoted one is text
        start = given if isinstance(given, date) else date.fromisoformat(str(given))
    except ValueError:
        raise SourceConfigError(f"{path}: statistics_start {given!r} is not a date (YYYY-MM-DD)") from None
    if start.day != 1:  # periods are months: a month begun would be counted as a whole one
        raise SourceConfigError(f"{path}: statistics_start {start} must be the first day of a month (1 January best)")
    return start


def _with_mapping(source: SystemSource, sources_file: Path, given: object, where: str) -> SystemSource:
    """The source with its mapping file read and validated (a SELECT in the dialect of its database)."""
    from dataclasses import replace

    from sqlalchemy.engine import make_url

    from ingestion.sources.mapping import load_mapping

    mapping_path = Path(_expand_env(str(given), where)).expanduser()
    if not mapping_path.is_absolute():
        mapping_path = sources_file.resolve().parent / mapping_path
    if not mapping_path.is_file():
        raise SourceConfigError(f"{where}: mapping file {mapping_path} does not exist")
    dialect = make_url(source.url).get_backend_name() if source.url is not None else None
    mapping = load_mapping(mapping_path, system=source.system, dialect=dialect)
    encoding = mapping.encoding or source.encoding
    return replace(source, mapping=mapping, encoding=encoding)


def _expand_env(value: str, where: str) -> str:
    def replace(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in os.environ:
            raise SourceConfigError(f"{where}: environment variable {name} is not set")
        return os.environ[name]

    return _ENV_PLACEHOLDER.sub(replace, value)


def sources_from_dir(directory: Path, encoding: str = "utf-8") -> dict[str, SystemSource]:
    """The folder-of-files layout <dir>/<system>/<table>.csv|.parquet; absent system folders are absent."""
    directory = Path(directory).resolve()
    return {
        system: SystemSource(system, directory=directory / system, encoding=encoding)
        for system in load_contract().systems
        if (directory / system).is_dir()
    }
