"""The README keeps up with the command line: every command is shown there and has help."""

import re

import pytest
from conftest import REPO

from workbench.cli import main

README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_is_in_the_readme(name):
    assert re.search(rf"workbench {re.escape(name)}\b", README), f"`workbench {name}` is not in README.md"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help(name):
    assert (main.commands[name].help or "").strip(), f"`workbench {name}` has no help text"


def test_ci_runs_the_readme_test_command():
    command = "pip install -e '.[test]' && pytest"
    assert command in README
    assert command in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
