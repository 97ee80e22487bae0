"""Several cameras in one window: one timeline, one playhead, each picture its own true frame.

The session clock (the primary clip's player) drives everything. Each further source has its own
timestamp table and, at every session time, shows the frame :func:`vig_annotator.core.sources.frame_at`
gives for its own rate (25, 29.97 fps or variable), so steps — which move by the primary's frames —
and seeks stay exact in every picture. Paused, a camera's frames come from its own PyAV reader
(:mod:`vig_annotator.qt.camera_stills`: a step decodes one frame, not a keyframe's worth); playing,
from its own player, put back on the clock when it drifts more than a couple of frames.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.core import sources
from vig_annotator.core.changes import Change
from vig_annotator.core.model import VideoSource
from vig_annotator.core.timebase import Timebase
from vig_annotator.projects import source_path
from vig_annotator.qt.camera_stills import CameraStills
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.player import Clock, Player
from vig_annotator.qt.video_view import VideoView
from vig_annotator.qt.workspace import Workspace
from vig_annotator.store.timing import timebase_for

DRIFT_MS = 80
LAYOUTS = ("side", "stacked", "grid")
PRIMARY = -1  # the primary's id in the sound and visibility choices
NO_SOUND = 0  # the sound choice that mutes every camera


class SourcePlayer(QWidget):
    """One further camera: its own player (while playing) and exact paused frames, following the session clock."""

    frame_shown = Signal(int)
    """A paused frame reached the screen (its index in this camera's own frames)."""

    def __init__(self, source: VideoSource, path: Path, timebase: Timebase, audio: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.timebase = timebase
        self.player = Player(self, audio=audio)
        self.stills = CameraStills(path, timebase, self)
        self.view = VideoView()
        self.view.setMinimumSize(128, 72)
        self.view.setAccessibleName(tr("Video: {label}").format(label=source.label))
        self.view.caption = source.label
        self.view.show_message(tr("Loading {label}…").format(label=source.label))
        self.player.frame_ready.connect(self._on_playing_frame)
        self.stills.ready.connect(self._on_still)
        self.stills.failed.connect(self.view.show_message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        self.outside = True
        self.said_outside = False  # "not recording" is on screen (not "Loading…" or a picture)
        self.playing = False
        self.wanted: int | None = None  # the paused frame asked for
        self.showing: int | None = None  # the frame on screen
        self.available = path.is_file()
        if self.available:
            self.player.load(path, timebase)
        else:
            self.view.show_message(tr("Camera file missing: {path}").format(path=path))

    @property
    def shown_frame(self) -> int | None:
        """The frame this camera is showing, None while outside its recording."""
        return None if self.outside else self.showing

    def follow(self, session_ms: int, playing: bool) -> None:
        """Show this camera's own frame at the session time (play along while the clock plays)."""
        if not self.available:
            return
        frame = sources.frame_at(self.timebase, self.source.offset_ms, session_ms)
        if frame is None:
            if self.player.playing:
                self.player.pause()
            self.playing = False
            self.wanted = None
            if not self.said_outside:  # also when the camera opens at a time it was not recording
                self.outside = self.said_outside = True
                self.view.show_message(tr("{label}: not recording at this time").format(label=self.source.label))
            return
        self.outside = self.said_outside = False
        if playing:
            local = self.timebase.ms_of(frame)
            if not self.player.playing:
                self.playing = True
                self.wanted = None
                self.player.seek(local)
                self.player.play()
            elif abs(self.player.position - (session_ms - self.source.offset_ms)) > DRIFT_MS:
                self.player.seek(local)
            return
        if self.player.playing:
            self.player.pause()
        self.playing = False
        if frame != self.wanted:
            self.wanted = frame
            self.stills.request(frame)

    def _on_playing_frame(self, image: QImage) -> None:
        if self.playing and not self.outside:
            self._show(self.player.frame, image)

    def _on_still(self, frame: int, image: QImage) -> None:
        if not self.playing and not self.outside and frame == self.wanted:
            self._show(frame, image)
            self.frame_shown.emit(frame)

    def _show(self, frame: int, image: QImage) -> None:
        self.showing = frame
        self.view.caption = tr("{label} · frame {frame}").format(label=self.source.label, frame=frame)
        self.view.show_image(image)

    def set_muted(self, muted: bool) -> None:
        if self.player.audio is not None:
            self.player.audio.setMuted(muted)

    def close_media(self) -> None:
        self.stills.close()
        self.player.unload()


class CameraPlayers(QWidget):
    """The primary picture and the clip's further cameras, laid out side by side, stacked or in a grid."""

    camera_action = Signal(str, int)
    """The user asked to ``add`` a camera, or to ``align``, ``relink`` or ``remove`` one (by source id)."""

    def __init__(self, workspace: Workspace, clock: Clock, primary: VideoView, audio: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.clock, self.primary, self.audio = workspace, clock, primary, audio
        self.players: list[SourcePlayer] = []
        self.hidden: set[int] = set()
        self.sound = PRIMARY
        self.settings = QSettings("vig-annotator", "vig-annotator")
        kept = str(self.settings.value("camera_layout", "side"))
        self.layout_name = kept if kept in LAYOUTS else "side"
        self.bar = QWidget()
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(4, 0, 4, 0)
        self.layout_combo = QComboBox()
        self.layout_combo.setAccessibleName(tr("Camera layout"))
        for name, text in zip(LAYOUTS, (tr("Side by side"), tr("Stacked"), tr("Grid")), strict=True):
            self.layout_combo.addItem(text, name)
        self.layout_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.layout_combo.activated.connect(lambda i: self.change_layout(self.layout_combo.itemData(i)))
        self.sound_combo = QComboBox()
        self.sound_combo.setAccessibleName(tr("Sound from"))
        self.sound_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.sound_combo.activated.connect(lambda i: self.change_sound(self.sound_combo.itemData(i)))
        self.show_button = QToolButton()
        self.show_button.setText(tr("Cameras"))
        self.show_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.show_menu = QMenu(self.show_button)
        self.show_button.setMenu(self.show_menu)
        self.show_menu.aboutToShow.connect(self._fill_menu)
        bar.addWidget(QLabel(tr("Layout:")))
        bar.addWidget(self.layout_combo)
        bar.addWidget(QLabel(tr("Sound from:")))
        bar.addWidget(self.sound_combo)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.bar)
        outer.addWidget(self.grid_host, 1)
        self.layout_combo.setCurrentIndex(LAYOUTS.index(self.layout_name))
        self._arrange()
        workspace.session_changed.connect(self.reload)
        workspace.clip_changed.connect(self.reload)
        workspace.project_changed.connect(self._on_project_changed)
        workspace.model_changed.connect(self._on_model_changed)
        clock.position_changed.connect(lambda _ms: self._follow())
        clock.playing_changed.connect(lambda _p: self._follow())
        clock.rate_changed.connect(self._on_rate_changed)

    # -- model → widget --------------------------------------------------------------------------
    def _on_model_changed(self, change: Change) -> None:
        if "source" in change.kinds:
            self.reload()

    def _on_project_changed(self) -> None:
        """Another project: none of the players can be kept (its paths are relative to another folder)."""
        self.unload()
        for player in self.players:
            player.setParent(None)
            player.deleteLater()
        self.players = []
        self.reload()

    def current_sources(self) -> list[VideoSource]:
        ws = self.workspace
        if ws.project is None or ws.clip is None:
            return []
        return ws.project.sources(ws.clip.id)

    def reload(self) -> None:
        """Players for the current clip's further sources (kept when a source is unchanged)."""
        wanted = self.current_sources()
        keep = {p.source.id: p for p in self.players if p.source in wanted}
        for player in self.players:
            if player.source.id not in keep:
                player.close_media()
                player.setParent(None)
                player.deleteLater()
        project = self.workspace.project
        self.players = []
        for source in wanted:
            if source.id in keep:
                self.players.append(keep[source.id])
                continue
            assert project is not None
            self.players.append(SourcePlayer(source, source_path(project, source),
                                             timebase_for(project, source), self.audio))
        ids = {s.id for s in wanted}
        self.hidden &= ids | {PRIMARY}
        if self.sound not in ids | {PRIMARY, NO_SOUND}:
            self.sound = PRIMARY
        self._fill_sound()
        self._arrange()
        self.change_sound(self.sound)
        self._follow()

    def _fill_sound(self) -> None:
        self.sound_combo.blockSignals(True)
        self.sound_combo.clear()
        self.sound_combo.addItem(tr("primary"), PRIMARY)
        for player in self.players:
            self.sound_combo.addItem(player.source.label, player.source.id)
        self.sound_combo.addItem(tr("none"), NO_SOUND)
        self.sound_combo.setCurrentIndex(max(0, self.sound_combo.findData(self.sound)))
        self.sound_combo.blockSignals(False)

    def _fill_menu(self) -> None:
        menu = self.show_menu
        menu.clear()
        for key, label in [(PRIMARY, tr("primary")), *[(p.source.id, p.source.label) for p in self.players]]:
            show = menu.addAction(tr("Show {label}").format(label=label))
            show.setCheckable(True)
            show.setChecked(key not in self.hidden)
            show.toggled.connect(lambda on, k=key: self.set_visible(k, on))
        for player in self.players:
            menu.addSeparator()
            label = player.source.label
            for action, text in (("align", tr("Align {label}…")), ("relink", tr("Find {label}'s file…")),
                                 ("remove", tr("Remove {label}"))):
                if action == "relink" and player.available:
                    continue
                menu.addAction(text.format(label=label)).triggered.connect(
                    lambda _=False, a=action, k=player.source.id: self.camera_action.emit(a, k))
        menu.addSeparator()
        menu.addAction(tr("Add camera…")).triggered.connect(lambda: self.camera_action.emit("add", 0))

    def _arrange(self) -> None:
        """Put the visible pictures in the grid for the chosen layout."""
        while self.grid.count():
            self.grid.takeAt(0)
        self.bar.setVisible(bool(self.players))
        self.primary.caption = tr("primary") if self.players else ""
        tiles: list[QWidget] = []
        if PRIMARY not in self.hidden or not self.players:
            tiles.append(self.primary)
        self.primary.setVisible(PRIMARY not in self.hidden or not self.players)
        for player in self.players:
            visible = player.source.id not in self.hidden
            player.setVisible(visible)
            if visible:
                tiles.append(player)
        columns = {"side": len(tiles), "stacked": 1, "grid": 2}[self.layout_name] or 1
        for i, tile in enumerate(tiles):
            self.grid.addWidget(tile, i // columns, i % columns)
        for c in range(4):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def _follow(self) -> None:
        position, playing = self.clock.position, self.clock.playing
        for player in self.players:
            if player.source.id not in self.hidden:
                player.follow(position, playing)
            elif player.player.playing:
                player.player.pause()

    def _on_rate_changed(self, rate: float) -> None:
        for player in self.players:
            player.player.set_rate(rate)

    # -- widget → state ------------------------------------------------------------------------
    def change_layout(self, name: str) -> None:
        """Side by side, stacked or grid (kept for the next run)."""
        self.layout_name = name
        self.settings.setValue("camera_layout", name)
        self.layout_combo.setCurrentIndex(self.layout_combo.findData(name))
        self._arrange()

    def change_sound(self, key: int) -> None:
        """Hear one camera (PRIMARY, a source id, or NO_SOUND); the others are muted."""
        self.sound = key
        audio = getattr(self.clock, "audio", None)
        if audio is not None:
            audio.setMuted(key != PRIMARY)
        for player in self.players:
            player.set_muted(player.source.id != key)
        self.sound_combo.setCurrentIndex(max(0, self.sound_combo.findData(key)))

    def set_visible(self, key: int, visible: bool) -> None:
        """Hide or show a camera's picture (a hidden source is not decoded)."""
        (self.hidden.discard if visible else self.hidden.add)(key)
        self._arrange()
        self._follow()

    def unload(self) -> None:
        for player in self.players:
            player.close_media()
