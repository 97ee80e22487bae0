"""The Analysis panel's Sequences tab: lag-sequential transitions among the ticked codes.

The figures come from ``vig_annotator.analysis.sequences`` — the same function ``analyse sequences``
runs — with one adjusted residual per session beside the pooled one.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.analysis.sequences import Transitions, transitions
from vig_annotator.qt import analysis_forms as forms
from vig_annotator.qt import analysis_plots as plots
from vig_annotator.qt.analysis_contingency import Events
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.style import text_height


class SequencesTab(QWidget):
    """The codes to count, the lag and the largest gap; the transitions table and the residuals heatmap."""

    def __init__(self, events: Callable[[], Events], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.tables: dict[str, pd.DataFrame] = {}
        self.codes = QListWidget()
        self.codes.setMaximumHeight(text_height(self.codes, 6))
        self.lag = QSpinBox()
        self.lag.setRange(1, 10)
        self.within = forms.seconds(0.0)
        self.within.setSpecialValueText(tr("any time (event lag)"))
        run = QPushButton(tr("Compute"))
        run.clicked.connect(self.compute)
        form = QFormLayout()
        form.addRow(tr("Codes"), self.codes)
        form.addRow(tr("Lag (events)"), self.lag)
        form.addRow(tr("Only pairs within (s)"), self.within)
        self.text, self.table = forms.summary(), QTableWidget()
        self.plot = plots.new_plot(tr("Adjusted residuals"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(forms.tab(form, run, self.text, self.table, self.plot))

    def show_codes(self, codes: dict[str, str], used: set[str]) -> None:
        """One tickable row per code ({id: label shown}) named by its label; the sessions' codes in use ticked."""
        self.codes.blockSignals(True)
        self.codes.clear()
        for cid, label in codes.items():
            item = QListWidgetItem(f"{label} ({cid})")
            item.setData(Qt.ItemDataRole.UserRole, cid)
            item.setCheckState(Qt.CheckState.Checked if cid in used else Qt.CheckState.Unchecked)
            self.codes.addItem(item)
        self.codes.blockSignals(False)

    def ticked(self) -> list[str]:
        """The ids of the ticked codes, in the list's order."""
        items = (self.codes.item(i) for i in range(self.codes.count()))
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def compute(self) -> Transitions | None:
        codes = self.ticked()
        sessions = [(label, events) for label, events, _ in self.events()]
        try:
            result = transitions(sessions, codes, self.lag.value(), self.within.value() * 1000 or None)
        except ValueError as exc:
            self.text.setText(str(exc))
            return None
        rows = []
        for p in result.pairs():
            row = {k: v for k, v in p.items() if k not in ("per_session", "odds_ratio_ci95")}
            row["or_ci95_low"], row["or_ci95_high"] = p["odds_ratio_ci95"]
            row.update({f"z {s['session']}": s["adjusted_residual"] for s in p.get("per_session", [])})
            rows.append(row)
        self.tables["transitions"] = pd.DataFrame(rows)
        forms.fill(self.table, self.tables["transitions"])
        self.text.setText(tr("{n} transitions among {codes} codes. Method: {method}.").format(
            n=result.n, codes=len(codes), method=result.method))
        plots.residual_heatmap(self.plot, result)
        return result
