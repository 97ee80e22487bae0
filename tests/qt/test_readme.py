"""The README's keyboard table is the one the help overlay shows."""

from __future__ import annotations

from pathlib import Path

from vig_annotator.qt.keyboard import SHORTCUTS

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_shortcut_is_in_the_readme_table():
    text = README.read_text(encoding="utf-8")
    missing = [key for key, does in SHORTCUTS if f"| {key} | {does} |" not in text]
    assert missing == []
