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
