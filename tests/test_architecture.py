"""The package map of docs/architecture.md holds: one concern per package, no import cycle between packages,
orchestration/ for Dagster only, and nothing below the command line imports the Definitions."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# every first-party package, as the installer finds them (pyproject.toml), so that a new one cannot go unchecked
_FIND = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]["find"]
PACKAGES = tuple(name.rstrip("*") for name in _FIND["include"])
DAGSTER = {"dagster", "dagster_dbt"}


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules(package: str) -> dict[str, set[str]]:
    return {str(path.relative_to(ROOT)): _imports(path) for path in sorted((ROOT / package).rglob("*.py"))}


def package_graph() -> dict[str, set[str]]:
    """package -> the other first-party packages it imports."""
    graph: dict[str, set[str]] = {}
    for package in PACKAGES:
        uses = {module.split(".")[0] for imports in _modules(package).values() for module in imports}
        graph[package] = (uses & set(PACKAGES)) - {package}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph, if there is one (depth-first search)."""
    state: dict[str, str] = {}

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                return [*path[path.index(nxt) :], nxt] if nxt in path else [*path, nxt]
            if nxt not in state and (found := visit(nxt, [*path, nxt])):
                return found
        state[node] = "done"
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start, [start])):
            return found
    return None


def test_no_import_cycle_between_packages():
    cycle = _cycle(package_graph())
    assert cycle is None, f"import cycle: {' -> '.join(cycle)}"


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_orchestration_holds_dagster_only():
    not_dagster = [
        module
        for module, imports in _modules("orchestration").items()
        if not module.endswith("__init__.py")
        and not any(m.split(".")[0] in {"dagster", "dagster_dbt"} for m in imports)
    ]
    assert not not_dagster, (
        f"modules in orchestration/ that do not use Dagster (move them to their concern): {not_dagster}"
    )


def test_only_the_command_line_imports_the_definitions():
    importers = [
        module
        for package in PACKAGES
        for module, imports in _modules(package).items()
        if "orchestration.definitions" in imports and package != "cli"
    ]
    assert not importers, f"imported below the command line: {importers}"


def test_only_orchestration_and_the_command_line_use_dagster():
    """The concerns are plain Python, usable from codegen, the dashboard and tests without Dagster."""
    for package in (
        "access",
        "archive",
        "codegen",
        "courtperf",
        "dashboard",
        "indicators",
        "ingestion",
        "scoring",
        "supervision",
    ):
        users = [m for m, imports in _modules(package).items() if any(i.split(".")[0] == "dagster" for i in imports)]
        assert not users, f"{package}/ uses Dagster: {users}"


def test_the_package_table_of_the_architecture_page_is_true():
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = page[page.index("| package | concern | imports |") :].split("\n\n", 1)[0].splitlines()[2:]
    documented = {}
    for row in table:
        package, _, imports = (cell.strip() for cell in row.strip("|").split("|"))
        documented[package.strip("`/")] = set() if imports == "—" else set(imports.split(", "))
    assert documented == package_graph(), "docs/architecture.md's package table differs from the imports"
