"""Motion energy per region per frame (Motion Energy Analysis, Ramseyer & Tschacher).

Each frame is decoded once; only its luma plane is read, thinned to every ``step``-th pixel before any
arithmetic (by default to about 270 rows: every 4th pixel of 1080p), so the cost stays close to decoding
alone. A region's motion energy at a frame is the share of its (thinned) pixels whose grey level changed
by more than the noise threshold since the last frame.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from vig_annotator.media.probe import MediaError, open_container

FloatArray = NDArray[np.float64]
Region = tuple[int, int, int, int]
"""x, y, width, height in pixels of the upright picture."""
_IN_FLIGHT = 6  # decoded frames waiting to be measured, at most
THINNED_ROWS = 270  # the default thinning keeps at least this many rows of the picture
_PLANAR_8BIT = {"yuv420p", "yuvj420p", "yuv422p", "yuvj422p", "yuv444p", "yuvj444p", "nv12", "nv21", "gray"}


class Cancelled(Exception):
    """The caller asked the computation to stop."""


@dataclass(frozen=True)
class MotionEnergy:
    """Per-frame motion energy (share of pixels changed, 0–1; the first frame is 0) for named regions."""

    times_ms: FloatArray
    energy: dict[str, FloatArray]
    regions: dict[str, Region]
    threshold: int
    step: int
    frame_size: tuple[int, int]

    @property
    def method(self) -> str:
        every = "every pixel" if self.step == 1 else f"every {self.step}th pixel (each way)"
        return (f"motion energy (MEA, Ramseyer & Tschacher): share of {every} of a region whose grey level "
                f"changed by more than {self.threshold} (of 255) from the previous frame")


def check_regions(regions: Mapping[str, Region], size: tuple[int, int], where: str = "") -> None:
    """Refuse regions that are empty or reach outside a picture of ``size`` (width, height)."""
    width, height = size
    if not regions:
        raise ValueError(f"{where}no region given: name each person's region as NAME=X,Y,W,H")
    for name, (x, y, w, h) in regions.items():
        if w <= 0 or h <= 0 or x < 0 or y < 0 or x + w > width or y + h > height:
            raise ValueError(f"{where}region {name}={x},{y},{w},{h}: expected a non-empty rectangle inside the "
                             f"{width}×{height} picture")


def _luma(frame: Any, step: int) -> NDArray[np.uint8]:
    """The frame's grey levels, every ``step``-th pixel each way, without converting the full picture."""
    if frame.format.name in _PLANAR_8BIT:
        plane = frame.planes[0]
        full = np.frombuffer(plane, np.uint8).reshape(-1, plane.line_size)
        return np.ascontiguousarray(full[: frame.height: step, : frame.width: step])
    grey = frame.to_ndarray(format="gray")
    return np.ascontiguousarray(grey[::step, ::step])


def _thinned(start: int, length: int, step: int) -> slice:
    """The thinned picture's indices covering pixels ``start … start + length − 1`` (at least one)."""
    first = start // step
    return slice(first, max(first + 1, -(-(start + length) // step)))


class _Differ:
    """Changed-pixel counts per region between each frame and the one before (frames given in order)."""

    def __init__(self, cuts: list[tuple[slice, slice]], threshold: int, step: int, turns: int) -> None:
        self.cuts, self.threshold, self.step, self.turns = cuts, threshold, step, turns
        self.previous: NDArray[np.uint8] | None = None

    def __call__(self, frame: Any) -> list[int]:
        grey = _luma(frame, self.step)
        if self.turns:
            grey = np.rot90(grey, self.turns)
        previous, self.previous = self.previous, grey
        if previous is None:
            return [0] * len(self.cuts)
        diff = cv2.absdiff(grey, previous)  # counted with numpy: cv2.threshold's threads fight the decoder's
        return [int(np.count_nonzero(diff[rows, cols] > self.threshold)) for rows, cols in self.cuts]


def motion_energy(path: str | Path, regions: Mapping[str, Region], threshold: int = 12, step: int | None = None,
                  progress: Callable[[float], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> MotionEnergy:
    """Motion energy of each region in every frame of the clip at ``path``.

    Frames are measured on a second thread while the next ones decode, so the measuring hides behind
    the decoding. ``progress`` is called with the share done (0–1) now and then; when ``cancelled``
    returns true the computation stops with ``Cancelled``.
    """
    if not 0 <= threshold < 255:
        raise ValueError(f"threshold: expected 0–254 grey levels, got {threshold}")
    if step is not None and step < 1:
        raise ValueError(f"step: expected 1 or more pixels, got {step}")
    container = open_container(path)
    times: list[float] = []
    rows: list[list[int]] = []
    areas: list[int] = []
    size = (0, 0)
    try:
        if not container.streams.video:
            raise MediaError(f"{path}: has no video stream")
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        total = stream.frames or 0
        if not total and stream.duration and stream.average_rate:
            total = int(float(stream.duration * stream.time_base * stream.average_rate))
        differ: _Differ | None = None
        pending: deque[Future[list[int]]] = deque()
        with ThreadPoolExecutor(1, thread_name_prefix="motion-energy") as pool:
            for index, frame in enumerate(container.decode(stream)):
                if differ is None:
                    step = step or max(1, min(frame.width, frame.height) // THINNED_ROWS)
                    turns = (int(round(float(getattr(frame, "rotation", 0) or 0))) % 360) // 90
                    size = (frame.height, frame.width) if turns % 2 else (frame.width, frame.height)
                    check_regions(regions, size, f"{Path(path).name}: ")
                    cuts = [(_thinned(y, h, step), _thinned(x, w, step)) for x, y, w, h in regions.values()]
                    thinned = (len(range(0, size[1], step)), len(range(0, size[0], step)))
                    areas = [max(1, len(range(thinned[0])[r]) * len(range(thinned[1])[c])) for r, c in cuts]
                    differ = _Differ(cuts, threshold, step, turns)
                times.append(float(frame.time * 1000) if frame.time is not None else float("nan"))
                pending.append(pool.submit(differ, frame))
                while len(pending) > _IN_FLIGHT:
                    rows.append(pending.popleft().result())
                if index % 64 == 0:
                    if cancelled is not None and cancelled():
                        raise Cancelled(f"{Path(path).name}: motion energy cancelled at frame {index}")
                    if progress is not None and total:
                        progress(min(1.0, index / total))
            while pending:
                rows.append(pending.popleft().result())
    except MediaError:
        raise
    except (OSError, EOFError) as exc:
        raise MediaError(f"{path}: cannot be decoded ({exc})") from None
    finally:
        container.close()
    if not times:
        raise MediaError(f"{path}: has no decodable video frames")
    if progress is not None:
        progress(1.0)
    table = np.asarray(rows, np.float64) / np.asarray(areas, np.float64)
    energy = {name: table[:, i].copy() for i, name in enumerate(regions)}
    return MotionEnergy(np.asarray(times), energy, dict(regions), threshold, step or 1, size)
