"""The score sheet: a value per rated item, a note, linked evidence, and the running total and band."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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
from vig_annotator.core.scoring import Total, totals
from vig_annotator.qt.i18n import tr, tr_term
from vig_annotator.qt.style import button_width
from vig_annotator.qt.workspace import Workspace

NOT_OBSERVABLE = None
"""The n/o button's value. Each button carries its own value: a button group's ids are not values
(``addButton(button, -1)`` asks Qt to invent one, and it invents −2)."""


class RatingsPanel(QWidget):
    """Value buttons per item; every click or note is an undoable command."""

    status = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.groups: dict[str, dict[int | None, QPushButton]] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.evidence: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.total = QLabel()
        self.total.setAccessibleName(tr("Total and band"))
        self.total.setWordWrap(True)
        outer.addWidget(self.total)
        self.items_area = QScrollArea()
        self.items_area.setWidgetResizable(True)
        outer.addWidget(self.items_area, 1)
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
            grid.addWidget(QLabel(tr("This session's scheme has no rated items.")), 0, 0)
        else:
            for row, item in enumerate(scheme.rated_items):
                self._add_item_row(grid, row, item)
            grid.setColumnStretch(1, 1)
            grid.setRowStretch(2 * len(scheme.rated_items), 1)
        self.items_area.setWidget(body)
        self._on_model_changed(None)

    def _add_item_row(self, grid: QGridLayout, row: int, item: RatedItem) -> None:
        label = QLabel(f"{item.number}. {tr_term(item.label)}")
        label.setWordWrap(True)
        label.setToolTip(item.description or tr_term(item.label))
        grid.addWidget(label, 2 * row, 0, 1, 2)  # the item's name over its buttons: the sheet fits a narrow tab
        buttons = QHBoxLayout()
        group: dict[int | None, QPushButton] = {}
        for value in item.values:
            button = QPushButton(str(value.value))
            button.setCheckable(True)
            button.setProperty("role", "rating")  # its look when chosen: ui/theme/app.qss
            button.setFixedWidth(button_width(button, "00", self.font()))
            button.setToolTip(value.label or tr("score {value}").format(value=value.value))
            button.setAccessibleName(f"{item.label}: {value.value}")
            group[value.value] = button
        na = QPushButton(tr("n/o", "not observable"))
        na.setFixedWidth(button_width(na, na.text(), self.font()))
        na.setCheckable(True)
        na.setProperty("role", "rating")
        na.setToolTip(tr("Not observable in this clip"))
        na.setAccessibleName(tr("{item}: not observable").format(item=item.label))
        group[NOT_OBSERVABLE] = na
        for value_of_button, button in group.items():
            button.clicked.connect(lambda _=False, i=item, v=value_of_button: self.change_value(i, v))
            buttons.addWidget(button)
        self.groups[item.id] = group
        holder = QWidget()
        holder.setLayout(buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(holder, 2 * row + 1, 0)
        note = QLineEdit()
        note.setMinimumWidth(note.fontMetrics().horizontalAdvance("0") * 10)
        note.setPlaceholderText(tr("note"))
        note.textEdited.connect(lambda text, i=item: self.change_note(i, text))  # saved as typed
        self.notes[item.id] = note
        grid.addWidget(note, 2 * row + 1, 1, 1, 3)
        link = QToolButton()
        link.setText(tr("Link"))
        link.setToolTip(tr("Link the selected segments as evidence for this item"))
        link.clicked.connect(lambda _=False, i=item: self.link_evidence(i))
        grid.addWidget(link, 2 * row, 2)
        count = QLabel()
        self.evidence[item.id] = count
        grid.addWidget(count, 2 * row, 3)

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
            unobservable = bool(rating and rating.not_observable)
            for value, button in group.items():
                button.blockSignals(True)
                button.setChecked(unobservable if value is NOT_OBSERVABLE
                                  else rating is not None and not unobservable and rating.value == value)
                button.blockSignals(False)
            note = self.notes[item_id]
            if change is None or change.initiator is not self:  # not while the user types it here
                note.blockSignals(True)
                note.setText(rating.note if rating else "")
                note.blockSignals(False)
            self.evidence[item_id].setText(tr("%n ev.", "evidence segments", n=len(rating.evidence))
                                           if rating and rating.evidence else "")
        lines = [describe(t) for t in totals(ws.scheme, ratings)]
        self.total.setText("<b>" + "<br>".join(lines) + "</b>" if lines else "")

    # -- view → commands -----------------------------------------------------------------------
    def _current(self, item: RatedItem) -> Rating | None:
        ws = self.workspace
        assert ws.project is not None and ws.session is not None
        return ws.project.ratings(ws.session.id).get(item.id)

    def change_value(self, item: RatedItem, value: int | None) -> None:
        """A click on a value (``None``: not observable); clicking the chosen one clears it."""
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
        label = tr("Rate item {n}").format(n=item.number)
        if ws.run(commands.set_rating(before, after, label), initiator=self) is None:
            self._on_model_changed(None)  # refused: show the rating as it still is
            return
        self.status.emit(tr("Item {n}: {value}").format(n=item.number,
                                                       value=after.value if after.value is not None else "—"))

    def change_note(self, item: RatedItem, text: str) -> None:
        ws = self.workspace
        if ws.session is None:
            return
        before = self._current(item)
        if (before.note if before else "") == text:
            return
        after = replace(before or Rating(ws.session.id, item.id), note=text)
        ws.run(commands.set_rating(before, after, tr("Note on item {n}").format(n=item.number),
                                   ("rating note", item.id)),
               initiator=self)

    def link_evidence(self, item: RatedItem) -> None:
        ws = self.workspace
        chosen = ws.selected_segments()
        if ws.session is None or not chosen:
            self.status.emit(tr("Select segments on the timeline first"))
            return
        before = self._current(item)
        base = before or Rating(ws.session.id, item.id)
        evidence = tuple(sorted(set(base.evidence) | {s.id for s in chosen}))
        pairs: list[commands.Pair] = [(before, replace(base, evidence=evidence))]
        pairs += [(s, replace(s, item=item.id)) for s in chosen if s.item != item.id]
        if ws.run(commands.edit(tr("Link evidence to item {n}").format(n=item.number), pairs)) is None:
            return
        self.status.emit(tr("Linked %n segment(s) to item {item}", n=len(chosen)).format(item=item.number))


__all__ = ["RatingsPanel", "Qt"]


def describe(total: Total) -> str:
    """A composite's total and band in the user's language ("PIIOS-totaal: 20 — Enige zorgen")."""
    band = tr_term(total.band.label) if total.band else tr("no band")
    state = "" if total.complete else tr(" (incomplete: %n item(s) not rated)", n=len(total.missing))
    return f"{tr_term(total.composite.label)}: {total.total} — {band}{state}"
