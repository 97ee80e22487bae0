"""The Analysis panel's Contingency tab: how often, and how soon, a target code follows a cue code.

The figures come from ``vig_annotator.analysis.contingency`` — the same function ``analyse contingency``
runs — over the ticked sessions' events, pooled when several are ticked.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.analysis.contingency import Contingency, SessionEvents, contingency
from vig_annotator.qt import analysis_forms as forms
from vig_annotator.qt import analysis_plots as plots
from vig_annotator.qt import analysis_texts as texts
from vig_annotator.qt.i18n import tr

Events = list[tuple[str, list[tuple[str, int, int]], tuple[int, int]]]
"""Per ticked session: its label, its (code, start ms, end ms) events and the span they were coded over."""


class ContingencyTab(QWidget):
    """Cue and response codes, the window after the cue, time shifts for the p-value; table and latency plot."""

    def __init__(self, events: Callable[[], Events], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.tables: dict[str, pd.DataFrame] = {}
        self.given, self.target = QComboBox(), QComboBox()
        self.window_from, self.window_to = forms.seconds(0.0), forms.seconds(2.0)
        self.permutations = QSpinBox()
        self.permutations.setRange(0, 100_000)
        self.permutations.setValue(1000)
        run = QPushButton(tr("Compute"))
        run.clicked.connect(self.compute)
        form = QFormLayout()
        form.addRow(tr("Given (cue)"), self.given)
        form.addRow(tr("Target (response)"), self.target)
        window = QHBoxLayout()
        window.addWidget(self.window_from)
        window.addWidget(QLabel(tr("to")))
        window.addWidget(self.window_to)
        window.addWidget(QLabel(tr("s after the cue's onset")))
        form.addRow(tr("Window"), window)
        form.addRow(tr("Time shifts (p-value)"), self.permutations)
        self.text, self.table = forms.summary(), QTableWidget()
        self.plot = plots.new_plot(tr("Latency"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(forms.tab(form, run, self.text, self.table, self.plot))

    def show_codes(self, codes: dict[str, str]) -> None:
        """Offer the codes ({id: label shown}) as cue and response, keeping the choices still offered."""
        for combo in (self.given, self.target):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for cid, label in codes.items():
                combo.addItem(f"{label} ({cid})", cid)
            if current in codes:
                combo.setCurrentIndex(list(codes).index(current))
            combo.blockSignals(False)
        if self.target.count() > 1 and self.target.currentIndex() == self.given.currentIndex():
            self.target.setCurrentIndex(1)

    def compute(self) -> Contingency | None:
        sessions = [SessionEvents(e, span, label) for label, e, span in self.events()]
        given, target = self.given.currentData(), self.target.currentData()
        if not sessions or given is None or target is None:
            self.text.setText(tr("Tick at least one session with codes."))
            return None
        try:
            result = contingency(sessions, given, target,
                                 (self.window_from.value() * 1000, self.window_to.value() * 1000),
                                 self.permutations.value(), label="pooled" if len(sessions) > 1 else sessions[0].label)
        except ValueError as exc:
            self.text.setText(str(exc))
            return None
        row = {k: v for k, v in result.as_dict().items() if k not in ("latencies_s", "method", "window_s")}
        self.tables["contingency"] = pd.DataFrame([{"window_s": f"{result.window_s[0]:g}-{result.window_s[1]:g}",
                                                    **row}])
        forms.fill(self.table, self.tables["contingency"])
        self.text.setText(texts.contingency_summary(result))
        plots.latency_histogram(self.plot, result)
        return result
