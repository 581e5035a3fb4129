"""The `courtperf` command line as a newcomer meets it: every option explained with its default, and the global
options accepted before or after the command."""

from __future__ import annotations

import argparse

import pytest

from cli.main import _parser, main
from tests.conftest import courtperf_home


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(command path, parser) of every command and action, the top level included."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, command in action.choices.items():
                yield from _commands(command, (*path, name))


def test_every_option_of_every_command_has_help():
    missing = [
        f"courtperf {' '.join(path)} {action.option_strings[0]}"
        for path, parser in _commands(_parser())
        for action in parser._actions
        if action.option_strings and not action.help
    ]
    assert not missing, missing


def test_help_shows_the_defaults(capsys):
    with pytest.raises(SystemExit):
        main(["generate", "--help"])
    text = " ".join(capsys.readouterr().out.split())  # argparse wraps lines
    assert "one database per system, or files (default: sqlite)" in text
    assert "years of history (default: 2)" in text
    assert "share of rows given a defect (0-1) (default: 0.0)" in text
    assert "(default: None)" not in text and "(default: False)" not in text


@pytest.mark.parametrize(
    "argv",
    [
        ["--warehouse", "{w}", "quality"],
        ["quality", "--warehouse", "{w}"],
        ["--warehouse", "elsewhere.duckdb", "quality", "--warehouse", "{w}"],  # the nearer one wins
    ],
    ids=["before", "after", "both"],
)
def test_the_warehouse_option_works_before_or_after_the_command(tmp_path, capsys, argv):
    warehouse = tmp_path / "not_built_yet.duckdb"
    with courtperf_home(tmp_path / "home"):
        assert main([a.format(w=warehouse) for a in argv]) == 1
    assert f"no warehouse at {warehouse}" in capsys.readouterr().out


def test_the_warehouse_option_reaches_nested_actions():
    args = _parser().parse_args(["archive", "verify", "--warehouse", "w.duckdb"])
    assert args.warehouse == "w.duckdb"
    assert _parser().parse_args(["archive", "verify"]).warehouse is None
