"""The score sheet: a value per rated item, a note, linked evidence, and the running total and band."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.core import commands
from vig_annotator.core.model import RatedItem, Rating
from vig_annotator.core.scoring import totals
from vig_annotator.qt.workspace import Workspace

NOT_OBSERVABLE = -1


class RatingsPanel(QWidget):
    """Value buttons per item; every click or note is an undoable command."""

    status = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.groups: dict[str, QButtonGroup] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.evidence: dict[str, QLabel] = {}
        self.setStyleSheet("QPushButton:checked { background: palette(highlight); "
                           "color: palette(highlighted-text); font-weight: bold; }")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.total = QLabel()
        self.total.setAccessibleName("Total and band")
        self.total.setWordWrap(True)
        outer.addWidget(self.total)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        outer.addWidget(self.scroll, 1)
        workspace.session_changed.connect(self._rebuild)
        workspace.model_changed.connect(self._on_model_changed)
        self._rebuild()

    def _rebuild(self) -> None:
        self.groups.clear()
        self.notes.clear()
        self.evidence.clear()
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(2, 2, 2, 2)
        scheme = self.workspace.scheme
        if scheme is None or not scheme.rated_items:
            grid.addWidget(QLabel("This session's scheme has no rated items."), 0, 0)
        else:
            for row, item in enumerate(scheme.rated_items):
                self._add_item_row(grid, row, item)
        self.scroll.setWidget(body)
        self._on_model_changed(None)

    def _add_item_row(self, grid: QGridLayout, row: int, item: RatedItem) -> None:
        label = QLabel(f"{item.number}. {item.label}")
        label.setWordWrap(True)
        label.setToolTip(item.description or item.label)
        grid.addWidget(label, row, 0)
        buttons = QHBoxLayout()
        group = QButtonGroup(self)
        group.setExclusive(False)
        for value in item.values:
            button = QPushButton(str(value.value))
            button.setCheckable(True)
            button.setFixedWidth(34)
            button.setToolTip(value.label or f"score {value.value}")
            button.setAccessibleName(f"{item.label}: {value.value}")
            group.addButton(button, value.value)
            buttons.addWidget(button)
        na = QPushButton("n/o")
        na.setFixedWidth(40)
        na.setCheckable(True)
        na.setToolTip("Not observable in this clip")
        group.addButton(na, NOT_OBSERVABLE)
        buttons.addWidget(na)
        group.idClicked.connect(lambda value, i=item: self.change_value(i, value))
        self.groups[item.id] = group
        holder = QWidget()
        holder.setLayout(buttons)
        grid.addWidget(holder, row, 1)
        note = QLineEdit()
        note.setMinimumWidth(80)
        note.setPlaceholderText("note")
        note.editingFinished.connect(lambda i=item, n=note: self.change_note(i, n.text()))
        self.notes[item.id] = note
        grid.addWidget(note, row, 2)
        link = QToolButton()
        link.setText("Link")
        link.setToolTip("Link the selected segments as evidence for this item")
        link.clicked.connect(lambda _=False, i=item: self.link_evidence(i))
        grid.addWidget(link, row, 3)
        count = QLabel()
        self.evidence[item.id] = count
        grid.addWidget(count, row, 4)

    # -- model → view --------------------------------------------------------------------------
    def _on_model_changed(self, change: Any) -> None:
        if change is not None and "rating" not in change.kinds:
            return
        ws = self.workspace
        if ws.project is None or ws.session is None or ws.scheme is None:
            self.total.setText("")
            return
        ratings = ws.project.ratings(ws.session.id)
        for item_id, group in self.groups.items():
            rating = ratings.get(item_id)
            chosen = NOT_OBSERVABLE if rating and rating.not_observable else (rating.value if rating else None)
            group.blockSignals(True)
            for button in group.buttons():
                button.setChecked(group.id(button) == chosen)
            group.blockSignals(False)
            note = self.notes[item_id]
            if not note.hasFocus():
                note.blockSignals(True)
                note.setText(rating.note if rating else "")
                note.blockSignals(False)
            self.evidence[item_id].setText(f"{len(rating.evidence)} ev." if rating and rating.evidence else "")
        lines = [t.describe() for t in totals(ws.scheme, ratings)]
        self.total.setText("<b>" + "<br>".join(lines) + "</b>" if lines else "")

    # -- view → commands -----------------------------------------------------------------------
    def _current(self, item: RatedItem) -> Rating | None:
        ws = self.workspace
        assert ws.project is not None and ws.session is not None
        return ws.project.ratings(ws.session.id).get(item.id)

    def change_value(self, item: RatedItem, value: int) -> None:
        ws = self.workspace
        if ws.session is None:
            return
        before = self._current(item)
        base = before or Rating(ws.session.id, item.id)
        if value == NOT_OBSERVABLE:
            after = replace(base, value=None, not_observable=not base.not_observable)
        elif base.value == value and not base.not_observable:
            after = replace(base, value=None)  # clicking the chosen value clears it
        else:
            after = replace(base, value=value, not_observable=False)
        ws.push(commands.set_rating(before, after, f"Rate item {item.number}"))
        self.status.emit(f"Item {item.number}: {after.value if after.value is not None else '—'}")

    def change_note(self, item: RatedItem, text: str) -> None:
        ws = self.workspace
        if ws.session is None:
            return
        before = self._current(item)
        if (before.note if before else "") == text:
            return
        after = replace(before or Rating(ws.session.id, item.id), note=text)
        ws.push(commands.set_rating(before, after, f"Note on item {item.number}"))

    def link_evidence(self, item: RatedItem) -> None:
        ws = self.workspace
        chosen = ws.selected_segments()
        if ws.session is None or not chosen:
            self.status.emit("Select segments on the timeline first")
            return
        before = self._current(item)
        base = before or Rating(ws.session.id, item.id)
        evidence = tuple(sorted(set(base.evidence) | {s.id for s in chosen}))
        pairs: list[commands.Pair] = [(before, replace(base, evidence=evidence))]
        pairs += [(s, replace(s, item=item.id)) for s in chosen if s.item != item.id]
        ws.push(commands.edit(f"Link evidence to item {item.number}", pairs))
        self.status.emit(f"Linked {len(chosen)} segment(s) to item {item.number}")


__all__ = ["RatingsPanel", "Qt"]
