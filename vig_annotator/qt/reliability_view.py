"""Two sessions side by side, by time units, by events or by utterances.

By time units: each group's labels per unit, agreement shaded, a table per code. By events: both
coders' onsets with their pairings drawn and a table of the pairs. By utterances: the transcripts'
utterances paired by span, kappa on their mind-mindedness codes (``qt.utterance_agreement``).

Clicking a disagreement plays it from a second before. The figures come from
``reliability.report.compare`` (utterances: ``reliability.utterances.compare_utterances``), so the view
and the `agree` command always say the same thing.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.core.project import Project
from vig_annotator.core.timebase import timecode
from vig_annotator.qt import jobs
from vig_annotator.qt.event_pairs import EventPairsStrip, verdict
from vig_annotator.qt.i18n import tr, tr_noop, tr_term
from vig_annotator.qt.reliability_texts import description, session_label, sides
from vig_annotator.qt.style import names_width, text_height
from vig_annotator.qt.theme import colour as named
from vig_annotator.qt.theme import colour_or
from vig_annotator.qt.utterance_agreement import UtteranceAgreementPanel, empty_reason, summary
from vig_annotator.reliability.kappa import Cancelled
from vig_annotator.reliability.report import Coded, ComparisonError, as_text, coded, compare
from vig_annotator.reliability.time_units import Units, group_label, groups_of, labels
from vig_annotator.reliability.utterances import as_text as utterances_text
from vig_annotator.reliability.utterances import compare_utterances
from vig_annotator.store.timing import timebase_for

STRIP_H = 14
"""A coder's strip at the usual font sizes; a larger font makes it taller (``AgreementStrips.strip_h``)."""
LABEL_W = 150
"""The names' column at the usual font sizes; wider for a larger font or longer names (``label_w``)."""


