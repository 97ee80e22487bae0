"""Agreement on utterance codes, shown: speakers and overlap to pair by, the A × B code table, every pair.

The figures come from ``reliability.utterances.compare_utterances``, the function behind
`agree --method utterances`, so the view and the command say the same thing. Clicking a line plays it
from a second before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.core.model import Scheme
from vig_annotator.core.transcript import speakers, utterances
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.mind_form import mind_label
from vig_annotator.qt.style import text_height
from vig_annotator.reliability.report import Coded
from vig_annotator.reliability.utterances import UNCODED


def code_label(code: str) -> str:
    """A mind-mindedness code, or "uncoded", as a coder reads it."""
    return tr("uncoded") if code == UNCODED else mind_label(code)


def summary(report: dict[str, Any]) -> str:
    """The report's figures in one paragraph, in the user's language."""
    kappa = tr("undefined (one code throughout)") if report["kappa"] is None else f"{report['kappa']:.3f}"
    return tr("Utterances of one speaker are paired when their spans overlap by at least {share}% of the shorter, "
              "largest overlap first. Cohen's kappa on the {paired} paired utterances = <b>{kappa}</b> "
              "({percent}% agreement). Unpaired: {only_a} only in A, {only_b} only in B.").format(
        share=f"{100 * report['min_overlap']:.0f}", paired=report["paired"], kappa=kappa,
        percent=f"{report['percent']:.1f}", only_a=report["unpaired_a"], only_b=report["unpaired_b"])


def empty_reason(items: Sequence[Coded], chosen: Sequence[str] | None) -> str | None:
    """Why there is nothing to compare (no transcript codes, no utterances), or None when there is."""
    scheme = items[0].scheme
    speaker_of_code = speakers(scheme)
    if not speaker_of_code:
        return tr("The scheme {scheme} {version} has no transcript codes, so these sessions have no utterances to "
                  "compare. Code utterances with a scheme that has a transcript tier (such as “Transcript and "
                  "mind-mindedness”).").format(scheme=scheme.id, version=scheme.version)
    keep = set(chosen) if chosen else None
    if not any(keep is None or u.speaker in keep for item in items for u in utterances(item.segments, speaker_of_code)):
        return tr("Neither session has utterances to compare: transcribe them in the Transcript panel first.")
    return None


class UtteranceAgreementPanel(QWidget):
    """Which utterances to pair (speaker, overlap), then the code table and the list of pairs."""

    changed = Signal()  # a parameter changed: compare again

    def __init__(self, scheme: Scheme, seek: Callable[[int], None] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seek = seek
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        controls = QHBoxLayout()
        self.speaker = QComboBox()
        self.speaker.addItem(tr("all speakers"), None)
        for who in dict.fromkeys(speakers(scheme).values()):
            self.speaker.addItem(who.capitalize(), who)
        self.speaker.setToolTip(tr("Whose utterances to compare"))
        self.min_overlap = QDoubleSpinBox()
        self.min_overlap.setRange(0, 100)
        self.min_overlap.setDecimals(0)
        self.min_overlap.setSingleStep(10)
        self.min_overlap.setPrefix(tr("overlap ≥ "))
        self.min_overlap.setSuffix("%")
        self.min_overlap.setToolTip(tr("How much of the shorter utterance two must share to be paired (0: any)"))
        for widget in (self.speaker, self.min_overlap):
            controls.addWidget(widget)
            widget.setVisible(bool(speakers(scheme)))  # without transcript codes there is nothing to choose
        controls.addStretch(1)
        layout.addLayout(controls)
        self.caption = QLabel(tr("Codes: coder A (rows) by coder B (columns)"))
        layout.addWidget(self.caption)
        self.matrix = QTableWidget(0, 0)
        self.matrix.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # as tall as its rows
        layout.addWidget(self.matrix)
        self.lines = QTableWidget(0, 5)
        self.lines.setHorizontalHeaderLabels([tr("start"), tr("speaker"), tr("code (A)"), tr("code (B)"),
                                              tr("what was said")])
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setMinimumHeight(text_height(self.lines, 5))
        self.lines.setToolTip(tr("Click a line to play it from a second before"))
        self.lines.cellClicked.connect(self._play)
        layout.addWidget(self.lines, 1)
        layout.addStretch(0)  # takes the room only while the tables are hidden: the choices stay on top
        self.speaker.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.min_overlap.valueChanged.connect(lambda _v: self.changed.emit())

    def parameters(self) -> tuple[list[str] | None, float]:
        """The speakers to compare (None: all) and the minimum overlap as a share of the shorter utterance."""
        who = self.speaker.currentData()
        return ([who] if who else None), self.min_overlap.value() / 100

    def clear(self) -> None:
        """No figures: the tables are emptied and hidden (the view says why)."""
        self.matrix.setRowCount(0)
        self.matrix.setColumnCount(0)
        self.lines.setRowCount(0)
        for widget in (self.caption, self.matrix, self.lines):
            widget.setVisible(False)

    def show_report(self, report: dict[str, Any]) -> None:
        """Fill the code table and the list of pairs and unpaired utterances from ``compare_utterances``."""
        for widget in (self.caption, self.matrix, self.lines):
            widget.setVisible(True)
        names = [code_label(label) for label in report["labels"]]
        self.matrix.setRowCount(len(names))
        self.matrix.setColumnCount(len(names))
        self.matrix.setVerticalHeaderLabels([f"A: {n}" for n in names])
        self.matrix.setHorizontalHeaderLabels([f"B: {n}" for n in names])
        for r, row in enumerate(report["table"]):
            for c, count in enumerate(row):
                item = QTableWidgetItem(f"{int(count)}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.matrix.setItem(r, c, item)
        self.matrix.resizeColumnsToContents()
        self.matrix.resizeRowsToContents()
        self.matrix.setFixedHeight(self.matrix.horizontalHeader().height() + self.matrix.verticalHeader().length()
                                   + 2 * self.matrix.frameWidth())
        rows = [(p["a"], p["b"]) for p in report["pairs"]]
        rows += [(u, None) for u in report["only_a"]] + [(None, u) for u in report["only_b"]]
        rows.sort(key=lambda ab: (ab[0] or ab[1])["start_s"])
        self.lines.setRowCount(len(rows))
        for r, (a, b) in enumerate(rows):
            first = a or b
            assert first is not None
            said = " / ".join(dict.fromkeys(u["text"] for u in (a, b) if u is not None and u["text"]))
            cells = (f"{first['start_s']:.3f} s", first["speaker"].capitalize(),
                     code_label(a["code"]) if a else tr("— (only B)"), code_label(b["code"]) if b else tr("— (only A)"),
                     said)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, round(first["start_s"] * 1000))
                self.lines.setItem(r, c, item)
        self.lines.resizeColumnsToContents()

    def _play(self, row: int, _column: int) -> None:
        item = self.lines.item(row, 0)
        if self.seek is not None and item is not None:
            self.seek(max(0, int(item.data(Qt.ItemDataRole.UserRole)) - 1000))
