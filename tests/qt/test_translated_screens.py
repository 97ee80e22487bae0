"""In German (and Dutch) what the screen composes from parts is translated whole, and no button is cut.

Composed strings (a sentence with figures, a row name with a region, a modifier and its value) are checked
as shown; buttons are measured: the width a button's text needs (QFontMetrics) against the button's width
and against the part of its panel that is on screen, in English and German.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

from vig_annotator.qt import language
from vig_annotator.qt.i18n import shown_modifiers
from vig_annotator.qt.main_window import MainWindow
from vig_annotator.qt.player import FakeClock
from vig_annotator.qt.reliability_view import ReliabilityView
from vig_annotator.qt.timeline_layout import build_layout

ENGLISH_PARTS = ("session", "Agreement between", "Motion:", "parent", "infant", "intensity", "slight", "scheme ")


@pytest.fixture
def speaking(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    assert language.install(qapp, request.param) == request.param
    yield request.param
    language.remove(qapp)


@pytest.mark.parametrize("speaking", ["de", "nl"], indirect=True)
def test_composed_strings_are_translated_whole(qtbot, demo_project, speaking) -> None:  # type: ignore[no-untyped-def]
    view = ReliabilityView(demo_project, 1, 2)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: bool(view.summary.text()), timeout=10_000)
    shown = [label.text() for label in view.findChildren(QLabel) if label.text()]
    shown += [row.label for row in build_layout(None, set(), False, motion=("parent", "infant")).rows]
    shown.append(shown_modifiers((("intensity", ("slight", "broad")),)))
    for text in shown:
        for english in ENGLISH_PARTS:
            assert english not in text, f"{speaking}: {english!r} left in {text!r}"
    sides = next(t for t in shown if t.startswith("A = "))
    assert {"de": "(Sitzung 1)", "nl": "(sessie 1)"}[speaking] in sides
    assert view.summary.text().startswith({"de": "Übereinstimmung zwischen", "nl": "Overeenstemming tussen"}[speaking])


def cut_buttons(root: QWidget) -> list[str]:
    """Visible buttons whose text is wider than the button, or that lie partly outside their scrolled view."""
    cut = []
    for button in root.findChildren(QAbstractButton):
        text = button.text().replace("&", "")
        if not button.isVisibleTo(root) or not text:
            continue
        if button.width() < button.fontMetrics().horizontalAdvance(text):
            cut.append(f"{text!r}: {button.width()} px for {button.fontMetrics().horizontalAdvance(text)}")
            continue
        area = next((a for a in root.findChildren(QScrollArea) if a.widget() is not None
                     and a.widget().isAncestorOf(button)), None)
        if area is not None:
            box = QRect(button.mapTo(area.viewport(), button.rect().topLeft()), button.size())
            if not area.viewport().rect().contains(box):
                cut.append(f"{text!r}: partly outside its panel")
    return cut


@pytest.mark.parametrize("speaking", ["en", "de"], indirect=True)
@pytest.mark.parametrize("size", [(1024, 640), (1366, 768)], ids=["1024x640", "1366x768"])
def test_no_button_beside_the_video_is_cut(  # type: ignore[no-untyped-def]
        qtbot, demo_copy, maximise_on, settled, speaking, size) -> None:
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    maximise_on(win, size)
    qtbot.waitExposed(win)
    win.open_path(demo_copy)
    settled(win)
    for name in ("codes", "ratings", "moments", "segments"):  # each tab in front in turn
        win.docks[name].raise_()
        settled(win)
        assert not cut_buttons(win.docks[name]), f"{speaking} {size} {name}: {cut_buttons(win.docks[name])}"
    link = next(b for b in win.ratings.findChildren(QAbstractButton) if b.toolTip().startswith(
        {"en": "Link the selected", "de": "Die ausgewählten"}[speaking]) or b.text() in ("Link", "Verknüpfen"))
    assert link.text() == {"en": "Link", "de": "Verknüpfen"}[speaking]
    win.close()
