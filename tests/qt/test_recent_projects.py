"""File ▸ Open recent: the projects a user opened last, newest first, each once, at most eight."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from vig_annotator.qt.recent_projects import RecentProjects

WINDOWS: list[QWidget] = []  # kept alive: each menu belongs to its window


def _recent(qtbot) -> tuple[RecentProjects, list[str], list[list[str]]]:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    WINDOWS.append(parent)
    opened: list[str] = []
    shown: list[list[str]] = []
    recent = RecentProjects(QSettings("vig-annotator", "vig-annotator"), parent, opened.append)
    recent.shown = shown.append
    return recent, opened, shown


def test_newest_first_each_once_at_most_eight(qtbot) -> None:  # type: ignore[no-untyped-def]
    recent, _opened, shown = _recent(qtbot)
    for n in range(10):
        recent.remember(f"/study/p{n}.vigproj")
    recent.remember("/study/p4.vigproj")  # opened again: to the front, not listed twice
    expected = ["/study/p4.vigproj"] + [f"/study/p{n}.vigproj" for n in (9, 8, 7, 6, 5, 3, 2)]
    assert recent.paths() == expected
    assert [a.text() for a in recent.menu.actions()] == expected
    assert shown[-1] == expected  # the start page is told the same list


def test_the_list_outlives_the_window_and_a_menu_entry_opens_its_project(qtbot) -> None:  # type: ignore[no-untyped-def]
    first, _opened, _shown = _recent(qtbot)
    first.remember("/study/a.vigproj")
    first.remember("https://team.example/projects/b")
    later, opened, _shown = _recent(qtbot)  # a new window reads the same settings
    later.refresh()
    entries = later.menu.actions()
    assert [a.text() for a in entries] == ["https://team.example/projects/b", "/study/a.vigproj"]
    entries[1].trigger()
    assert opened == ["/study/a.vigproj"]
