"""The window's panels: fitted to the screen, kept between runs, reset, and hidden behind the start page.

The picture comes first: Codes, Ratings, Moments and Segments are tabs beside the video (as ELAN's grid
and text tabs sit beside its player), so the video and the timeline rows share the whole height. A
closable panel (reliability, exercise scores, analysis, transcript) opens across the bottom's whole width
(its tables and strips are wide); it scrolls inside its dock instead of growing the window, and when it
closes the other panels get their room back. The focus view hides every panel and bar but the video and
the timeline.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QScrollArea, QSplitter, QTabBar, QWidget

PICTURE_SHARE = 0.6
"""Of the height beside the panels, what the video and its transport get; the timeline rows get the rest."""
SIDE_MAX_SHARE = 0.4
"""Of the screen's width, the most the tabs beside the video get; within that, what they need to be read."""
SIDE_MIN = 300


def scrolled(widget: QWidget) -> QScrollArea:
    """The widget in a frameless scroll area, so its minimum size cannot push the window past the screen."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def needed_width(dock: QDockWidget) -> int:
    """How wide a dock must be to show its panel without sideways scrolling (what scrolls inside counted whole)."""
    panel = dock.widget()
    if panel is None:
        return 0
    need = panel.minimumSizeHint().width()
    layout = panel.layout()
    edges = 0 if layout is None else layout.contentsMargins().left() + layout.contentsMargins().right()
    areas = panel.findChildren(QScrollArea)
    for area in [panel, *areas] if isinstance(panel, QScrollArea) else areas:
        inner = area.widget()
        if inner is not None and area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            bar = area.verticalScrollBar().sizeHint().width()
            need = max(need, inner.minimumSizeHint().width() + bar + 2 * area.frameWidth() + edges)
    return need + (dock.width() - panel.width() if dock.width() > panel.width() else 0)


class SidewaysScroll(QScrollArea):
    """A one-row bar (the transport) that scrolls sideways when the window is narrower than it.

    It is exactly as tall as the bar, plus the scroll bar only while that shows, so there is no gap.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.setWidget(widget)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit(self.width())

    def _fit(self, width: int) -> None:
        inner = self.widget()
        if inner is None:
            return
        bar = inner.minimumSizeHint()
        narrow = bar.width() > width
        self.setFixedHeight(bar.height() + (self.horizontalScrollBar().sizeHint().height() if narrow else 0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())


class WindowLayout:
    """Where the main window's docks and bars are, and what happens to them as projects open and close."""

    def __init__(self, window: QMainWindow, docks: dict[str, QDockWidget], bars: list[QWidget],
                 settings: QSettings, has_project: Callable[[], bool], splitter: QSplitter | None = None) -> None:
        self.window, self.docks, self.bars, self.settings = window, docks, bars, settings
        self.has_project, self.splitter = has_project, splitter
        self.focus_state: QByteArray | None = None  # the layout to go back to when the focus view ends
        self.fresh = False  # no saved layout: the picture is put first once a project shows
        self.initial = window.saveState()
        self.hidden_state: QByteArray | None = None  # the panels' layout while the start page hides them
        self.closing = False
        self.panel_layouts: dict[int, QByteArray] = {}  # per open panel: the layout before it opened

    def restore(self) -> None:
        """The saved window and panel layout, fitted to the screen it will be shown on."""
        screen = self.window.screen() or QApplication.primaryScreen()
        if screen is not None:  # fresh settings: the whole screen, as maximised (the saved size wins below)
            self.window.resize(screen.availableGeometry().size())
        else:
            self.window.resize(1400, 900)
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.window.restoreGeometry(geometry)
        state = self.settings.value("window_state")
        if isinstance(state, QByteArray):
            self.window.restoreState(state)
        self.fit_to_screen()
        self.fresh = not isinstance(state, QByteArray)
        QTimer.singleShot(0, self.window, self._fit_fresh)  # once shown (at the screen's size or maximised)

    def _fit_fresh(self) -> None:
        """With fresh settings, the first layout with a project open puts the picture first."""
        self.tabs_whole()  # a saved layout's tabs too
        if self.fresh and self.has_project() and self.hidden_state is None:
            self.fresh = False
            self.fit_picture()

    def fit_picture(self) -> None:
        """The tabs beside the video as wide as they need, at most 40% of the screen; the video most of the height.

        As wide as they need: the score sheet's 0/2/4/n.o. buttons show without sideways scrolling.
        """
        window = self.window
        self.tabs_whole()  # measured unelided
        screen = window.screen() or QApplication.primaryScreen()
        room = screen.availableGeometry().width() if screen is not None else window.width()
        side = [d for d in self.docks.values() if window.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea]
        if side:
            need = max(max(needed_width(d) for d in side), self.tab_bar_width(side))
            width = max(SIDE_MIN, min(need, int(room * SIDE_MAX_SHARE)))
            window.resizeDocks(side[:1], [width], Qt.Orientation.Horizontal)
        if self.splitter is not None:
            total = max(sum(self.splitter.sizes()), 1)
            top = int(total * PICTURE_SHARE)
            self.splitter.setSizes([top, total - top])

    def tab_bar_width(self, docks: list[QDockWidget]) -> int:
        """How wide the bar of these tabbed docks must be to show every tab whole ("Segmente", not "Segm…")."""
        titles = {d.windowTitle() for d in docks}
        widest = 0
        for bar in self.window.findChildren(QTabBar):
            if bar.count() and {bar.tabText(i) for i in range(bar.count())} <= titles:
                widest = max(widest, sum(bar.tabSizeHint(i).width() for i in range(bar.count())) + 2)
        return widest

    def tabs_whole(self) -> None:
        """The dock tabs read "Codes", "Ratings", not "C…", "R…" (Qt makes their bars as docks are tabbed)."""
        for bar in self.window.findChildren(QTabBar):
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)

    def toggle_focus(self) -> None:
        """Video and timeline only (View ▸ Focus view, F11); again, and every panel and bar is back."""
        window = self.window
        if self.focus_state is not None:
            window.restoreState(self.focus_state)
            self.focus_state = None
            self.tabs_whole()
            return
        if not self.has_project():
            return
        self.focus_state = window.saveState()
        for dock in window.findChildren(QDockWidget):
            if not dock.isFloating():
                dock.hide()
        for bar in self.bars:
            bar.hide()

    def save(self) -> None:
        """Keep the layout for the next run (as it was with a project open, if the start page shows)."""
        self.closing = True
        self.settings.setValue("geometry", self.window.saveGeometry())
        self.settings.setValue("window_state", self.hidden_state or self.window.saveState())

    def fit_to_screen(self) -> None:
        window = self.window
        screen = window.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        if window.width() > area.width() or window.height() > area.height():
            window.resize(min(window.width(), area.width()), min(window.height(), area.height()))
        if not area.intersects(window.frameGeometry()):
            window.move(area.topLeft())

    def close_panels(self) -> None:
        """Close the closable panels (they show the project that was open)."""
        for dock in self.window.findChildren(QDockWidget):
            if dock not in self.docks.values():
                dock.close()

    def reset(self) -> None:
        """Every panel back where it started (View ▸ Reset layout)."""
        self.close_panels()
        if not self.has_project():  # on the start page: the panels come back so when a project opens
            self.hidden_state = self.initial
            return
        self.window.restoreState(self.initial)
        for dock in self.docks.values():
            dock.show()
        self.docks["codes"].raise_()
        self.focus_state = None
        self.fit_to_screen()
        self.fit_picture()

    def hide_for_start_page(self) -> None:
        if self.hidden_state is None:
            self.hidden_state = self.window.saveState()
            for widget in [*self.docks.values(), *self.bars]:
                widget.hide()

    def show_for_project(self) -> None:
        if self.hidden_state is not None:
            self.window.restoreState(self.hidden_state)
            self.hidden_state = None
        QTimer.singleShot(0, self.window, self._fit_fresh)

    def show_panel(self, title: str, name: str, view: QWidget) -> None:
        """A closable panel at the bottom for a view that lives as long as it is open."""
        window = self.window
        before = window.saveState()
        for old in window.findChildren(QDockWidget, name):
            before = self.panel_layouts.pop(id(old), before)  # a replaced panel hands on the layout before it
            old.close()
        dock = QDockWidget(title, window)
        dock.setObjectName(name)
        dock.setWidget(scrolled(view))  # a big view scrolls inside its panel; the window does not grow
        dock.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        key = id(dock)
        self.panel_layouts[key] = before
        dock.destroyed.connect(lambda _=None, k=key: self._restore_after_panel(k))
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        below = [d for d in window.findChildren(QDockWidget) if d is not dock and d.isVisible()
                 and not d.isFloating() and window.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea]
        if below:
            window.tabifyDockWidget(below[0], dock)  # the bottom's whole width, in front; the other a tab away
        room = max(window.height() // 2, 160)
        window.resizeDocks([dock], [min(max(view.minimumSizeHint().height(), 320), room)], Qt.Orientation.Vertical)
        dock.raise_()
        QTimer.singleShot(0, dock, dock.raise_)  # once tabbed in: a new tab is not put in front at once
        self.fit_to_screen()

    def _restore_after_panel(self, key: int) -> None:
        """A closed panel gives its room back: the other panels return to their sizes before it opened."""
        before = self.panel_layouts.pop(key, None)
        if before is None or not self.has_project() or self.closing:
            return
        if any(d not in self.docks.values() for d in self.window.findChildren(QDockWidget)):
            return  # another panel is still open: keep its place
        self.window.restoreState(before)
        self.tabs_whole()
