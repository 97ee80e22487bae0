"""The player: QtMultimedia with sound, reporting the true frame on screen.

Positions are frame start times from the clip's timestamp table. The frame on screen is known from
each delivered video frame's start time mapped through that table — never from a timer or fps
arithmetic. Seeks aim at the middle of the target frame (an exact frame start can show the frame
before) and frames still queued from before a seek are ignored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame, QVideoSink

from vig_annotator.core.timebase import Timebase
from vig_annotator.qt.i18n import tr

RATES = (0.1, 0.25, 0.5, 1.0, 1.5, 2.0, 4.0)


class Clock(QObject):
    """What timeline and coding views need of a player: a position that changes, and seeking."""

    position_changed = Signal(int)
    playing_changed = Signal(bool)
    rate_changed = Signal(float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timebase = Timebase((0,), 1, exact=False)
        self._position = 0
        self._playing = False
        self._rate = 1.0
        self.loop: tuple[int, int] | None = None

    # -- reading --
    @property
    def position(self) -> int:
        return self._position

    @property
    def frame(self) -> int:
        return self.timebase.frame_at(self._position)

    @property
    def playing(self) -> bool:
        return self._playing

    @property
    def rate(self) -> float:
        return self._rate

    @property
    def duration(self) -> int:
        return self.timebase.duration_ms

    # -- acting --
    def seek(self, ms: int) -> None:
        raise NotImplementedError

    def play(self) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def set_rate(self, rate: float) -> None:
        self._rate = rate
        self.rate_changed.emit(rate)

    def toggle(self) -> None:
        self.pause() if self._playing else self.play()

    def step(self, frames: int) -> None:
        """Show the frame ``frames`` away from the one on screen (pauses playback)."""
        if self._playing:
            self.pause()
        self.seek_frame(self.frame + frames)

    def seek_frame(self, frame: int) -> None:
        frame = min(max(frame, 0), self.timebase.frame_count - 1)
        self.seek(self.timebase.ms_of(frame))

    def _set_position(self, ms: int) -> None:
        if ms != self._position:
            self._position = ms
            self.position_changed.emit(ms)
        if self.loop and self._playing and ms >= self.loop[1]:
            self.seek(self.loop[0])

    def _set_playing(self, playing: bool) -> None:
        if playing != self._playing:
            self._playing = playing
            self.playing_changed.emit(playing)


class FakeClock(Clock):
    """A clock without media, advancing one frame per tick while playing (for tests and no-clip use)."""

    def __init__(self, timebase: Timebase | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if timebase is not None:
            self.timebase = timebase
        self._timer = QTimer(self)
        self._timer.setInterval(40)
        self._timer.timeout.connect(lambda: self._advance())

    def seek(self, ms: int) -> None:
        self._set_position(self.timebase.snap(min(max(ms, 0), self.duration)))

    def play(self) -> None:
        self._timer.start()
        self._set_playing(True)

    def pause(self) -> None:
        self._timer.stop()
        self._set_playing(False)

    def _advance(self) -> None:
        if self.frame + 1 >= self.timebase.frame_count:
            self.pause()
            return
        self._set_position(self.timebase.ms_of(self.frame + 1))


class Player(Clock):
    """QMediaPlayer (FFmpeg backend) with sound, frames delivered to ``frame_ready`` as QImages."""

    frame_ready = Signal(QImage)
    error = Signal(str)
    loaded = Signal()

    def __init__(self, parent: QObject | None = None, audio: bool = True) -> None:
        super().__init__(parent)
        self.media = QMediaPlayer(self)
        self.sink = QVideoSink(self)
        self.media.setVideoSink(self.sink)
        self.audio: QAudioOutput | None = None
        if audio:
            self.audio = QAudioOutput(self)
            self.media.setAudioOutput(self.audio)
        if hasattr(self.media, "setPitchCompensation"):  # Qt ≥ 6.10: voices keep their pitch at 0.5×
            self.media.setPitchCompensation(True)
        self.sink.videoFrameChanged.connect(self._on_frame)
        self.media.playbackStateChanged.connect(self._on_state)
        self.media.errorOccurred.connect(lambda _e, text: self.error.emit(text))
        self.media.mediaStatusChanged.connect(self._on_status)
        self._target: int | None = None
        self.source = ""
        self.last_image = QImage()

    def load(self, path: str | Path, timebase: Timebase) -> None:
        self.timebase = timebase
        self.source = str(path)
        self._target = 0
        self._position = -1
        self.media.setSource(QUrl.fromLocalFile(str(path)))
        self.media.pause()  # a paused player delivers the first frame and later seeks' frames

    def unload(self) -> None:
        """Tear down without ``stop()`` (stop with audio attached can deadlock)."""
        self.media.pause()
        self.media.setSource(QUrl())
        self.source = ""

    def seek(self, ms: int) -> None:
        frame = self.timebase.frame_at(min(max(ms, 0), self.duration))
        self._target = frame
        if self.media.playbackState() == QMediaPlayer.PlaybackState.StoppedState:
            self.media.pause()
        self.media.setPosition(self.timebase.mid_of(frame))
        if not self._playing:
            self._set_position(self.timebase.ms_of(frame))

    def play(self) -> None:
        self._target = None
        if self.frame >= self.timebase.frame_count - 1:
            self.seek(0)
        self.media.setPlaybackRate(self._rate)
        self.media.play()

    def pause(self) -> None:
        self.media.pause()
        self._target = self.frame

    def set_rate(self, rate: float) -> None:
        super().set_rate(rate)
        self.media.setPlaybackRate(rate)

    def _on_frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid():
            return
        index = self.timebase.frame_at_us(frame.startTime())
        if self._target is not None and not self._playing and index != self._target:
            return  # a frame queued before the seek or pause
        image = frame.toImage()
        if not image.isNull():
            self.last_image = image
            self.frame_ready.emit(image)
        if self._playing or self._target == index:
            self._set_position(self.timebase.ms_of(index))

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        self._set_playing(state == QMediaPlayer.PlaybackState.PlayingState)

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.LoadedMedia:
            self.loaded.emit()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self.error.emit(f"{self.source}: {self.media.errorString() or tr('cannot be played')}")
        elif status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._set_playing(False)
