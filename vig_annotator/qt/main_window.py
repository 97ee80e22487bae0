"""The coding workstation: video, transport, timeline and dockable panels over one workspace.

The window is a shell. Its menus and plain keys come from one declared table
(:mod:`vig_annotator.core.keymap` with the handlers in :mod:`vig_annotator.qt.actions`); what a user
operation does lives in :mod:`vig_annotator.qt.operations`; the panels update themselves from the
workspace's changes. The window shows what the workspace says, including refusals.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from vig_annotator.core.project import Project
from vig_annotator.qt import background, export_formats, jobs
from vig_annotator.qt.actions import HANDLERS
from vig_annotator.qt.camera_players import CameraPlayers
from vig_annotator.qt.clip_loading import ClipLoader
from vig_annotator.qt.coding_panel import CodingPanel
from vig_annotator.qt.dialogs import ShortcutsDialog
from vig_annotator.qt.file_filters import dropped, is_video
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.icons import icon
from vig_annotator.qt.keyboard import KeyRouter, action_for_key
from vig_annotator.qt.menu_bar import build_menu_bar, name_undo_steps
from vig_annotator.qt.moments_panel import MomentsPanel
from vig_annotator.qt.operations import cameras as camera_operations
from vig_annotator.qt.operations import coding, files, language, project_file, projects, team, transport
from vig_annotator.qt.panel_docks import dock_panels
from vig_annotator.qt.picture_and_timeline import picture_over_timeline
from vig_annotator.qt.player import Clock, Player
from vig_annotator.qt.ratings_panel import RatingsPanel
from vig_annotator.qt.recent_projects import RecentProjects
from vig_annotator.qt.segment_list import SegmentList
from vig_annotator.qt.session_bar import SessionBar
from vig_annotator.qt.shell import setting_int
from vig_annotator.qt.shuttle import Shuttle
from vig_annotator.qt.start_page import StartPage
from vig_annotator.qt.style import alert
from vig_annotator.qt.timeline import TimelineView
from vig_annotator.qt.toolbar import build_toolbar
from vig_annotator.qt.transport import TransportBar
from vig_annotator.qt.video_view import VideoView
from vig_annotator.qt.voice_suggestions import VoiceSuggestions
from vig_annotator.qt.window_layout import WindowLayout, scrolled
from vig_annotator.qt.workspace import Workspace
from vig_annotator.store.opening import open_project
from vig_annotator.store.project_file import ProjectFileError
from vig_annotator.store.urls import display_name
from vig_annotator.store.wal_check import ForeignWalError


class MainWindow(QMainWindow):
    """The workstation window. ``clock`` may be a FakeClock in tests; by default a real Player."""

    docks: dict[str, QDockWidget]
    session_bar: SessionBar
    splitter: QSplitter
    actions_by_id: dict[str, QAction]

    def __init__(self, clock: Clock | None = None, audio: bool = True) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        self.settings = QSettings("vig-annotator", "vig-annotator")
        self.workspace = Workspace(self)
        self.clock = clock if clock is not None else Player(self, audio=audio)
        self.clock.position_changed.connect(self.workspace.viewer.set_playhead)  # the playhead as data
        self.shuttle = Shuttle(self.clock, self)
        self.moment_in: int | None = None
        self._build_views()
        self._build_menus()
        self.tools_bar = build_toolbar(self, self.actions_by_id)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.tools_bar)
        self._wire()
        self.workspace.set_reaction_lag(setting_int(self.settings, "reaction_lag_ms"))
        self.panels = WindowLayout(self, self.docks, [self.session_bar, self.tools_bar], self.settings,
                                   lambda: self.workspace.project is not None, self.splitter)
        self.panels.restore()
        self._on_project_changed()
        self.key_router = KeyRouter(self.handle_key, self)
        QApplication.instance().installEventFilter(self.key_router)  # type: ignore[union-attr]
        self._update_title()

    # -- building ------------------------------------------------------------------------------
    def _build_views(self) -> None:
        ws = self.workspace
        self.video = VideoView()
        self.transport = TransportBar(self.clock)
        self.timeline = TimelineView(ws, self.clock)
        self.voice_suggestions = VoiceSuggestions(ws, self)
        self.voice_suggestions.changed.connect(lambda: self.timeline.show_suggestions(
            self.voice_suggestions.pending, self.voice_suggestions.current))
        self.timeline.suggestion_clicked.connect(self.voice_suggestions.choose)
        self.video.setMinimumSize(128, 72)  # small windows: the video shrinks before anything overlaps
        self.cameras = CameraPlayers(ws, self.clock, self.video, audio=isinstance(self.clock, Player)
                                     and self.clock.audio is not None)
        self.cameras.camera_action.connect(lambda action, source_id: camera_operations.act(self, action, source_id))
        self.splitter, self.timeline_scroll = picture_over_timeline(self.cameras, self.transport, self.timeline)
        self.start_page = StartPage()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)

        self.coding = CodingPanel(ws)
        self.segments = SegmentList(ws, self.clock)
        self.ratings = RatingsPanel(ws)
        self.moments = MomentsPanel(ws, lambda: self.clock.position)
        self.docks = dock_panels(self, [
            ("codes", tr("Codes"), self.coding), ("ratings", tr("Ratings"), self.ratings),
            ("moments", tr("Moments"), scrolled(self.moments)), ("segments", tr("Segments"), self.segments)])
        self.session_bar = SessionBar(ws, self)
        self.session_combo = self.session_bar.combo
        self.session_label = self.session_bar.label
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.session_bar)
        self.clip_loader = ClipLoader(self, ws, self.clock, self.video, self.timeline, self.show_status,
                                      lambda: projects.relink_current(self))
        self.statusBar().showMessage(tr("Ready"))

    def _build_menus(self) -> None:
        """Menus from the declared actions, plus the submenus that list things (recent, export, panels)."""
        self.recent = RecentProjects(self.settings, self,
                                     lambda path: projects.open_reporting(self, team.location(path)))
        self.recent.shown = self.start_page.show_recent
        self.export_menu = QMenu(tr("&Export"), self)
        self.export_menu.setIcon(icon("export"))
        toggles = [dock.toggleViewAction() for dock in self.docks.values()] + [self.session_bar.toggleViewAction()]
        self.actions_by_id = build_menu_bar(self, self.run_action, self.recent.menu,
                                            self.export_menu, toggles)
        self.undo_action = self.actions_by_id["undo"]
        self.redo_action = self.actions_by_id["redo"]
        language.show_choice(self, self.actions_by_id)
        self.recent.refresh()
        self._build_export_menu()

    def _build_export_menu(self) -> None:
        export_formats.fill_menu(self.export_menu, lambda fmt: files.export(self, fmt))

    def _wire(self) -> None:
        ws = self.workspace
        ws.session_changed.connect(self._on_session_changed)
        ws.sessions_changed.connect(self.session_bar.refresh_sessions)
        ws.clip_changed.connect(self._on_clip_changed)
        ws.history_changed.connect(self._on_history_changed)
        ws.refused.connect(self._on_refused)
        ws.server_lost.connect(lambda lost: team.offer_retry_or_save(self, lost))
        ws.editing_stopped.connect(lambda error: project_file.editing_stopped(self, error))
        ws.project_changed.connect(self._on_project_changed)
        page = self.start_page
        page.new_requested.connect(lambda: HANDLERS["new_project"](self))
        page.open_requested.connect(lambda: HANDLERS["open_project"](self))
        page.demo_requested.connect(lambda: HANDLERS["open_demo"](self))
        page.recent_chosen.connect(lambda path: projects.open_reporting(self, path))
        ws.model_changed.connect(lambda _c: self._update_title())
        self.coding.code_activated.connect(lambda code: coding.code_key(self, code))
        self.segments.seek_requested.connect(self.clock.seek)
        for source in (self.segments, self.timeline, self.ratings, self.moments):
            source.status.connect(self.show_status)
        self.moments.seek_requested.connect(self.clock.seek)
        self.moments.loop_requested.connect(lambda a, b: transport.loop(self, a, b))
        self.timeline.moment_drawn.connect(lambda a, b: coding.add_moment(self, a, b))
        self.timeline.moment_clicked.connect(self._moment_clicked)

    # -- layout --------------------------------------------------------------------------------
    def fit_to_screen(self) -> None:
        self.panels.fit_to_screen()

    def reset_layout(self) -> None:
        """Every panel back where it started (View ▸ Reset layout)."""
        self.panels.reset()

    def toggle_focus(self) -> None:
        """Video and timeline only, for live coding; the same key brings the panels back."""
        self.panels.toggle_focus()

    def show_in_dock(self, title: str, name: str, view: QWidget) -> None:
        """A closable panel at the bottom for a view that lives as long as it is open."""
        self.panels.show_panel(title, name, view)

    # -- opening -------------------------------------------------------------------------------
    def open_path(self, path: Path | str) -> None:
        """Open a project (a file or a team project's URL), or make a new project beside a video and open that."""
        path = team.location(str(path))
        if isinstance(path, Path) and is_video(path):
            projects.open_video(self, path)
            return
        try:
            project = open_project(path, defer=True)  # other sessions' segments: read after the window shows
        except ForeignWalError as exc:  # a -wal beside it that is not its own: offer to set it aside
            opened = project_file.open_with_wal_set_aside(self, Path(path), exc)
            if opened is None:
                return
            project = opened
        except ProjectFileError as exc:
            if not exc.can_open_read_only:
                raise
            answer = QMessageBox.question(self, tr("Open read-only?"), f"{exc}\n\n" + tr("Open it read-only to view?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
            project = open_project(path, read_only=True, defer=True)
        self.set_project(project)
        self.remember(path)

    def _on_project_changed(self) -> None:
        """The workstation when a project is open, else the start page (the panels hidden, kept as they were)."""
        self.panels.close_panels()
        if self.workspace.project is not None:
            self.start_page.show_problem("")
            self.pages.setCurrentWidget(self.splitter)
            self.panels.show_for_project()
            return
        self.panels.hide_for_start_page()
        self.pages.setCurrentWidget(self.start_page)
        self.start_page.show_recent(self.recent.paths())

    def show_open_problem(self, text: str) -> None:
        """Say on the start page why an open failed (shown when no project is open)."""
        self.start_page.show_problem(text)

    def close_project(self) -> None:
        """Close the project (every edit is already saved) and show the start page."""
        coding.end_open_segments(self)
        if isinstance(self.clock, Player):
            self.clock.unload()
        self.cameras.unload()
        self.workspace.set_project(None)
        self.video.show_message("")
        self._update_title()

    def set_project(self, project: Project | None) -> None:
        self.commit_typing()
        self.workspace.set_project(project)
        self._update_title()
        QTimer.singleShot(0, lambda: projects.warn_overdue(self))
        QTimer.singleShot(0, lambda: projects.name_trainee(self))
        QTimer.singleShot(0, lambda: projects.show_problems_in_background(self))
        QTimer.singleShot(0, lambda: projects.warn_sync_folder(self))

    def _on_session_changed(self) -> None:
        ws = self.workspace
        self.session_bar.refresh_sessions()
        self.moment_in = None
        self.clock.timebase = ws.timebase
        self.clock.loop = None
        self.transport.refresh()
        self._on_clip_changed()

    def _on_clip_changed(self) -> None:
        if self.session_bar.show_clip():
            self.clip_loader.load()

    # -- keys ----------------------------------------------------------------------------------
    def run_action(self, action_id: str) -> None:
        """Do what a declared action (menu entry, toolbar button or key) does."""
        HANDLERS[action_id](self)

    def handle_key(self, key: int, text: str, mods: Qt.KeyboardModifier, act: bool) -> bool:
        """Plain keys while coding: the declared actions' keys, then the scheme's code keys."""
        action_id = action_for_key(key, mods)
        if action_id is not None:
            if act:
                HANDLERS[action_id](self)
            return True
        scheme = self.workspace.scheme
        if scheme is None or not text or not text.isprintable():
            return False
        code = scheme.code_for_key(text.lower()) or scheme.code_for_key(text)
        if code is None:
            return False
        if act:
            coding.code_key(self, code)
        return True

    def show_shortcuts(self) -> None:
        codes = list(self.workspace.scheme.codes) if self.workspace.scheme else []
        ShortcutsDialog(codes, self).exec()

    # -- window chrome -------------------------------------------------------------------------
    def show_status(self, text: str) -> None:
        alert(self.statusBar(), False)
        self.statusBar().showMessage(text, 8000)

    def _on_refused(self, message: str) -> None:
        """An edit the project's rules (or a read-only file) refused: say so where the user looks."""
        QApplication.beep()
        alert(self.statusBar(), True)  # its colours: ui/theme/app.qss
        self.statusBar().showMessage(tr("Not done: {reason}").format(reason=message), 12000)

    def _moment_clicked(self, moment_id: int) -> None:
        self.moments.select(moment_id)
        self.docks["moments"].raise_()

    def _on_history_changed(self) -> None:
        name_undo_steps(self.undo_action, self.redo_action, self.workspace.undo)

    def _update_title(self) -> None:
        ws = self.workspace
        if ws.project is None:
            self.setWindowTitle("vig-annotator")
            return
        ro = tr(" (read-only)") if ws.project.backend.read_only else ""
        self.setWindowTitle(f"{display_name(ws.project.path)}{ro} — vig-annotator")

    def remember(self, path: Path | str) -> None:
        self.recent.remember(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        project, videos = dropped(paths)
        if project is not None:
            projects.open_reporting(self, project)
        else:
            projects.add_clip_paths(self, videos)

    def commit_typing(self) -> None:
        """Hand in what is being typed (an open table cell editor commits when it loses focus)."""
        focus = QApplication.focusWidget()
        if focus is not None and focus.window() is self:
            focus.clearFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        ws = self.workspace
        self.commit_typing()
        coding.end_open_segments(self)
        self.panels.save()
        QApplication.instance().removeEventFilter(self.key_router)  # type: ignore[union-attr]
        if isinstance(self.clock, Player):
            self.clock.unload()
        self.cameras.unload()
        background.cancel_all(self)
        jobs.stop_all()  # every worker stopped and joined while the project and Qt are still here
        ws.set_project(None)
        super().closeEvent(event)
