"""The coding workstation: video, transport, timeline and dockable panels over one workspace.

The window wires user intent to core commands; it holds no coding state of its own beyond what is
on screen. Every edit is committed to the project file before the status bar reports it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.core import commands
from vig_annotator.core.model import Code, Moment
from vig_annotator.core.timebase import timecode
from vig_annotator.media.probe import MediaError
from vig_annotator.projects import add_clip, add_coder, session_title, start_session
from vig_annotator.qt import background
from vig_annotator.qt.coding_panel import CodingPanel
from vig_annotator.qt.dialogs import (
    ShortcutsDialog,
    ask_time,
    modifier_menu,
)
from vig_annotator.qt.exercise_actions import ExerciseActions
from vig_annotator.qt.keyboard import KeyRouter
from vig_annotator.qt.moments_panel import MomentsPanel
from vig_annotator.qt.player import RATES, Clock, Player
from vig_annotator.qt.project_actions import ProjectActions
from vig_annotator.qt.ratings_panel import RatingsPanel
from vig_annotator.qt.segment_list import SegmentList
from vig_annotator.qt.timeline import TimelineView
from vig_annotator.qt.transport import TransportBar
from vig_annotator.qt.video_view import VideoView
from vig_annotator.qt.workspace import Workspace
from vig_annotator.schemes import resolve
from vig_annotator.store.clips import VIDEO_SUFFIXES
from vig_annotator.store.project_file import ProjectFileError, create_project, open_project

MAX_RECENT = 8


class MainWindow(ProjectActions, ExerciseActions, QMainWindow):
    """The workstation window. ``clock`` may be a FakeClock in tests; by default a real Player."""

    def __init__(self, clock: Clock | None = None, audio: bool = True) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        self.settings = QSettings("vig-annotator", "vig-annotator")
        self.workspace = Workspace(self)
        self.clock = clock if clock is not None else Player(self, audio=audio)
        self.moment_in: int | None = None
        self._shuttle = QTimer(self)
        self._shuttle.timeout.connect(lambda: self.clock.step(-1))
        self._shuttle_speed = 0
        self._build_views()
        self._build_actions()
        self._wire()
        self.workspace.set_reaction_lag(int(self.settings.value("reaction_lag_ms", 0)))
        self.resize(1400, 900)
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        elif (screen := QApplication.primaryScreen()) is not None:
            self.setGeometry(screen.availableGeometry())  # first run: use the screen
        state = self.settings.value("window_state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.key_router = KeyRouter(self.handle_key, self)
        QApplication.instance().installEventFilter(self.key_router)  # type: ignore[union-attr]
        self._update_title()

    # -- building ------------------------------------------------------------------------------
    def _build_views(self) -> None:
        ws = self.workspace
        self.video = VideoView()
        self.transport = TransportBar(self.clock)
        self.timeline = TimelineView(ws, self.clock)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.video, 1)
        top_layout.addWidget(self.transport)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.timeline_scroll = QScrollArea()
        self.timeline_scroll.setWidget(self.timeline)
        self.timeline_scroll.setWidgetResizable(True)
        self.timeline_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter.addWidget(self.timeline_scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([400, 520])
        self.setCentralWidget(self.splitter)

        self.coding = CodingPanel(ws)
        self.segments = SegmentList(ws)
        self.ratings = RatingsPanel(ws)
        self.moments = MomentsPanel(ws, lambda: self.clock.position)
        self.docks: dict[str, QDockWidget] = {}
        for name, title, widget, area in (
            ("codes", "Codes", self.coding, Qt.DockWidgetArea.RightDockWidgetArea),
            ("ratings", "Ratings", self.ratings, Qt.DockWidgetArea.RightDockWidgetArea),
            ("moments", "Moments", self.moments, Qt.DockWidgetArea.RightDockWidgetArea),
            ("segments", "Segments", self.segments, Qt.DockWidgetArea.BottomDockWidgetArea),
        ):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"dock_{name}")
            dock.setWidget(widget)
            self.addDockWidget(area, dock)
            self.docks[name] = dock
        self.tabifyDockWidget(self.docks["codes"], self.docks["ratings"])
        self.tabifyDockWidget(self.docks["ratings"], self.docks["moments"])
        self.docks["codes"].raise_()

        self.session_bar = QToolBar("Session")
        self.session_bar.setObjectName("session_bar")
        self.session_label = QLabel()
        self.session_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.session_combo = QComboBox()
        self.session_combo.setAccessibleName("Session")
        self.session_combo.setMinimumContentsLength(40)
        self.session_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.session_bar.addWidget(QLabel(" Session: "))
        self.session_bar.addWidget(self.session_combo)
        self.session_bar.addSeparator()
        self.session_bar.addWidget(self.session_label)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.session_bar)
        self.statusBar().showMessage("Ready")

    def _action(self, menu: object, text: str, slot: object, shortcut: str | QKeySequence.StandardKey = "",
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')}"
                          + (f" ({action.shortcut().toString()})" if shortcut else ""))
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu("&File")
        self._action(file, "&New project…", self.new_project, QKeySequence.StandardKey.New)
        self._action(file, "&Open project…", self.choose_project, QKeySequence.StandardKey.Open)
        self.recent_menu = file.addMenu("Open &recent")
        self._action(file, "&Add clips…", self.choose_clips, "Ctrl+Shift+A")
        self._action(file, "New &session…", self.new_session)
        self._action(file, "Re&link missing clip…", self.relink_current)
        self._action(file, "Clip &details and consent…", self.edit_clip_details)
        file.addSeparator()
        self.export_menu = file.addMenu("&Export")
        self.import_action = self._action(file, "&Import…", self.import_file, "Ctrl+I")
        self._action(file, "Review &pack…", self.review_pack, "Ctrl+Shift+P")
        self._action(file, "Save &still of this frame…", self.save_still, "Ctrl+Shift+S")
        file.addSeparator()
        self._action(file, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.file_menu = file

        edit = bar.addMenu("&Edit")
        self.undo_action = self._action(edit, "&Undo", self.workspace.do_undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(edit, "&Redo", self.workspace.do_redo, "Ctrl+Shift+Z")
        edit.addSeparator()
        self._action(edit, "&Delete segments", self.timeline.delete_selected, QKeySequence.StandardKey.Delete)
        self._action(edit, "&Copy segments", self.timeline.copy_selected, QKeySequence.StandardKey.Copy)
        self._action(edit, "&Paste at playhead", self.timeline.paste, QKeySequence.StandardKey.Paste)
        self._action(edit, "Reaction &lag…", self.set_reaction_lag,
                     tip="Shift key-press times back by your reaction time")

        play = bar.addMenu("&Play")
        self._action(play, "Play / pause (Space)", self.clock.toggle)
        self._action(play, "&Go to time or frame…", self.go_to, "Ctrl+G")
        self._action(play, "&Loop selection", self.loop_selection, "Ctrl+L")
        self._action(play, "Stop looping", self.stop_loop)
        self._action(play, "Faster", lambda: self._change_rate(1), "Ctrl+]")
        self._action(play, "Slower", lambda: self._change_rate(-1), "Ctrl+[")

        view = bar.addMenu("&View")
        self._action(view, "Zoom &in", lambda: self.timeline.zoom(1.5), "Ctrl+=")
        self._action(view, "Zoom &out", lambda: self.timeline.zoom(1 / 1.5), "Ctrl+-")
        self._action(view, "Whole &clip", self.timeline.fit, "Ctrl+0")
        view.addSeparator()
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        view.addAction(self.session_bar.toggleViewAction())

        tools = bar.addMenu("&Reliability")
        self._action(tools, "&Compare two sessions…", self.compare_sessions, "Ctrl+R")
        tools.addSeparator()
        self._action(tools, "&New exercise from gold sessions…", self.new_exercise)
        self._action(tools, "Write trainee &package…", self.package_exercise)
        self._action(tools, "&Score returned trainee packages…", self.score_exercise)

        helpm = bar.addMenu("&Help")
        self._action(helpm, "&Keyboard shortcuts", self.show_shortcuts, "F1")
        self._action(helpm, "&About", self.about)
        self._refresh_recent()
        self._build_export_menu()

    def _build_export_menu(self) -> None:
        from vig_annotator.io import export as exporting

        self.export_menu.clear()
        for fmt in exporting.formats():
            action = QAction(fmt.upper(), self)
            action.triggered.connect(lambda _=False, f=fmt: self.export(f))
            self.export_menu.addAction(action)

    def _wire(self) -> None:
        ws = self.workspace
        ws.session_changed.connect(self._on_session_changed)
        ws.sessions_changed.connect(self._refresh_sessions)
        ws.history_changed.connect(self._on_history_changed)
        ws.model_changed.connect(lambda _c: self._update_title())
        self.session_combo.activated.connect(lambda i: ws.set_session(self.session_combo.itemData(i)))
        self.coding.code_activated.connect(lambda code: self.code_key(code))
        self.segments.seek_requested.connect(self.clock.seek)
        for source in (self.segments, self.timeline, self.ratings, self.moments):
            source.status.connect(self.show_status)
        self.moments.seek_requested.connect(self.clock.seek)
        self.moments.loop_requested.connect(self.loop)
        self.timeline.moment_drawn.connect(self.add_moment)
        self.timeline.moment_clicked.connect(self._moment_clicked)
        if isinstance(self.clock, Player):
            self.clock.frame_ready.connect(self.video.show_image)
            self.clock.error.connect(self._on_player_error)

    # -- opening -------------------------------------------------------------------------------
    def open_path(self, path: Path) -> None:
        """Open a project, or make a new project beside a video and open that."""
        path = Path(path)
        if path.suffix.lower() in VIDEO_SUFFIXES:
            self.open_video(path)
            return
        try:
            project = open_project(path)
        except ProjectFileError as exc:
            if not exc.can_open_read_only:
                raise
            answer = QMessageBox.question(self, "Open read-only?", f"{exc}\n\nOpen it read-only to view?")
            if answer != QMessageBox.StandardButton.Yes:
                return
            project = open_project(path, read_only=True)
        self.set_project(project)
        self._remember(path)

    def open_video(self, video: Path) -> None:
        """A video given on its own: a project of the same name beside it (made if needed)."""
        project_path = video.with_suffix(".vigproj")
        if project_path.exists():
            self.open_path(project_path)
            return
        initials, ok = QInputDialog.getText(self, "New project", "Coder initials or pseudonym:")
        if not ok or not initials.strip():
            return
        project = create_project(project_path)
        try:
            clip = add_clip(project, video)
            start_session(project, clip, add_coder(project, initials), resolve("demo"))
        except (MediaError, ValueError):
            project.close()
            project_path.unlink(missing_ok=True)
            raise
        self.set_project(project)
        self._remember(project_path)

    def set_project(self, project: object) -> None:
        self.workspace.set_project(project)  # type: ignore[arg-type]
        self._refresh_sessions()
        self._update_title()
        QTimer.singleShot(0, self._warn_overdue)

    def _refresh_sessions(self) -> None:
        ws = self.workspace
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        if ws.project is not None:
            for s in ws.project.sessions:
                self.session_combo.addItem(session_title(ws.project, s), s.id)
            if ws.session is not None:
                self.session_combo.setCurrentIndex(self.session_combo.findData(ws.session.id))
        self.session_combo.blockSignals(False)

    def _on_session_changed(self) -> None:
        ws = self.workspace
        self._refresh_sessions()
        self.moment_in = None
        self.clock.timebase = ws.timebase
        self.clock.loop = None
        self.transport.refresh()
        if ws.project is None or ws.clip is None:
            self.session_label.setText("no session")
            return
        coder = ws.project.coder(ws.session.coder_id) if ws.session else None
        self.session_label.setText(
            f"  project {Path(ws.project.path).name} · clip {ws.clip.case_id} · coder "
            f"{coder.initials if coder else '?'} · scheme {ws.scheme.name if ws.scheme else '?'}"
            + ("  [READ-ONLY]" if ws.project.backend.read_only else ""))
        self._load_media()
        timing = "true frame timestamps" if ws.timebase.exact else "declared frame rate (not probed)"
        self.show_status(f"Opened {ws.clip.case_id}: {ws.timebase.frame_count} frames, {timing}")

    def _load_media(self) -> None:
        ws = self.workspace
        path = ws.clip_path()
        if path is None:
            return
        if not path.is_file():
            self.video.show_message(f"Clip missing: {path}\nFile ▸ Relink missing clip…")
            if ws.project is not None and ws.clip is not None and not ws.project.backend.read_only:
                QTimer.singleShot(0, self.relink_current)
            return
        if isinstance(self.clock, Player):
            if self.clock.source != str(path):
                self.clock.load(path, ws.timebase)
            else:
                self.clock.timebase = ws.timebase
        else:
            self.clock.seek(0)
        background.envelope_and_thumbnails(self, path, ws.timebase, ws.clip.has_audio if ws.clip else False,
                                           self.timeline)

    def _on_player_error(self, message: str) -> None:
        path = self.workspace.clip_path()
        self.video.show_message(f"Cannot play {path}")
        QMessageBox.warning(self, "Cannot play clip",
                            f"{path}\n\n{message}\n\nThe project is unchanged.")

    # -- keys ----------------------------------------------------------------------------------
    def handle_key(self, key: int, text: str, mods: Qt.KeyboardModifier, act: bool) -> bool:
        """Coding and transport keys (see keyboard.SHORTCUTS); True when the key is ours."""
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        k = Qt.Key
        transport = {
            k.Key_Space: self.clock.toggle,
            k.Key_Left: lambda: self._seek_by(-1000) if shift else self.clock.step(-1),
            k.Key_Right: lambda: self._seek_by(1000) if shift else self.clock.step(1),
            k.Key_Home: lambda: self.clock.seek(0),
            k.Key_End: lambda: self.clock.seek_frame(self.clock.timebase.frame_count - 1),
            k.Key_K: self.shuttle_stop,
            k.Key_L: self.shuttle_forward,
            k.Key_J: self.shuttle_back,
            k.Key_I: self.mark_in,
            k.Key_O: self.mark_out,
            k.Key_Question: self.show_shortcuts,
            k.Key_PageUp: lambda: self.step_moment(-1),
            k.Key_PageDown: lambda: self.step_moment(1),
        }
        if key in transport and not (shift and key not in (k.Key_Left, k.Key_Right, k.Key_Question)):
            if act:
                transport[key]()
            return True
        scheme = self.workspace.scheme
        if scheme is None or not text or not text.isprintable():
            return False
        code = scheme.code_for_key(text.lower()) or scheme.code_for_key(text)
        if code is None:
            return False
        if act:
            self.code_key(code)
        return True

    def code_key(self, code: Code) -> None:
        ws = self.workspace
        if ws.live is None or ws.project is None:
            return
        if ws.project.backend.read_only:
            self.show_status("This project is open read-only")
            return
        command = ws.live.press(code, self.clock.position)
        ws.push(command)
        self.show_status(f"{command.label} at {timecode(ws.live.press_time(self.clock.position))} "
                         f"(frame {ws.timebase.frame_at(ws.live.press_time(self.clock.position))})")
        added = [after for before, after in command.pairs if before is None and after is not None]
        if added and code.modifiers:
            segment = added[-1]
            pos = self.timeline.mapToGlobal(self.timeline.rect().center())
            modifier_menu(self, code, pos, lambda mods, s=segment: self._set_modifiers(s.id, mods))

    def _set_modifiers(self, segment_id: int, mods: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        ws = self.workspace
        if ws.project is None or segment_id not in ws.project.entities["segment"]:
            return
        seg = ws.project.segment(segment_id)
        merged = dict(seg.modifiers)
        merged.update(dict(mods))
        ws.push(commands.change_segment(seg, replace(seg, modifiers=tuple(merged.items())), "Set modifiers"))

    def _seek_by(self, ms: int) -> None:
        self.clock.seek(max(0, self.clock.position + ms))

    def shuttle_forward(self) -> None:
        self._shuttle.stop()
        if self.clock.playing and self.clock.rate in RATES:
            faster = [r for r in RATES if r > self.clock.rate]
            self.clock.set_rate(faster[0] if faster else self.clock.rate)
        else:
            self.clock.set_rate(1.0)
            self.clock.play()
        self.show_status(f"Playing at {self.clock.rate:g}×")

    def shuttle_back(self) -> None:
        """Backwards by frame steps (true reverse playback is not available), faster when repeated."""
        if self.clock.playing:
            self.clock.pause()
        self._shuttle_speed = min(self._shuttle_speed + 1, 4) if self._shuttle.isActive() else 1
        self._shuttle.start(int(80 / self._shuttle_speed))
        self.show_status(f"Stepping backwards ({self._shuttle_speed}×); K stops")

    def shuttle_stop(self) -> None:
        self._shuttle.stop()
        self.clock.pause()

    # -- moments -------------------------------------------------------------------------------
    def mark_in(self) -> None:
        self.moment_in = self.clock.position
        self.show_status(f"Moment in at {timecode(self.moment_in)}; press O at its end")

    def mark_out(self) -> None:
        out = self.clock.position
        if self.moment_in is None or out <= self.moment_in:
            self.show_status("Press I at the moment's start first (out must come after in)")
            return
        self.add_moment(self.moment_in, out)
        self.moment_in = None

    def add_moment(self, start_ms: int, end_ms: int) -> None:
        ws = self.workspace
        if ws.project is None or ws.session is None:
            return
        moments = ws.project.moments(ws.session.id)
        moment = Moment(ws.project.next_id("moment"), ws.session.id, start_ms, end_ms,
                        order=len(moments) + 1, key_ms=ws.timebase.snap((start_ms + end_ms) // 2))
        ws.push(commands.add_moment(moment))
        self.moments.select(moment.id)
        self.docks["moments"].raise_()
        long = "  — over 10 s: review moments are usually shorter" if end_ms - start_ms > 10_000 else ""
        self.show_status(f"Moment {moment.order}: {timecode(start_ms)}–{timecode(end_ms)}{long}")

    def _moment_clicked(self, moment_id: int) -> None:
        self.moments.select(moment_id)
        self.docks["moments"].raise_()

    # -- play helpers --------------------------------------------------------------------------
    def loop(self, start_ms: int, end_ms: int) -> None:
        self.clock.loop = (start_ms, end_ms)
        self.clock.seek(start_ms)
        self.clock.play()
        self.show_status(f"Looping {timecode(start_ms)}–{timecode(end_ms)} (Play ▸ Stop looping)")

    def loop_selection(self) -> None:
        chosen = self.workspace.selected_segments()
        if chosen:
            self.loop(min(s.start_ms for s in chosen), max(s.end_ms for s in chosen))
        elif (m := self.moments.current()) is not None:
            self.loop(m.start_ms, m.end_ms)

    def stop_loop(self) -> None:
        self.clock.loop = None

    def _change_rate(self, step: int) -> None:
        i = RATES.index(self.clock.rate) if self.clock.rate in RATES else RATES.index(1.0)
        self.clock.set_rate(RATES[min(max(i + step, 0), len(RATES) - 1)])

    def go_to(self) -> None:
        target = ask_time(self, self.workspace.timebase, self.clock.position)
        if target is not None:
            self.clock.seek(target)

    # -- commands from menus -------------------------------------------------------------------
    def step_moment(self, step: int) -> None:
        """Go to the next (step 1) or previous (step -1) moment in time from the playhead."""
        moments = sorted(self.moments.moments(), key=lambda m: m.start_ms)
        now = self.clock.position
        ahead = [m for m in moments if m.start_ms > now] if step > 0 else [m for m in moments if m.start_ms < now]
        if not ahead:
            return
        target = ahead[0] if step > 0 else ahead[-1]
        self.moments.select(target.id)
        self.clock.seek(target.start_ms)
        self.show_status(f"Moment {target.order}: {timecode(target.start_ms)}–{timecode(target.end_ms)}")

    def show_shortcuts(self) -> None:
        codes = list(self.workspace.scheme.codes) if self.workspace.scheme else []
        ShortcutsDialog(codes, self).exec()

    # -- window chrome -------------------------------------------------------------------------
    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _on_history_changed(self) -> None:
        undo = self.workspace.undo
        self.undo_action.setEnabled(bool(undo and undo.done))
        self.redo_action.setEnabled(bool(undo and undo.undone))
        self.undo_action.setText(f"&Undo {undo.undo_label}" if undo and undo.done else "&Undo")
        self.redo_action.setText(f"&Redo {undo.redo_label}" if undo and undo.undone else "&Redo")

    def _update_title(self) -> None:
        ws = self.workspace
        if ws.project is None:
            self.setWindowTitle("vig-annotator")
            return
        ro = " (read-only)" if ws.project.backend.read_only else ""
        self.setWindowTitle(f"{Path(ws.project.path).name}{ro} — vig-annotator")

    def _remember(self, path: Path) -> None:
        recent = [p for p in self.settings.value("recent", [], type=list) if p != str(path)]
        self.settings.setValue("recent", [str(path)] + recent[: MAX_RECENT - 1])
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        for p in self.settings.value("recent", [], type=list):
            action = QAction(p, self)
            action.triggered.connect(lambda _=False, path=p: self._open_reporting(Path(path)))
            self.recent_menu.addAction(action)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        projects = [p for p in paths if p.suffix == ".vigproj"]
        if projects:
            self._open_reporting(projects[0])
        else:
            self.add_clips([p for p in paths if p.suffix.lower() in VIDEO_SUFFIXES])

    def closeEvent(self, event: QCloseEvent) -> None:
        ws = self.workspace
        if ws.live is not None and ws.project is not None and not ws.project.backend.read_only:
            command = ws.live.end_all(self.clock.position)
            if command is not None:
                ws.push(command)
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("window_state", self.saveState())
        QApplication.instance().removeEventFilter(self.key_router)  # type: ignore[union-attr]
        if isinstance(self.clock, Player):
            self.clock.unload()
        background.cancel_all(self)
        ws.set_project(None)
        super().closeEvent(event)
