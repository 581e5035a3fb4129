"""The analysts' configuration files: how they are read, and what their ids and texts may contain (ids name SQL
columns, texts are written into SQL string literals)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ID = re.compile(r"^[a-z][a-z0-9_]{1,62}\Z")  # \Z: `$` would accept a trailing newline
# Catalog text is shown to people and written into SQL string literals: letters of any script, digits,
# spaces and ordinary punctuation; never quotes, backslashes, braces or semicolons.
SAFE_TEXT = re.compile(r"^[\w\s\u3000-\u303f\uff00-\uffef.,:()/%+\-×÷<>=≤≥·“”、…]*$")


def read_yaml(path: Path, problems: list[str]) -> dict | None:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        problems.append(f"{path.name}: cannot be read as YAML: {exc}")
        return None
    if not isinstance(doc, dict):
        problems.append(f"{path.name}: must be a mapping at the top level")
        return None
    return doc
