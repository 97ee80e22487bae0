"""Where things go on the timeline: the time ↔ pixel mapping, the rows, and ruler tick spacing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from vig_annotator.core.model import Code, Scheme
from vig_annotator.qt.i18n import tr, tr_term

HEADER_W = 190
RULER_H = 24
THUMBS_H = 36
WAVE_H = 40
MOMENTS_H = 22
MOTION_H = 26
SYNC_H = 18
VOICES_H = 20
PITCH_H = 40
GROUP_H = 18
CAMERA_H = 16
ROW_H = 22
"""Row heights at the usual font sizes (logical pixels: Qt scales them with the screen)."""

TICK_STEPS_MS = (1, 2, 5, 10, 20, 40, 100, 200, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000,
                 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000)


@dataclass
class Row:
    kind: str  # "camera", "thumbs", "wave", "motion", "sync", "moments", "group", "code"
    y: int
    h: int
    label: str = ""
    code: Code | None = None
    group: str = ""


@dataclass
class View:
    """The visible time window: ``start_ms`` at the left edge of the plot, ``ms_per_px`` zoom."""

    start_ms: float = 0.0
    ms_per_px: float = 40.0
    width_px: int = 800
    duration_ms: int = 1
    header_w: int = HEADER_W
    """The row names' column: wider than ``HEADER_W`` when the font or the names need it (TimelineView.relayout)."""

    def x(self, ms: float) -> float:
        return self.header_w + (ms - self.start_ms) / self.ms_per_px

    def ms(self, x: float) -> float:
        return self.start_ms + (x - self.header_w) * self.ms_per_px

    @property
    def plot_w(self) -> int:
        return max(10, self.width_px - self.header_w)

    @property
    def end_ms(self) -> float:
        return self.start_ms + self.plot_w * self.ms_per_px

    def clamp(self) -> None:
        min_scale = 0.05  # 20 px per ms: far past single frames
        max_scale = max(self.duration_ms / self.plot_w * 1.02, min_scale)
        self.ms_per_px = min(max(self.ms_per_px, min_scale), max_scale)
        span = self.plot_w * self.ms_per_px
        self.start_ms = min(max(self.start_ms, 0.0), max(0.0, self.duration_ms - span * 0.98))

    def fit(self) -> None:
        self.ms_per_px = max(self.duration_ms, 1) / self.plot_w * 1.01
        self.start_ms = 0.0

    def zoom(self, factor: float, anchor_ms: float) -> None:
        """Zoom by ``factor`` (>1 zooms in), keeping ``anchor_ms`` at the same pixel."""
        ax = self.x(anchor_ms)
        self.ms_per_px /= factor
        self.clamp()
        self.start_ms = anchor_ms - (ax - self.header_w) * self.ms_per_px
        self.clamp()

    def tick_step(self, min_px: int = 70) -> int:
        for step in TICK_STEPS_MS:
            if step / self.ms_per_px >= min_px:
                return step
        return TICK_STEPS_MS[-1]


@dataclass
class Layout:
    rows: list[Row] = field(default_factory=list)
    height: int = 0

    def row_at(self, y: float) -> Row | None:
        for row in self.rows:
            if row.y <= y < row.y + row.h:
                return row
        return None

    def code_row(self, code_id: str) -> Row | None:
        for row in self.rows:
            if row.code is not None and row.code.id == code_id:
                return row
        return None


def build_layout(scheme: Scheme | None, collapsed: set[str], has_audio: bool,
                 show_thumbs: bool = True, motion: Sequence[str] = (), sync: bool = False,
                 voices: bool = False, line: int = 0, cameras: Sequence[tuple[str, str]] = ()) -> Layout:
    """Rows from top to bottom: cameras, thumbnails, waveform, voices, pitch, motion, synchrony, moments, codes.

    ``line`` is the height of a line of text in the timeline's font: rows with a label grow with a
    large font (at the usual 13–17 px they keep their heights). ``cameras`` are (label, row name) pairs.
    """
    moments_h, sync_h, group_h = max(MOMENTS_H, line + 4), max(SYNC_H, line), max(GROUP_H, line)
    code_h = max(ROW_H, line + 4)
    rows: list[Row] = []
    y = RULER_H
    for label, name in cameras:
        rows.append(Row("camera", y, max(CAMERA_H, line), name, group=label))
        y += max(CAMERA_H, line)
    if show_thumbs:
        rows.append(Row("thumbs", y, THUMBS_H, tr("Frames")))
        y += THUMBS_H
    if has_audio:
        rows.append(Row("wave", y, WAVE_H, tr("Sound")))
        y += WAVE_H
    if voices:
        rows.append(Row("voices", y, VOICES_H, tr("Voices (infant ▴ / adult ▾)")))
        rows.append(Row("pitch", y + VOICES_H, PITCH_H, tr("Pitch (F0, 0–800 Hz)")))
        y += VOICES_H + PITCH_H
    for name in motion:
        who = {"parent": tr("parent"), "infant": tr("infant")}.get(name, name)  # the regions editor's two names
        rows.append(Row("motion", y, MOTION_H, tr("Motion: {name}").format(name=who), group=name))
        y += MOTION_H
    if sync:
        rows.append(Row("sync", y, sync_h, tr("Synchrony (peak r)")))
        y += sync_h
    rows.append(Row("moments", y, moments_h, tr("VIG moments")))
    y += moments_h
    if scheme is not None:
        groups: dict[str, list[Code]] = {}
        for code in scheme.codes:
            groups.setdefault(code.group or code.subject or "codes", []).append(code)
        for group, codes in groups.items():
            mark = "▸" if group in collapsed else "▾"
            rows.append(Row("group", y, group_h, f"{mark} {tr_term(group)}", group=group))
            y += group_h
            if group in collapsed:
                continue
            for code in codes:
                key = f" [{code.key}]" if code.key else ""
                rows.append(Row("code", y, code_h, f"{tr_term(code.label)}{key}", code=code, group=group))
                y += code_h
    return Layout(rows, y)


def tick_label(ms: int, step: int) -> str:
    seconds, milli = divmod(ms, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    base = f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
    if step < 1000:
        return f"{base}.{milli:03d}"
    return base
