"""The session's mind-mindedness figures as a small table: count, share of utterances and rate per minute."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

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
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Mind-mindedness"), tr("Count"), tr("Share"), tr("Per min")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setFixedHeight(110)
        layout.addWidget(self.table)

    def show_figures(self, found: Sequence[Utterance], duration_ms: int) -> dict[str, object]:
        """Show (and return) the figures of ``found`` over ``duration_ms`` of observed time."""
        figures = mind_mindedness(found, duration_ms, self.speaker)
        counts: dict[str, int] = figures["counts"]  # type: ignore[assignment]
        shares: dict[str, float | None] = figures["proportions"]  # type: ignore[assignment]
        rates: dict[str, float | None] = figures["per_min"]  # type: ignore[assignment]
        self.summary.setText(tr("{n} {who} utterances in {m:.1f} min, {u} not yet coded").format(
            n=figures["utterances"], who=self.speaker, m=duration_ms / 60_000, u=figures["uncoded"]))
        self.table.setRowCount(len(MIND_VALUES))
        for row, value in enumerate(MIND_VALUES):
            share, rate = shares[value], rates[value]
            cells = [mind_label(value), str(counts[value]), "—" if share is None else f"{share:.0%}",
                     "—" if rate is None else f"{rate:.2f}"]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        return figures
