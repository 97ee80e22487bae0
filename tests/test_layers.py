"""The core and every service layer load without Qt; the import contracts hold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_nothing_below_qt_loads_pyside6():
    code = ("import sys, vig_annotator.core.commands, vig_annotator.core.live_coding, vig_annotator.schemes, "
            "vig_annotator.store.project_file, vig_annotator.io.export, vig_annotator.media.frames, "
            "vig_annotator.media.audio, vig_annotator.projects, vig_annotator.cli, vig_annotator.reliability, "
            "vig_annotator.review\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "0 broken" in result.stdout


def test_only_the_core_applies_edits_to_a_project():
    """One write path: outside vig_annotator/core nothing calls ``project.apply``; edits go through run()."""
    import re

    root = Path(__file__).resolve().parents[1] / "vig_annotator"
    calls = re.compile(r"\b\w*project\w*\.apply\(|\btrainee\.apply\(|\bself\.project\.apply\(")
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if "core" not in p.relative_to(root).parts[:1] and calls.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def _contract(name: str) -> dict:
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["importlinter"]["contracts"]
    [found] = [c for c in contracts if c["name"] == name]
    return found


def test_every_cli_module_but_the_app_launcher_is_held_to_never_importing_qt():
    """A new verb module is covered the day it is added: the contract lists every module of cli/."""
    held = set(_contract("The CLI verbs never import Qt")["source_modules"])
    modules = {f"vig_annotator.cli.{p.stem}" for p in (ROOT / "vig_annotator" / "cli").glob("*.py")
               if p.stem not in ("__init__", "__main__")}
    assert held == modules


def test_running_any_verb_module_loads_no_qt():
    modules = sorted(p.stem for p in (ROOT / "vig_annotator" / "cli").glob("*.py") if p.stem != "__main__")
    code = ("import importlib, sys\n"
            f"for name in {modules!r}:\n"
            "    importlib.import_module('vig_annotator.cli' if name == '__init__' else f'vig_annotator.cli.{name}')\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'vig_annotator.qt'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_io_store_qt_and_the_cli_have_no_import_circles():
    """Held by an acyclic-siblings contract; the core's own circle is being taken apart separately (issue 27)."""
    ancestors = set(_contract("No import circles inside io, store, qt, the CLI and the other services")["ancestors"])
    assert {"vig_annotator.io", "vig_annotator.store", "vig_annotator.qt", "vig_annotator.cli"} <= ancestors


def test_the_readme_names_every_import_contract_and_no_other():
    """The README's "Arrows that must never exist" table is the list of contracts import-linter holds."""
    import re
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["importlinter"]["contracts"]
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("**Arrows that must never exist.**"):]
    section = section[:section.index("\n\n", section.index("|---|---|"))]
    named = re.findall(r"^\|.*\| ([^|]+?) \|$", section, re.MULTILINE)[1:]  # the header row aside
    assert sorted(named) == sorted(c["name"] for c in contracts)
