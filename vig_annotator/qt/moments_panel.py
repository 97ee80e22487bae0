"""VIG moments: the list in review order, and the chosen moment's principles, caption and questions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.core import commands
from vig_annotator.core.changes import Change
from vig_annotator.core.model import LONG_MOMENT_MS, Moment, Principle
from vig_annotator.core.timebase import timecode
from vig_annotator.qt.i18n import tr, tr_noop, tr_term
from vig_annotator.qt.style import text_height
from vig_annotator.qt.workspace import Workspace
from vig_annotator.schemes import builtin


def principles_for(workspace: Workspace) -> tuple[Principle, ...]:
    """The session scheme's principles, else the project's pinned VIG scheme's, else the built-in."""
    if workspace.scheme is not None and workspace.scheme.principles:
        return workspace.scheme.principles
    if workspace.project is not None:
        for scheme in reversed(workspace.project.schemes):
            if scheme.principles:
                return scheme.principles
    return builtin("vig").principles


def tag_label(tag: str, principles: tuple[Principle, ...]) -> str:
    """A moment tag is a principle id, or ``id/N`` for the principle's sub-item N (1-based)."""
    pid, _, sub = tag.partition("/")
    for p in principles:
        if p.id == pid:
            if sub.isdigit() and 0 < int(sub) <= len(p.sub_items):
                return f"{p.number}.{sub} {tr_term(p.sub_items[int(sub) - 1])}"
            return f"{p.number}. {tr_term(p.label)}"
    return tag


