"""The core never loads click or textual: the CLI and the TUI are thin front ends over it."""

import subprocess
import sys

import pytest

CORE = ["model", "store", "segment", "index", "match", "report", "history", "ingest", "context", "validate",
        "yamlfile", "dupes", "atomic", "claimfile"]


@pytest.mark.parametrize("module", CORE)
def test_core_module_imports_without_front_end_libraries(module):
    code = (
        "import importlib, sys\n"
        f"importlib.import_module('workbench.{module}')\n"
        "loaded = sorted(m for m in ('click', 'textual', 'rich') if m in sys.modules)\n"
        "print(','.join(loaded))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_cli_help_does_not_load_the_tui():
    code = "import sys\nfrom workbench import cli\nprint('textual' in sys.modules)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr
