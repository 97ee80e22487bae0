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
            "vig_annotator.review, vig_annotator.viewer\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "0 broken" in result.stdout


WRITERS = {"apply", "_apply", "_load", "_load_all", "_absorb", "_add_read_segments"}
"""Names of the core's write-through and memory-only steps: only the core (and the store, filling memory from
the file or the server) calls them; every edit goes through ``Project.run`` and the rules."""
PUBLIC_ONCE = {"apply", "load", "load_all", "absorb", "add_read_segments"}
"""What those steps were called when they were public; a project has none of them now."""
NOT_PROJECTS = {("qt/theme.py", "self.apply"), ("qt/app.py", "theme.current().apply")}
"""Calls of those names on things that are not projects (a colour theme), by file and call."""


def writer_calls(source: str) -> list[str]:
    """Every call ``X.name(...)`` of a writer name in some source, as ``X.name`` (whatever X is)."""
    import ast

    return [ast.unparse(node.func) for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in WRITERS]


def test_the_guard_sees_a_write_on_anything_project_like():
    found = writer_calls("p.apply([Put(x)])\nws.project._apply(ops)\nself._doc._load(ops)\nget()._absorb(o)\n"
                         "f(project)._load_all('segment', [])\nprojects[0]._add_read_segments({1}, [])\n")
    assert found == ["p.apply", "ws.project._apply", "self._doc._load", "get()._absorb", "f(project)._load_all",
                     "projects[0]._add_read_segments"]
    assert writer_calls("project.run(edit('x', pairs))\nproject.read_deferred()\njson.load(f)") == []


def test_only_the_core_applies_edits_to_a_project():
    """One write path: outside core/ (and store/ filling memory) nothing applies, loads or absorbs; edits run()."""
    from vig_annotator.core.project import Project

    assert not PUBLIC_ONCE & set(dir(Project))  # private, all of them
    package = ROOT / "vig_annotator"
    offenders = []
    for path in sorted(package.rglob("*.py")):
        where = path.relative_to(package)
        if where.parts[0] == "core":
            continue
        for call in writer_calls(path.read_text(encoding="utf-8")):
            if where.parts[0] == "store" and call.rsplit(".", 1)[1].startswith("_"):
                continue
            if (where.as_posix(), call) not in NOT_PROJECTS:
                offenders.append(f"{where}: {call}")
    for folder in ("benchmarks", "tools", "sample_clips"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            offenders += [f"{path.relative_to(ROOT)}: {c}" for c in writer_calls(path.read_text(encoding="utf-8"))]
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


def test_every_package_is_held_to_having_no_import_circles():
    """The acyclic-siblings contract names the root and every package in it, so a new package is covered too."""
    ancestors = set(_contract("No import circles inside any package")["ancestors"])
    packages = {f"vig_annotator.{p.parent.name}" for p in (ROOT / "vig_annotator").glob("*/__init__.py")}
    assert ancestors == packages | {"vig_annotator"}


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


def test_no_module_grows_past_400_lines():
    """Issue 27: rooms that grew too big (timeline 567, main window 495) were split along their seams; keep it so."""
    big = {str(p.relative_to(ROOT)): n for p in (ROOT / "vig_annotator").rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert not big, f"split these along their seams: {big}"