class MomentsPanel(QWidget):
    """Edit moments; every change is an undoable command."""

    seek_requested = Signal(int)
    loop_requested = Signal(int, int)
    status = Signal(str)

    def __init__(self, workspace: Workspace, playhead: Callable[[], int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.playhead = playhead
        self.current_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        hint = QLabel(tr("I / O mark a moment's in and out at the playhead; or drag on the moments row."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Moments"))
        self.list.currentRowChanged.connect(self._on_row)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        second = QHBoxLayout()  # two rows of buttons: the panel fits a narrow tab beside the video
        for text, tip, slot in (("▲", tr("Earlier in the review"), lambda: self.move_in_review(-1)),
                                ("▼", tr("Later in the review"), lambda: self.move_in_review(1)),
                                (tr("⟲ Loop"), tr("Loop this moment"), self.loop),
                                (tr("Key frame"), tr("Use the frame on screen as the key still"), self.set_key),
                                (tr("Delete"), tr("Delete this moment"), self.delete)):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            (row if row.count() < 3 else second).addWidget(button)
        layout.addLayout(row)
        layout.addLayout(second)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.times = QLabel()
        self.times.setWordWrap(True)  # unwrapped, its one long line would push the tab wider than the dock
        form.addRow(tr("Time"), self.times)
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(tr("Speaking for the baby: “When you wait, I can tell you…”"))
        self.caption.textEdited.connect(lambda text: self._type("caption", text))
        caption_row = QHBoxLayout()
        caption_row.addWidget(self.caption, 1)
        self.from_transcript = QPushButton(tr("From transcript…"))
        self.from_transcript.setToolTip(tr("Take the caption from an utterance that overlaps this moment"))
        self.from_transcript.clicked.connect(self.caption_from_transcript)
        caption_row.addWidget(self.from_transcript)
        form.addRow(tr("Caption"), caption_row)
        self.questions = QPlainTextEdit()
        self.questions.setPlaceholderText(tr("Questions to ask the parent in the review"))
        self.questions.setFixedHeight(text_height(self.questions, 2.5))
        self.questions.textChanged.connect(lambda: self._type("questions", self.questions.toPlainText()))
        form.addRow(tr("Questions"), self.questions)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(tr("Guider's own notes (only in the supervision pack)"))
        self.notes.setFixedHeight(text_height(self.notes, 2))
        self.notes.textChanged.connect(lambda: self._type("guider_notes", self.notes.toPlainText()))
        form.addRow(tr("Notes"), self.notes)
        saved = QLabel(tr("Text is saved as you type."))
        saved.setEnabled(False)
        form.addRow("", saved)
        layout.addLayout(form)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("VIG principles and sub-items")])
        self.tree.itemChanged.connect(self._on_tag_changed)
        layout.addWidget(self.tree, 2)
        workspace.session_changed.connect(self.reload)
        workspace.model_changed.connect(self._on_model_changed)
        self.reload()

    # -- model → view --------------------------------------------------------------------------
    def moments(self) -> list[Moment]:
        ws = self.workspace
        return ws.project.moments(ws.session.id) if ws.project and ws.session else []

    def current(self) -> Moment | None:
        for m in self.moments():
            if m.id == self.current_id:
                return m
        return None

    def _on_model_changed(self, change: Change) -> None:
        if "moment" not in change.kinds:
            return
        if change.initiator is self:  # typed or ticked here: keep the cursor, just relabel the list
            self._relabel()
        else:
            self.reload()

    def _relabel(self) -> None:
        principles = principles_for(self.workspace)
        for row, m in enumerate(self.moments()):
            item = self.list.item(row)
            if item is not None:
                item.setText(self._label(m, principles))

    @staticmethod
    def _label(m: Moment, principles: tuple[Principle, ...]) -> str:
        length = (m.end_ms - m.start_ms) / 1000
        long = m.end_ms - m.start_ms > LONG_MOMENT_MS
        warn = "  " + tr("⚠ over {seconds} s").format(seconds=LONG_MOMENT_MS // 1000) if long else ""
        tags = ", ".join(tag_label(t, principles) for t in m.principles if "/" not in t)
        return f"{m.order}. {timecode(m.start_ms)} ({length:.1f} s){warn}  {tags}"

    def reload(self) -> None:
        principles = principles_for(self.workspace)
        self.list.blockSignals(True)
        self.list.clear()
        moments = self.moments()
        for m in moments:
            item = QListWidgetItem(self._label(m, principles))
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            if m.end_ms - m.start_ms > LONG_MOMENT_MS:
                item.setToolTip(tr("Moments shown in a review are usually {seconds} seconds or less").format(
                    seconds=LONG_MOMENT_MS // 1000))
            self.list.addItem(item)
        ids = [m.id for m in moments]
        if self.current_id not in ids:
            self.current_id = ids[0] if ids else None
        if self.current_id is not None:
            self.list.setCurrentRow(ids.index(self.current_id))
        self.list.blockSignals(False)
        self._show_current(principles)

    def _show_current(self, principles: tuple[Principle, ...]) -> None:
        m = self.current()
        for widget in (self.caption, self.from_transcript, self.questions, self.notes, self.tree):
            widget.setEnabled(m is not None)
        for widget, text in ((self.caption, m.caption if m else ""), (self.questions, m.questions if m else ""),
                             (self.notes, m.guider_notes if m else "")):
            widget.blockSignals(True)
            if isinstance(widget, QLineEdit):
                widget.setText(text)
            else:
                widget.setPlainText(text)
            widget.blockSignals(False)
        if m is None:
            self.times.setText("")
        else:
            key = tr(", key frame {time}").format(time=timecode(m.key_ms)) if m.key_ms is not None else ""
            self.times.setText(f"{timecode(m.start_ms)} – {timecode(m.end_ms)}{key}")
        self.tree.blockSignals(True)
        self.tree.clear()
        tags = set(m.principles) if m else set()
        for p in principles:
            top = QTreeWidgetItem([f"{p.number}. {tr_term(p.label)}"])
            top.setData(0, Qt.ItemDataRole.UserRole, p.id)
            top.setCheckState(0, Qt.CheckState.Checked if p.id in tags else Qt.CheckState.Unchecked)
            for n, sub in enumerate(p.sub_items, start=1):
                child = QTreeWidgetItem([tr_term(sub)])
                tag = f"{p.id}/{n}"
                child.setData(0, Qt.ItemDataRole.UserRole, tag)
                child.setCheckState(0, Qt.CheckState.Checked if tag in tags else Qt.CheckState.Unchecked)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(p.id in tags)
        self.tree.blockSignals(False)

    def select(self, moment_id: int) -> None:
        self.current_id = moment_id
        self.reload()

    def _on_row(self, row: int) -> None:
        item = self.list.item(row)
        if item is None:
            return
        self.current_id = item.data(Qt.ItemDataRole.UserRole)
        self._show_current(principles_for(self.workspace))
        m = self.current()
        if m is not None:
            self.seek_requested.emit(m.start_ms)

    # -- view → commands -----------------------------------------------------------------------
    def _edit(self, field: str, value: Any, label: str = tr_noop("Edit moment"), merge_key: Any = None) -> None:
        m = self.current()
        if m is None or getattr(m, field) == value:
            return
        command = commands.change_moment(m, replace(m, **{field: value}), label, merge_key)
        if self.workspace.run(command, initiator=self) is None:
            self.reload()  # refused: show the moment as it still is

    def _type(self, field: str, text: str) -> None:
        """Every keystroke is saved at once; a run of typing in one field is one step to undo."""
        labels = {"caption": tr_noop("Edit caption"), "questions": tr_noop("Edit questions"),
                  "guider_notes": tr_noop("Edit notes")}
        m = self.current()
        self._edit(field, text, labels[field], merge_key=("moment text", m.id if m else None, field))

    def _on_tag_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        tags: list[str] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            if top.checkState(0) == Qt.CheckState.Checked:
                tags.append(top.data(0, Qt.ItemDataRole.UserRole))
            for j in range(top.childCount()):
                child = top.child(j)
                if child is not None and child.checkState(0) == Qt.CheckState.Checked:
                    tags.append(child.data(0, Qt.ItemDataRole.UserRole))
        self._edit("principles", tuple(tags), tr_noop("Tag moment"))

    def move_in_review(self, step: int) -> None:
        moments = self.moments()
        m = self.current()
        if m is None:
            return
        i = moments.index(m)
        j = i + step
        if not 0 <= j < len(moments):
            return
        moments[i], moments[j] = moments[j], moments[i]
        self.workspace.run(commands.reorder_moments(moments))

    def loop(self) -> None:
        m = self.current()
        if m is not None:
            self.loop_requested.emit(m.start_ms, m.end_ms)

    def set_key(self) -> None:
        m = self.current()
        if m is not None:
            self.set_key_at(m, self.playhead())

    def set_key_at(self, m: Moment, ms: int) -> None:
        if not m.start_ms <= ms <= m.end_ms:
            self.status.emit(tr("The key frame must lie inside the moment"))
            return
        self._edit("key_ms", ms, tr_noop("Set key frame"))

    def caption_from_transcript(self) -> None:
        from vig_annotator.qt.transcript_caption import caption_from_transcript

        m = self.current()
        if m is not None:
            where = self.from_transcript.mapToGlobal(self.from_transcript.rect().bottomLeft())
            said = caption_from_transcript(self, self.workspace, m, where)
            if said:
                self.status.emit(said)

    def delete(self) -> None:
        m = self.current()
        if m is not None:
            self.workspace.run(commands.delete_moment(m))