class AgreementStrips(QWidget):
    """Per group: coder A's labels, coder B's labels, and agreement (green) / disagreement (red)."""

    def __init__(self, seek: Callable[[int], None] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seek = seek
        self.rows: list[tuple[str, np.ndarray, np.ndarray, list[str]]] = []
        self.units: Units | None = None
        self.setMinimumHeight(60)
        self.setToolTip(tr("Click a red stretch to play that disagreement from a second before"))

    def set_data(self, items: list[Coded], units: Units) -> None:
        self.units = units
        self.rows = []
        for name, members in groups_of(items[0].scheme).items():
            a = labels(items[0].segments, members, units)
            b = labels(items[1].segments, members, units)
            self.rows.append((tr_term(group_label(name, members)), a, b, [m.colour for m in members]))
        self._fit()
        self.update()

    def strip_h(self) -> int:
        """One strip: a third of the room a group's name needs, so the name fits beside its three strips."""
        return max(STRIP_H, -(-(self.fontMetrics().height() + 2) // 3))

    def label_w(self) -> int:
        """The names' column: the longest name, but never more than a third of the strips' width."""
        return names_width(self, (name for name, *_ in self.rows), LABEL_W)

    def _fit(self) -> None:
        self.setMinimumHeight(len(self.rows) * (3 * self.strip_h() + 8) + 4)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(800, self.minimumHeight())

    def _x(self, unit: int, label_w: int | None = None) -> float:
        """Where unit ``unit`` starts; pass ``label_w`` when drawing many (it is measured from the font)."""
        assert self.units is not None
        label_w = self.label_w() if label_w is None else label_w
        return label_w + unit * (self.width() - label_w) / max(self.units.count, 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        if self.units is None:
            return
        y = 2
        strip_h, label_w = self.strip_h(), self.label_w()
        for name, a, b, colours in self.rows:
            p.setPen(self.palette().color(QPalette.ColorRole.Text))
            shown = self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, label_w - 8)
            p.drawText(QRectF(4, y, label_w - 8, 3 * strip_h), Qt.AlignmentFlag.AlignVCenter, shown)
            for row, values in enumerate((a, b)):
                for label in range(1, len(colours) + 1):
                    self._runs(p, values == label, y + row * strip_h, (strip_h, label_w),
                               colour_or(colours[label - 1], "code_default"))
            self._runs(p, a == b, y + 2 * strip_h, (strip_h, label_w), named("agreement"))
            self._runs(p, a != b, y + 2 * strip_h, (strip_h, label_w), named("disagreement"))
            y += 3 * strip_h + 8

    def _runs(self, p: QPainter, mask: np.ndarray, y: float, sizes: tuple[int, int], colour: QColor) -> None:
        strip_h, label_w = sizes
        edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
        for start, end in zip(edges[::2], edges[1::2], strict=True):
            x0, x1 = self._x(int(start), label_w), self._x(int(end), label_w)
            p.fillRect(QRectF(x0, y + 1, max(x1 - x0, 1), strip_h - 2), colour)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        label_w = self.label_w()
        if self.units is None or self.seek is None or event.position().x() < label_w:
            return
        unit = int((event.position().x() - label_w) / (self.width() - label_w) * self.units.count)
        unit = min(max(unit, 0), self.units.count - 1)
        self.seek(max(0, int(self.units.starts[unit]) - 1000))


TIPS = ("", tr_noop("Cohen's kappa: agreement beyond chance (1 = perfect, 0 = chance); undefined when chance "
                    "agreement is total"), tr_noop("the largest kappa the two coders' own code frequencies allow"),
        tr_noop("% of units both coders labelled the same"),
        tr_noop("share of units with this code, averaged over the two coders"))


class _Done(QObject):
    done = Signal(int, object)  # the request's number, the report or the ComparisonError


class ReliabilityView(QWidget):
    """Compare two sessions of one clip; parameters on top, strips, then the per-code table.

    Comparisons of more than ``BACKGROUND_FROM`` segments run on a worker thread, with a busy bar and
    Cancel; the result is shown on the GUI thread. Smaller ones are instant and run in place.
    """

    BACKGROUND_FROM = 5_000
    computed = Signal()  # a comparison's result is on screen (or its error)

    def __init__(self, project: Project, session_a: int, session_b: int,
                 seek: Callable[[int], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.items = [coded(project, s, timebase_for(project, project.clip(project.session(s).clip_id)),
                            label=session_label(project, s)) for s in (session_a, session_b)]
        self.report: dict[str, Any] = {}
        self._request = 0  # the latest comparison asked for: older results are dropped
        self._stop = threading.Event()  # set to stop the comparison under way
        self._done = _Done(self)
        self._done.done.connect(self._on_done)
        layout = QVBoxLayout(self)
        controls = QHBoxLayout()
        self.method = QComboBox()
        self.method.addItem(tr("time units"), "time")
        self.method.addItem(tr("events (by onset)"), "event")
        self.method.addItem(tr("utterances (mind-mindedness)"), "utterances")
        self.method.setToolTip(tr("Time units: each unit labelled by both coders. Events: each event paired with "
                               "the other coder's nearest onset within the window. Utterances: the transcripts' "
                               "utterances paired by span, kappa on their mind-mindedness codes"))
        self.onset_window = QDoubleSpinBox()
        self.onset_window.setRange(0.04, 10.0)
        self.onset_window.setSingleStep(0.1)
        self.onset_window.setValue(1.0)
        self.onset_window.setPrefix(tr("onsets within ±"))
        self.onset_window.setSuffix(" s")
        self.unit = QComboBox()
        for text, value in ((tr("1 s units"), "1s"), (tr("0.5 s units"), "0.5s"), (tr("frame units"), "frame")):
            self.unit.addItem(text, value)
        self.tolerance = QSpinBox()
        self.tolerance.setRange(0, 50)
        self.tolerance.setPrefix(tr("tolerance ±"))
        self.tolerance.setSuffix(tr(" units"))
        export = QPushButton(tr("Export report…"))
        export.clicked.connect(self.export)
        for widget in (QLabel(sides(self.items[0].label, self.items[1].label)), self.method, self.unit,
                       self.tolerance, self.onset_window, export):
            controls.addWidget(widget)
        controls.addStretch(1)
        layout.addLayout(controls)
        busy = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the comparison reports no steps
        self.progress.setFormat(tr("Comparing…"))
        self.cancel = QPushButton(tr("Cancel"))
        self.cancel.setToolTip(tr("Stop waiting for this comparison (change a setting to compare again)"))
        self.cancel.clicked.connect(self.cancel_comparison)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel)
        layout.addLayout(busy)
        self._set_busy(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.strips = AgreementStrips(seek)
        layout.addWidget(self.strips)
        self.pairs = EventPairsStrip(seek)
        layout.addWidget(self.pairs)
        self.table = QTableWidget(0, 5)  # headers depend on the method: set by refresh
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(text_height(self.table, 5))
        layout.addWidget(self.table, 1)
        self.utterances = UtteranceAgreementPanel(self.items[0].scheme, seek)
        layout.addWidget(self.utterances, 1)
        self.utterances.changed.connect(self.refresh)
        self.method.currentIndexChanged.connect(lambda _i: self.refresh())
        self.onset_window.valueChanged.connect(lambda _v: self.refresh())
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh())
        self.tolerance.valueChanged.connect(lambda _v: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Compare with the settings on screen: in place when small, else on a worker thread."""
        method = self.method.currentData()
        by_events = method == "event"
        time_widgets: tuple[QWidget, ...] = (self.unit, self.tolerance, self.strips)
        event_widgets: tuple[QWidget, ...] = (self.onset_window, self.pairs)
        for widget in time_widgets:
            widget.setVisible(method == "time")
        for widget in event_widgets:
            widget.setVisible(by_events)
        self.table.setVisible(method != "utterances")
        self.utterances.setVisible(method == "utterances")
        self._request += 1
        request = self._request
        if method == "utterances":
            self._stop.set()  # a time or event comparison still under way is not wanted now
            self._set_busy(False)
            reason = empty_reason(self.items, self.utterances.parameters()[0])
            if reason is not None:  # nothing to compare: say why, show no figures
                self.report = {}
                self.utterances.clear()
                self.summary.setText(reason)
                self.computed.emit()
                return
            args: tuple[Any, ...] = self.utterances.parameters()
            kwargs: dict[str, Any] = {}
        elif by_events:
            args, kwargs = ("event",), {"tolerance": self.onset_window.value()}
        else:
            args, kwargs = ("time", self.unit.currentData(), self.tolerance.value()), {}
        items = list(self.items)
        self._stop.set()  # a comparison still under way stops at its next step: its result is not wanted
        stop = self._stop = threading.Event()
        if method != "utterances":  # pairing utterances is one quick sweep: it is not asked to stop
            kwargs["cancelled"] = stop.is_set
        run = compare_utterances if method == "utterances" else compare

        def work() -> None:
            try:
                result: object = run(items, *args, **kwargs)
            except ComparisonError as exc:
                result = exc
            except Cancelled:
                return  # cancelled, or the settings changed: nobody waits for it
            try:
                self._done.done.emit(request, result)
            except RuntimeError:  # the view was closed meanwhile
                pass

        if sum(len(i.segments) for i in items) < self.BACKGROUND_FROM:
            work()  # small: instant, and the signal is delivered directly on this thread
            return
        self._set_busy(True)
        jobs.start_worker(work, "reliability", stop.set)

    def cancel_comparison(self) -> None:
        """Stop the comparison under way (at its next step, on its worker thread); nothing is shown for it."""
        self._stop.set()
        self._request += 1
        self._set_busy(False)
        self.summary.setText(tr("Comparison cancelled: change a setting to compare again."))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel.setVisible(busy)

    def _on_done(self, request: int, result: object) -> None:
        if request != self._request:
            return  # cancelled, or the settings changed since
        self._set_busy(False)
        if isinstance(result, ComparisonError):
            self.summary.setText(tr("<b>Cannot compare:</b> {reason}").format(reason=result))
            self.table.setRowCount(0)
            self.utterances.clear()
            self.computed.emit()
            return
        assert isinstance(result, dict)
        self.report = result
        self._show_report()
        self.computed.emit()

    def _show_report(self) -> None:
        method = self.method.currentData()
        if method == "utterances":
            self.summary.setText(summary(self.report))
            self.utterances.show_report(self.report)
            return
        self.summary.setText(description(self.report))
        if method == "event":
            self._show_pairs()
            return
        a = self.items[0]
        unit = self.unit.currentData()
        units = Units.of_frames(a.timebase, 0, a.timebase.duration_ms) if unit == "frame" else Units.of_seconds(
            float(unit[:-1]), 0, a.timebase.duration_ms)
        self.strips.set_data(self.items, units)
        self.table.setHorizontalHeaderLabels([tr("group / code"), tr("kappa"), tr("kappa max"),
                                              tr("% agreement"), tr("prevalence")])
        scheme = a.scheme
        label = {c.id: tr_term(c.label) for c in scheme.codes}
        # a group's row has no single prevalence: its codes' rows below give theirs
        rows = [(f"▸ {tr_term(g['label'])}", g["kappa"], g["kappa_max"], g["percent"], "")
                for g in self.report["groups"]]
        rows += [(f"   {label.get(c['code'], c['code'])}", c["kappa"], c["kappa_max"], c["percent"], c["prevalence"])
                 for c in self.report["codes"]]
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                text = value if isinstance(value, str) else (
                    "undefined" if value is None else f"{value:.1f}" if c == 3 else f"{value:.3f}")
                item = QTableWidgetItem(text)
                item.setToolTip(text.strip() if c == 0 else tr(TIPS[c]))
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)

    def _show_pairs(self) -> None:
        a = self.items[0]
        pairs = self.report["pairs"]
        colours = {c.id: c.colour for c in a.scheme.codes}
        label = {c.id: tr_term(c.label) if c.label else c.id for c in a.scheme.codes}
        self.pairs.set_data(pairs, (f"A  {self.items[0].label}", f"B  {self.items[1].label}"), colours,
                            a.timebase.duration_ms)
        self.table.setHorizontalHeaderLabels([tr("code (A)"), tr("onset (A)"), tr("code (B)"),
                                              tr("onset (B)"), tr("result")])
        self.table.setRowCount(len(pairs))
        for r, pair in enumerate(pairs):
            cells = (label.get(pair["code_a"], pair["code_a"] or "—"),
                     timecode(pair["onset_a_ms"]) if pair["onset_a_ms"] is not None else "—",
                     label.get(pair["code_b"], pair["code_b"] or "—"),
                     timecode(pair["onset_b_ms"]) if pair["onset_b_ms"] is not None else "—",
                     verdict(pair))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()  # a code's label on one line

    def export(self) -> None:
        if not self.report:  # nothing compared (the message above says why)
            return
        path, _ = QFileDialog.getSaveFileName(self, tr("Export reliability report"), "reliability.txt",
                                              tr("Text (*.txt);;JSON (*.json)"))
        if path:
            self.write(Path(path))

    def write(self, path: Path) -> None:
        text_of = utterances_text if self.report.get("method") == "utterances" else as_text
        text = json.dumps(self.report, indent=2) if path.suffix == ".json" else text_of(self.report)
        path.write_text(text, encoding="utf-8")
