"""Several cameras at one session time: each source's own exact frame, and the pictures side by side.

Each source keeps its own reader and timestamp table; the frame a source shows at a session time is
:func:`vig_annotator.core.sources.frame_at` of its own table, so 25, 29.97 fps and variable-rate
sources each stay exact. Used for stills, excerpts and benchmarks (the GUI has its own players).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import cv2
import numpy as np

from vig_annotator.core import sources
from vig_annotator.core.timebase import Timebase
from vig_annotator.media.frames import FrameReader


@dataclass(frozen=True)
class Camera:
    """One source's file, its timestamp table and where its time 0 falls on the session timeline."""

    label: str
    path: Path
    timebase: Timebase
    offset_ms: int = 0


class CameraFrames:
    """Exact frames of every camera at a session time (each reader kept open, so steps are cheap)."""

    def __init__(self, cameras: Sequence[Camera]) -> None:
        self.cameras = list(cameras)
        self._readers: list[FrameReader] = []
        try:
            for cam in self.cameras:
                self._readers.append(FrameReader(cam.path, cam.timebase))
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> CameraFrames:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        for reader in self._readers:
            reader.close()
        self._readers = []

    def frames_at(self, session_ms: int) -> list[int | None]:
        """Each camera's frame at a session time (None where it has not started or has ended)."""
        return [sources.frame_at(c.timebase, c.offset_ms, session_ms) for c in self.cameras]

    def pictures_at(self, session_ms: int) -> list[np.ndarray | None]:
        """Each camera's upright RGB picture at a session time (None outside its recording)."""
        return [None if frame is None else reader.read(frame)
                for frame, reader in zip(self.frames_at(session_ms), self._readers, strict=True)]


def side_by_side(pictures: Sequence[np.ndarray | None], height: int = 360) -> np.ndarray:
    """The pictures scaled to one height in a row (a grey panel where a camera shows nothing)."""
    row: list[np.ndarray] = []
    for picture in pictures:
        if picture is None:
            row.append(np.full((height, height * 16 // 9, 3), 48, np.uint8))
            continue
        h, w = picture.shape[:2]
        width = max(1, round(w * height / h))
        row.append(cv2.resize(picture, (width, height), interpolation=cv2.INTER_AREA))
    return np.concatenate(row, axis=1) if row else np.zeros((height, 1, 3), np.uint8)
