"""The command line's surface."""

from __future__ import annotations

from click.testing import CliRunner

from dashboard.cli import main

SUBCOMMANDS = ("info", "extract", "build", "serve", "export", "fetch-districts", "build-districts")


def test_help_lists_every_subcommand():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for name in SUBCOMMANDS:
        assert name in result.output


def test_each_subcommand_has_help():
    for name in SUBCOMMANDS:
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        assert "Usage:" in result.output
