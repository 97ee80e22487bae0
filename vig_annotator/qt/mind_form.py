"""The session's mind-mindedness figures: a one-line summary, and a table of count, share and rate per minute."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.analysis.transcript import mind_mindedness
from vig_annotator.core.transcript import MIND_VALUES, Utterance
from vig_annotator.qt.i18n import tr


def mind_label(value: str) -> str:
    """A mind-mindedness code as a coder reads it."""
    return {"appropriate": tr("Appropriate"), "non_attuned": tr("Non-attuned"),
            "not_mind_related": tr("Not mind-related"), "": tr("—")}.get(value, value)


class MindFigures(QWidget):
    """Counts, proportions of the speaker's utterances and rates per minute of each mind-mindedness code."""

    def __init__(self, speaker: str = "parent", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speaker = speaker
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 1)
        self.details = QPushButton(tr("Figures"))
        self.details.setCheckable(True)
        self.details.setToolTip(tr("Count, share of the utterances and rate per minute of each code"))
        row.addWidget(self.details)
        layout.addLayout(row)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Mind-mindedness"), tr("Count"), tr("Share"), tr("Per min")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setFixedHeight(110)
        self.table.setVisible(False)
        self.details.toggled.connect(self.table.setVisible)
        layout.addWidget(self.table)

    def show_figures(self, found: Sequence[Utterance], duration_ms: int) -> dict[str, object]:
        """Show (and return) the figures of ``found`` over ``duration_ms`` of observed time."""
        figures = mind_mindedness(found, duration_ms, self.speaker)
        counts: dict[str, int] = figures["counts"]  # type: ignore[assignment]
        shares: dict[str, float | None] = figures["proportions"]  # type: ignore[assignment]
        rates: dict[str, float | None] = figures["per_min"]  # type: ignore[assignment]
        self.table.setRowCount(len(MIND_VALUES))
        parts = []
        for row, value in enumerate(MIND_VALUES):
            share, rate = shares[value], rates[value]
            cells = [mind_label(value), str(counts[value]), "—" if share is None else f"{share:.0%}",
                     "—" if rate is None else f"{rate:.2f}"]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
            parts.append(f"{cells[0].lower()} {cells[1]}")
        self.summary.setText(tr("{who}: {n} utterances ({u} uncoded): {parts}").format(
            who=self.speaker.capitalize(), n=figures["utterances"], u=figures["uncoded"], parts=", ".join(parts)))
        return figures
