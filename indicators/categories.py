"""The 20 major categories (大项) of `categories.yaml`, and the dashboard screens (大屏板块) that show them: every
category on exactly one screen (without a `screens:` list, each category is a screen of its own)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from indicators.config_files import ID, SAFE_TEXT, read_yaml


@dataclass(frozen=True)
class Category:
    id: str
    name_zh: str
    name_en: str
    screen: str = ""  # the dashboard screen (大屏板块) showing it: (id, name_zh, name_en, position) below
    screen_name_zh: str = ""
    screen_name_en: str = ""
    screen_order: int = 0


def load_categories(path: Path, problems: list[str]) -> list[Category]:
    doc = read_yaml(path, problems) if path.exists() else None
    if doc is None:
        if not path.exists():
            problems.append(f"{path}: missing")
        return []
    categories = []
    for entry in doc.get("categories") or []:
        cid = entry.get("id", "")
        if not ID.match(str(cid)):
            problems.append(f"{path.name}: category id {cid!r} must be lower_snake_case")
            continue
        for key in ("name_zh", "name_en"):
            if not SAFE_TEXT.match(str(entry.get(key, ""))) or not entry.get(key):
                problems.append(f"{path.name}: category {cid}: {key} missing or has characters not allowed")
        categories.append(Category(cid, str(entry.get("name_zh", "")), str(entry.get("name_en", ""))))
    return _on_screens(path.name, categories, doc.get("screens"), problems)


def _on_screens(file: str, categories: list[Category], screens: Any, problems: list[str]) -> list[Category]:
    """Each category with the screen that shows it; every category on exactly one screen (no list: its own)."""
    if screens is None:
        return [
            replace(c, screen=c.id, screen_name_zh=c.name_zh, screen_name_en=c.name_en, screen_order=n)
            for n, c in enumerate(categories, start=1)
        ]
    shown: dict[str, dict] = {}
    order: dict[str, int] = {}
    for n, entry in enumerate(screens if isinstance(screens, list) else [screens], start=1):
        sid = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(sid, str) or not ID.match(sid):
            problems.append(f"{file}: screen {entry!r} needs a lower_snake_case id")
            continue
        order[sid] = n
        for key in ("name_zh", "name_en"):
            if not entry.get(key) or not SAFE_TEXT.match(str(entry[key])):
                problems.append(f"{file}: screen {sid}: {key} missing or has characters not allowed")
        for cid in entry.get("categories") or []:
            if cid in shown:
                problems.append(f"{file}: category {cid} is on screens {shown[cid]['id']} and {sid} (one only)")
            elif cid not in {c.id for c in categories}:
                problems.append(f"{file}: screen {sid}: unknown category {cid!r}")
            shown.setdefault(cid, entry)
    problems.extend(f"{file}: category {c.id} is on no screen" for c in categories if c.id not in shown)
    return [
        replace(
            c,
            screen=s["id"],
            screen_name_zh=str(s.get("name_zh")),
            screen_name_en=str(s.get("name_en")),
            screen_order=order[s["id"]],
        )  # fmt: skip
        for c in categories
        if (s := shown.get(c.id))
    ]
