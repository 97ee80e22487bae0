"""The menus as a user finds them: the submenus that list things sit where they always did."""

from __future__ import annotations

from vig_annotator.qt.main_window import MainWindow
from vig_annotator.qt.player import FakeClock


def _entries(win: MainWindow, title: str) -> list[str]:
    menu = next(a.menu() for a in win.menuBar().actions() if a.text() == title)
    return ["—" if a.isSeparator() else a.text() + (" ▸" if a.menu() else "") for a in menu.actions()]


def _window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    return win


def test_file_menu_offers_recent_before_add_clips_and_export_beside_import(qtbot) -> None:  # type: ignore[no-untyped-def]
    file_menu = _entries(_window(qtbot), "&File")
    at = file_menu.index("&Add clips…")
    assert file_menu[at - 1] == "Open &recent ▸"
    at = file_menu.index("&Import…")
    assert file_menu[at - 2:at] == ["—", "&Export ▸"]
    assert file_menu[-2:] == ["—", "&Quit"]


def test_view_menu_shows_or_hides_each_panel_and_picks_the_theme(demo_window: MainWindow) -> None:
    win = demo_window
    view = _entries(win, "&View")
    after_reset = view[view.index("&Reset layout") + 1:]
    panels = ["Codes", "Ratings", "Moments", "Segments", "Session"]
    assert after_reset[:len(panels) + 3] == ["—", *panels, "—", "&Theme ▸"]
    view_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&View")
    moments = next(a for a in view_menu.actions() if a.text() == "Moments")
    assert moments.isChecked() and not win.docks["moments"].isHidden()
    moments.trigger()
    assert win.docks["moments"].isHidden()  # unchecking the entry hides the panel
    moments.trigger()
    assert not win.docks["moments"].isHidden()


def test_a_menu_entry_runs_its_action(demo_window: MainWindow) -> None:
    win = demo_window
    win.actions_by_id["focus_view"].trigger()  # View ▸ Focus view: only the video and the timeline
    assert all(dock.isHidden() for dock in win.docks.values())
    win.actions_by_id["focus_view"].trigger()
    assert not win.docks["codes"].isHidden()
