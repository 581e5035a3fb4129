"""What a signed-in person may see, from their posting (`dbt_project/config/access/access.yaml` explains the rules).

`resolve(published, person_id)` reads the published marts once per sign-in and returns a `Scope`: the courts and
departments whose figures the viewer sees, the people whose records they see in full, and whether they see
conduct events and others' bonus amounts. Every dashboard query takes the scope and filters by it in SQL
(dashboard/queries.py), so a page or a URL naming someone outside it (`?person=…`) finds nothing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from courtperf.publication import read_published
from courtperf.settings import DBT_PROJECT_DIR

ACCESS_FILE = DBT_PROJECT_DIR / "config" / "access" / "access.yaml"  # with the analysts' other configuration
ACCESS_FILE_ENV = "COURTPERF_ACCESS_FILE"  # another access file (e.g. kept under /etc/courtperf by the court's IT)
KINDS = ("all", "court", "department", "self")
LEADER_ROLES = ("president", "vice_president")
CHIEF_ROLES = ("division_chief", "deputy_division_chief")


class AccessError(ValueError):
    """No scope can be given (a staff id not in personnel, a person who has left, a bad access file)."""


@dataclass(frozen=True)
class AccessConfig:
    court_wide_departments: tuple[str, ...]
    conduct_departments: tuple[str, ...]
    bonus_departments: tuple[str, ...]
    grants: dict[str, tuple[str, bool, bool]]  # person_id -> (kind, conduct, bonus)


@dataclass(frozen=True)
class Scope:
    person_id: str
    name: str
    kind: str  # all, court, department, self
    courts: tuple[str, ...]  # whose court- and department-level figures they see
    departments: tuple[str, ...]
    people: tuple[str, ...]  # whose records (scores, explanations, warnings) they see in full; themselves included
    conduct: bool  # conduct events (纪检监察)
    bonus: bool = False  # the bonus amounts of the people they see (their own always)

    def sees_person(self, person_id: str | None) -> bool:
        return person_id in self.people

    def sees_amount(self, person_id: str | None) -> bool:
        """A person's bonus amount: their own, or of a person they see when they hold the bonus right."""
        return person_id == self.person_id or (self.bonus and self.sees_person(person_id))

    def sees_everyone_of_court(self) -> bool:
        return self.kind in ("all", "court")


def access_file() -> Path:
    return Path(os.environ.get(ACCESS_FILE_ENV) or ACCESS_FILE)


def load_config(path: Path | None = None) -> AccessConfig:
    """The access file (default: `access_file()`), validated; every problem names the file and the entry."""
    path = path or access_file()
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    raw = raw or {}
    keys = ("court_wide_departments", "conduct_departments", "bonus_departments", "grants")
    problems = [f"{path}: unknown key {k!r}" for k in raw if k not in keys]
    grants: dict[str, tuple[str, bool, bool]] = {}
    for n, grant in enumerate(raw.get("grants") or [], start=1):
        where = f"{path}: grants entry {n}"
        if not isinstance(grant, dict) or not grant.get("person_id"):
            problems.append(f"{where}: needs a person_id")
            continue
        if grant.get("scope", "self") not in KINDS:
            problems.append(f"{where} ({grant['person_id']}): scope must be one of {', '.join(KINDS)}")
        if not str(grant.get("reason") or "").strip():
            problems.append(f"{where} ({grant['person_id']}): say why (reason), for the audit")
        grants[str(grant["person_id"])] = (
            grant.get("scope", "self"),
            bool(grant.get("conduct", False)),
            bool(grant.get("bonus", False)),
        )
    if problems:
        raise AccessError("access configuration error:\n  " + "\n  ".join(problems))
    return AccessConfig(*(tuple(raw.get(k) or ()) for k in keys[:3]), grants)


def _kind(role: str, dept_name: str, config: AccessConfig) -> str:
    if role in LEADER_ROLES or dept_name in (*config.court_wide_departments, *config.bonus_departments):
        return "court"
    return "department" if role in CHIEF_ROLES else "self"


def resolve(published: Path, person_id: str, config: AccessConfig | None = None) -> Scope:
    """The scope of `person_id` by their current posting and the access file."""
    config = config or load_config()
    with read_published(published) as con:
        row = con.execute(
            "select p.name, p.court_code, p.dept_id, coalesce(d.dept_name, ''), p.role, p.is_employed, c.level "
            "from marts.dim_person as p left join marts.dim_department as d using (dept_id) "
            "left join marts.dim_court as c on c.court_code = p.court_code where p.person_id = ?",
            [person_id],
        ).fetchone()
        if row is None:
            raise AccessError(f"staff id {person_id!r} is not in personnel (marts.dim_person)")
        name, court, dept, dept_name, role, employed, level = row
        if not employed:
            raise AccessError(f"staff id {person_id!r} ({name}) has left the court")
        kind, conduct, bonus = config.grants.get(person_id, (_kind(role, dept_name, config), False, False))
        conduct = conduct or dept_name in config.conduct_departments
        bonus = bonus or role in (*LEADER_ROLES, *CHIEF_ROLES) or dept_name in config.bonus_departments
        if kind == "court" and level == "intermediate":
            kind = "all"
        if kind == "all":
            courts = [r[0] for r in con.execute("select court_code from marts.dim_court order by 1").fetchall()]
        else:
            courts = [court]
        if kind in ("all", "court"):
            departments = [r[0] for r in con.execute(
                "select dept_id from marts.dim_department where court_code in (select unnest(?)) order by 1", [courts]
            ).fetchall()]  # fmt: skip
        else:
            departments = [dept]
        people = {person_id}
        if kind != "self":
            column, values = ("dept_id", departments) if kind == "department" else ("court_code", courts)
            people |= {r[0] for r in con.execute(
                f"select person_id from marts.dim_person where {column} in (select unnest(?))", [values]
            ).fetchall()}  # fmt: skip
    return Scope(person_id, name, kind, tuple(courts), tuple(departments), tuple(sorted(people)), conduct, bonus)
