"""Voice rows of the timeline (voiced stretches, pitch contour and threshold) and hatched suggestions.

Suggestions are drawn hatched in their code's row until a coder accepts them.

Nothing is decoded here: the rows appear once the project keeps a pitch track for the clip
(``analysis.saved_voices``); the vocalisations are re-read from it with the clip's threshold, so moving
the threshold reclassifies without tracking pitch again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from vig_annotator.analysis.pitch import PitchTrack
from vig_annotator.analysis.saved_voices import cached_track, settings_for, voices_key
from vig_annotator.analysis.suggestions import Suggestion
from vig_annotator.analysis.voices import ADULT, INFANT, Measured, Vocalisation, VoiceSettings, label, measure
from vig_annotator.core.model import Clip
from vig_annotator.core.project import Project
from vig_annotator.core.timebase import timecode
from vig_annotator.qt.i18n import tr, tr_term
from vig_annotator.qt.theme import colour
from vig_annotator.qt.timeline_layout import Row, View

COLOURS = {ADULT: "voice_adult", INFANT: "voice_infant"}
"""Adult voices blue, infant voices orange: told apart by colour and by half of the row."""
PITCH_TOP_HZ = 800.0


@dataclass(frozen=True)
class Voices:
    """What the voice rows show: the pitch contour, the threshold and the vocalisations it gives."""

    track: PitchTrack
    settings: VoiceSettings
    found: tuple[Vocalisation, ...]


_last: dict[str, tuple[object, Voices, Measured]] = {}
"""The latest answer per clip fingerprint, with the kept value it came from and its measured utterances: the
timeline and the suggestions ask after the same change, finding and measuring an hour's utterances takes
about a second, and a new midpoint or example only re-labels them."""


def voices_of(project: Project | None, clip: Clip | None) -> Voices | None:
    """The clip's kept pitch track and its vocalisations by the clip's midpoint and examples (None: not computed)."""
    if project is None or clip is None:
        return None
    settings = settings_for(project, clip)
    kept = project.setting(voices_key(clip, settings))
    last = _last.get(clip.fingerprint)
    if last is not None and last[0] is kept:
        if last[1].settings == settings:
            return last[1]
        voices = Voices(last[1].track, settings, tuple(label(last[2], settings)))
        _last[clip.fingerprint] = (kept, voices, last[2])
        return voices
    track = cached_track(project, clip, settings)
    if track is None:
        return None
    measured = measure(track, settings)
    voices = Voices(track, settings, tuple(label(measured, settings)))
    _last.clear()  # one clip's at a time: the memory goes when another clip is shown
    _last[clip.fingerprint] = (kept, voices, measured)
    return voices


def voice_tip(voices: Voices, ms: float, slack_ms: float) -> str:
    """What the voice rows show at ``ms``: the vocalisation there, its class and median pitch ("" if none)."""
    for v in voices.found:
        if v.start_ms - slack_ms <= ms <= v.end_ms + slack_ms:
            who = tr("infant") if v.speaker == INFANT else tr("adult")
            return tr("<b>{who}</b> {start} – {end}<br>median pitch {f0:.0f} Hz, classified whole ({how})<br>"
                      "confidence {confidence:.2f}").format(
                who=who, start=timecode(v.start_ms), end=timecode(v.end_ms), f0=v.f0_median_hz,
                how=_how(voices, v), confidence=v.confidence)
    return ""


def _how(voices: Voices, v: Vocalisation) -> str:
    if v.example:
        return tr("your example")
    if voices.settings.examples:
        return tr("from your examples ({n})").format(n=len(voices.settings.examples))
    return tr("pitch midpoint {hz:g} Hz").format(hz=voices.settings.threshold_hz)


def suggestion_at(suggestions: Sequence[Suggestion], row: Row | None, ms: float, slack_ms: float) -> Suggestion | None:
    """The pending suggestion drawn at ``ms`` in a code row, if any."""
    if row is None or row.code is None:
        return None
    code = row.code.id
    return next((s for s in suggestions if s.code_id == code and s.start_ms - slack_ms <= ms <= s.end_ms + slack_ms),
                None)


def suggestion_tip(suggestion: Suggestion, row: Row) -> str:
    """The tooltip of a hatched suggestion: its code, span and how sure the detection was."""
    return tr("<b>Suggested: {code}</b><br>{start} – {end}<br>confidence {confidence:.2f}<br>"
              "click to review it; accept or reject with the keys in the Voices panel").format(
        code=tr_term(row.code.label) if row.code else suggestion.code_id, start=timecode(suggestion.start_ms),
        end=timecode(suggestion.end_ms), confidence=suggestion.confidence)


def paint_voices(p: QPainter, row: Row, view: View, voices: Voices, right: int) -> None:
    """Voiced stretches: adult in the lower half of the row, infant in the upper half, in their colours."""
    half = (row.h - 4) / 2
    for v in voices.found:
        x0, x1 = view.x(v.start_ms), view.x(v.end_ms)
        if x1 < view.header_w or x0 > right:
            continue
        top = row.y + 2 if v.speaker == INFANT else row.y + 2 + half
        left = view.header_w
        p.fillRect(QRectF(max(x0, left), top, max(x1 - max(x0, left), 1), half), colour(COLOURS[v.speaker]))


def pitch_y(row: Row, hz: float | np.ndarray) -> float | np.ndarray:
    """Where an F0 falls in the pitch row (linear from 0 at the bottom to the ceiling at the top)."""
    return row.y + row.h - 2 - np.clip(hz, 0, PITCH_TOP_HZ) / PITCH_TOP_HZ * (row.h - 4)


def paint_pitch(p: QPainter, row: Row, view: View, voices: Voices, right: int) -> None:
    """The F0 contour (one dot per frame, or the column's range when zoomed out) and the threshold line."""
    track = voices.track
    times, f0 = track.times_ms, track.f0_hz
    lo, hi = np.searchsorted(times, [view.start_ms, view.end_ms])
    times, f0 = times[lo:hi], f0[lo:hi]
    voiced = ~np.isnan(f0)
    times, f0 = times[voiced], f0[voiced]
    if len(times):
        xs = np.floor((times - view.start_ms) / view.ms_per_px).astype(np.int64) + view.header_w
        ys = np.asarray(pitch_y(row, f0))
        p.setPen(QPen(colour("pitch"), 2))
        if view.ms_per_px < track.step_ms:  # zoomed in: a line through the frames of each stretch
            breaks = np.flatnonzero(np.diff(times) > 1.5 * track.step_ms) + 1
            for a, b in zip(np.concatenate(([0], breaks)), np.concatenate((breaks, [len(xs)])), strict=True):
                p.drawPolyline(QPolygonF([QPointF(float(x), float(y)) for x, y in zip(xs[a:b], ys[a:b], strict=True)]))
        else:  # one vertical stroke per pixel column, from its lowest to its highest F0
            order = np.argsort(xs, kind="stable")
            xs, ys = xs[order], ys[order]
            columns, first = np.unique(xs, return_index=True)
            tops = np.minimum.reduceat(ys, first)
            bottoms = np.maximum.reduceat(ys, first)
            for x, top, bottom in zip(columns.tolist(), tops.tolist(), bottoms.tolist(), strict=True):
                p.drawLine(QPointF(x, top), QPointF(x, bottom + 0.5))
    y = float(pitch_y(row, voices.settings.threshold_hz))
    p.setPen(QPen(colour("pitch_threshold"), 1, Qt.PenStyle.DashLine))
    p.drawLine(QPointF(view.header_w, y), QPointF(right, y))
    corner = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
    examples = len(voices.settings.examples)  # with examples the midpoint is not used: say what is
    label = tr("from your examples ({n})").format(n=examples) if examples else \
        tr("pitch midpoint {hz:g} Hz").format(hz=voices.settings.threshold_hz)
    box = p.boundingRect(QRectF(right - 140, row.y, 134, y - row.y - 1), corner, label)
    backdrop = colour("base")
    backdrop.setAlpha(200)
    p.fillRect(box, backdrop)  # the label stays readable over the contour
    p.drawText(box, corner, label)


def paint_suggestions(p: QPainter, row: Row, view: View, suggestions: Sequence[Suggestion],
                      current: Suggestion | None, colour: QColor, right: int) -> None:
    """The code's pending suggestions, hatched and outlined (the current one with a thick frame)."""
    if row.code is None:
        return
    brush = QBrush(colour, Qt.BrushStyle.BDiagPattern)
    for s in suggestions:
        if s.code_id != row.code.id:
            continue
        x0, x1 = view.x(s.start_ms), view.x(s.end_ms)
        if x1 < view.header_w or x0 > right:
            continue
        rect = QRectF(max(x0, view.header_w), row.y + 3, max(x1 - max(x0, view.header_w), 2), row.h - 6)
        p.setBrush(brush)
        p.setPen(QPen(colour.darker(130), 3 if s == current else 1, Qt.PenStyle.DashLine))
        p.drawRect(rect)
    p.setBrush(Qt.BrushStyle.NoBrush)
