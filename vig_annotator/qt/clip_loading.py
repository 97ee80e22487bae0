"""Opening the session's clip: the picture and sound, the timeline's envelope and thumbnails, or why not."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from vig_annotator.qt import background
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.player import Clock, Player
from vig_annotator.qt.timeline import TimelineView
from vig_annotator.qt.video_view import VideoView
from vig_annotator.qt.workspace import Workspace


class ClipLoader:
    """Loads the workspace's clip into the clock; ``relink`` offers to find a missing clip, ``say`` reports.

    Background work (envelope, thumbnails) belongs to ``owner``: cancelling the owner's work cancels it.
    """

    def __init__(self, owner: QWidget, workspace: Workspace, clock: Clock, video: VideoView,
                 timeline: TimelineView, say: Callable[[str], None], relink: Callable[[], None]) -> None:
        self.owner = owner
        self.workspace = workspace
        self.clock = clock
        self.video = video
        self.timeline = timeline
        self.say = say
        self.relink = relink
        if isinstance(clock, Player):
            clock.frame_ready.connect(video.show_image)
            clock.error.connect(self.cannot_play)

    def load(self) -> None:
        ws = self.workspace
        path = ws.clip_path()
        if path is None or ws.clip is None:
            return
        if not path.is_file():
            self.video.show_message(tr("Clip missing: {path}\nFile ▸ Relink missing clip…").format(path=path))
            if ws.project is not None and not ws.project.backend.read_only:
                QTimer.singleShot(0, self.relink)
            return
        if isinstance(self.clock, Player):
            if self.clock.source != str(path):
                self.clock.load(path, ws.timebase)
            else:
                self.clock.timebase = ws.timebase
        else:
            self.clock.seek(0)
        background.envelope_and_thumbnails(self.owner, path, ws.timebase, ws.clip.has_audio, self.timeline)
        timing = tr("true frame timestamps") if ws.timebase.exact else tr("declared frame rate (not probed)")
        self.say(tr("Opened {case}: %n frames, {timing}", n=ws.timebase.frame_count).format(
            case=ws.clip.case_id, timing=timing))

    def cannot_play(self, message: str) -> None:
        """The player could not play the clip: say so over the picture and in a warning."""
        path = self.workspace.clip_path()
        self.video.show_message(tr("Cannot play {path}").format(path=path))
        QMessageBox.warning(self.owner, tr("Cannot play clip"),
                            f"{path}\n\n{message}\n\n" + tr("The project is unchanged."))
