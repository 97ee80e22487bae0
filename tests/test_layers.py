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
