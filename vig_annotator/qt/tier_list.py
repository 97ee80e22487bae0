"""The tiers of an EAF or TextGrid to tick for an import: type, participant, annotation count and a preview."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from vig_annotator.io.eaf_read import TierFile
from vig_annotator.io.tier_choice import tier_rows
from vig_annotator.qt.i18n import tr, tr_noop

KINDS = {"interval": tr_noop("time-aligned"), "point": tr_noop("points"), "symbolic": tr_noop("symbolic")}


class TierList(QTableWidget):
    """One row per tier, ticked as the import plan would choose; a tier with no times of its own cannot be ticked."""

    ticked_changed = Signal()

    def __init__(self, found: TierFile, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels([tr("tier"), tr("type"), tr("participant"), tr("annotations"), tr("preview")])
        self.verticalHeader().setVisible(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        rows = tier_rows(found)
        self.setRowCount(len(rows))
        for n, row in enumerate(rows):
            name = QTableWidgetItem(row.name)
            if row.kind.startswith("symbolic"):  # no times of its own: nothing to tick
                name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            else:
                name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                name.setCheckState(Qt.CheckState.Checked if row.ticked else Qt.CheckState.Unchecked)
            kind, _, constraint = row.kind.partition(" ")
            cells = [name, QTableWidgetItem(tr(KINDS.get(kind, kind)) + (f" {constraint}" if constraint else "")),
                     QTableWidgetItem(row.participant), QTableWidgetItem(f"{row.count:,}"),
                     QTableWidgetItem(row.preview)]
            for column, cell in enumerate(cells):
                if row.reason:
                    cell.setToolTip(row.reason)
                self.setItem(n, column, cell)
        self.itemChanged.connect(lambda _item: self.ticked_changed.emit())

    def _names(self) -> list[QTableWidgetItem]:
        return [item for n in range(self.rowCount()) if (item := self.item(n, 0)) is not None]

    def ticked(self) -> list[str]:
        """The names of the ticked tiers, in the file's order."""
        return [item.text() for item in self._names() if item.checkState() == Qt.CheckState.Checked]

    def set_ticked(self, name: str, on: bool) -> None:
        """Tick or untick a tier by name (as a click would)."""
        for item in self._names():
            if item.text() == name:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
