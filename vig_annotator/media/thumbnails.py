"""Small pictures of the clip at chosen times, for the strip along the timeline's ruler."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import cv2
import numpy as np

from vig_annotator.core.timebase import Timebase
from vig_annotator.media.frames import FrameReader


def thumbnails(path: str | Path, times_ms: Sequence[int], height: int = 48,
               timebase: Timebase | None = None, cancelled: Callable[[], bool] | None = None) -> list[np.ndarray]:
    """The frame on screen at each time, scaled to ``height`` pixels (RGB, upright), in order.

    Stops early, returning the frames read so far, once ``cancelled()`` is true.
    """
    out: list[np.ndarray] = []
    with FrameReader(path, timebase) as reader:
        for ms in times_ms:
            if cancelled is not None and cancelled():
                break
            rgb = reader.read(reader.timebase.frame_at(ms))
            h, w = rgb.shape[:2]
            width = max(1, round(w * height / h))
            out.append(cv2.resize(rgb, (width, height), interpolation=cv2.INTER_AREA))
    return out
