"""One table of actions feeds the menus, the help overlay, the README and the scheme's reserved keys."""

from __future__ import annotations

from pathlib import Path

from vig_annotator.core import keymap
from vig_annotator.qt.actions import HANDLERS
from vig_annotator.schemes.format import RESERVED_KEYS

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_help_row_is_in_the_readme_table():
    text = README.read_text(encoding="utf-8")
    missing = [key for key, does in keymap.help_rows() if f"| {key} | {does} |" not in text]
    assert missing == []


def test_every_declared_action_has_a_handler_and_every_handler_an_action():
    assert {a.id for a in keymap.ACTIONS} == set(HANDLERS)


def test_every_declared_action_is_in_a_menu_or_on_a_key(window):
    for spec in keymap.ACTIONS:
        assert spec.menu or spec.keys, spec.id
        if spec.menu:
            assert window.actions_by_id[spec.id].text() == spec.label or spec.id in ("undo", "redo")


def test_plain_keys_while_coding_cannot_be_code_keys():
    for char in (" ", "j", "k", "l", "i", "o", "?"):
        assert char in RESERVED_KEYS
    assert "e" not in RESERVED_KEYS  # eye contact's key in the demo scheme stays free
