"""A batch's progress on the terminal: clips done of all, failures, time left."""

from __future__ import annotations

import time
from typing import TextIO

from vig_annotator.batch.engine import Progress

WIDTH = 24


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds >= 3600:
        return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"
    return f"{seconds // 60} min {seconds % 60:02d} s" if seconds >= 60 else f"{seconds} s"


def describe(p: Progress) -> str:
    """``[#######.....] 12/40 clips · 1 failed · about 3 min 10 s left``."""
    filled = int(WIDTH * p.finished / p.total) if p.total else WIDTH
    parts = [f"[{'#' * filled}{'.' * (WIDTH - filled)}] {p.finished}/{p.total} clips"]
    if p.failed:
        parts.append(f"{p.failed} failed")
    eta = p.eta_s
    if p.finished < p.total:
        parts.append(f"about {_duration(eta)} left" if eta is not None else "starting workers")
    else:
        parts.append(f"took {_duration(p.elapsed_s)}")
    return " · ".join(parts)


class ProgressBar:
    """One line redrawn in place on a terminal; on a file or pipe, a line every few seconds and the last."""

    def __init__(self, stream: TextIO, enabled: bool = True, every_s: float = 5.0) -> None:
        self.stream = stream
        self.enabled = enabled
        self.every_s = every_s
        self.tty = stream.isatty()
        self._last = 0.0
        self._drawn = False

    def update(self, progress: Progress) -> None:
        if not self.enabled:
            return
        text = describe(progress)
        final = progress.finished >= progress.total
        if self.tty:
            self.stream.write("\r\x1b[2K" + text)
            self._drawn = True
        elif final or time.monotonic() - self._last >= self.every_s:
            self.stream.write(text + "\n")
            self._last = time.monotonic()
        self.stream.flush()

    def close(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False
