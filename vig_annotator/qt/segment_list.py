"""The segment list: a sortable table of the session's segments, edited in place.

Clicking a row seeks to the segment and selects it; editing start, end, note or modifiers makes an
undoable command. Times are typed as timecodes (HH:MM:SS.mmm) and snap to the frame on screen.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from vig_annotator.core import commands
from vig_annotator.core.model import CodeKind, Segment
from vig_annotator.core.timebase import parse_timecode, timecode
from vig_annotator.io.tables import format_modifiers, parse_modifiers
from vig_annotator.qt.i18n import shown_modifiers, tr, tr_noop, tr_term
from vig_annotator.qt.player import Clock
from vig_annotator.qt.workspace import Workspace

COLUMNS = (tr_noop("Code"), tr_noop("Start"), tr_noop("End"), tr_noop("Duration"), tr_noop("Start frame"),
           tr_noop("End frame"), tr_noop("Modifiers"), tr_noop("Note"))
EDITABLE = {1, 2, 6, 7}
Index = QModelIndex | QPersistentModelIndex


class SegmentTableModel(QAbstractTableModel):
    """The workspace's current session's segments as rows."""

    error = Signal(str)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.now_ms: int | None = None
        """Where the clip is (``set_position``): an open segment's duration runs to here."""
        self.rows: list[Segment] = []
        self._row_of: dict[int, int] = {}
        self._codes: dict[str, Any] = {}
        self._sorted_by: tuple[int, Qt.SortOrder] = (1, Qt.SortOrder.AscendingOrder)
        workspace.session_changed.connect(self.reload)
        workspace.model_changed.connect(self._on_model_changed)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.workspace.segments()  # already in time order: the usual sort costs nothing
        self._codes = {c.id: c for c in self.workspace.scheme.codes} if self.workspace.scheme else {}
        if self._sorted_by != (1, Qt.SortOrder.AscendingOrder):
            self.rows.sort(key=self._key(self._sorted_by[0]),
                           reverse=self._sorted_by[1] == Qt.SortOrder.DescendingOrder)
        self._reindex()
        self.endResetModel()

    @staticmethod
    def _key(column: int) -> Any:
        if column == 0:
            return lambda s: (s.code_id, s.start_ms, s.id)
        if column == 6:
            return lambda s: (format_modifiers(s.modifiers), s.start_ms, s.id)
        field = ("", "start_ms", "end_ms", "duration_ms", "start_frame", "end_frame", "", "note")[column]
        return lambda s: (getattr(s, field), s.start_ms, s.id)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python, once (a sorting proxy asks for every cell again and again)."""
        self.layoutAboutToBeChanged.emit()
        self._sorted_by = (column, order)
        self.rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._reindex()
        self.layoutChanged.emit()

    def _reindex(self, start: int = 0) -> None:
        """Map segment ids to rows from ``start`` on (rows before an insertion or removal keep theirs)."""
        if start == 0:
            self._row_of = {seg.id: row for row, seg in enumerate(self.rows)}
            return
        row_of = self._row_of
        for row in range(start, len(self.rows)):
            row_of[self.rows[row].id] = row

    def _on_model_changed(self, change: Any) -> None:
        """Insert, update or remove just the rows an edit touched (a reset would re-sort everything)."""
        if "session" in change.kinds:
            self.reload()
            return
        if "segment" not in change.kinds or self.workspace.session is None:
            return
        project = self.workspace.project
        session_id = self.workspace.session.id
        assert project is not None
        for kind, seg_id in change.keys:
            if kind != "segment":
                continue
            current = project.entities["segment"].get(seg_id)
            mine = isinstance(current, Segment) and current.session_id == session_id
            row = self._row_of.get(seg_id)
            if row is not None and mine:
                self.rows[row] = current  # type: ignore[assignment]
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            elif row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                gone = self.rows.pop(row)
                self._row_of.pop(gone.id, None)
                self._reindex(row)
                self.endRemoveRows()
            elif mine:
                assert isinstance(current, Segment)
                key = self._key(self._sorted_by[0])
                if self._sorted_by[1] == Qt.SortOrder.AscendingOrder:
                    at = bisect.bisect_right(self.rows, key(current), key=key)
                else:
                    at = next((i for i, s in enumerate(self.rows) if key(s) < key(current)), len(self.rows))
                self.beginInsertRows(QModelIndex(), at, at)
                self.rows.insert(at, current)
                self._reindex(at)
                self.endInsertRows()

    def is_open(self, seg: Segment) -> bool:
        """A state segment still being coded live: stored with no length until its key ends it."""
        code = self._codes.get(seg.code_id)
        return seg.end_ms == seg.start_ms and code is not None and code.kind == CodeKind.STATE

    def set_position(self, ms: int) -> None:
        """The clip moved: the open segments' end and duration cells show where it is now."""
        self.now_ms = ms
        live = self.workspace.live
        for seg in live.open_segments() if live is not None else ():  # the few open ones, from the live index
            row = self._row_of.get(seg.id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 2), self.index(row, 3), [Qt.ItemDataRole.DisplayRole])

    def _running(self, seg: Segment, col: int) -> str:
        """An open segment's end ("running…") and duration so far ("▶ 3.200", to the position on screen)."""
        if col == 2:
            return tr("running…")
        if self.now_ms is None or self.now_ms < seg.start_ms:
            return "▶"
        return f"▶ {(self.now_ms - seg.start_ms) / 1000:.3f}"  # so far: fits the column a duration has

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        seg = self.rows[index.row()]
        col = index.column()
        code = self._codes.get(seg.code_id)
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and code is not None:
            return QColor(code.colour)
        if role == Qt.ItemDataRole.DisplayRole and col in (2, 3) and self.is_open(seg):
            return self._running(seg, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (2, 3) and self.is_open(seg):
            return tr("Still being coded: press the code's key again to end it")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = (tr_term(code.label) if code else seg.code_id, timecode(seg.start_ms), timecode(seg.end_ms),
                      f"{seg.duration_ms / 1000:.3f}", seg.start_frame, seg.end_frame,
                      format_modifiers(seg.modifiers), seg.note)
            if role == Qt.ItemDataRole.DisplayRole and col == 6:  # edited as stored, shown in the user's language
                return shown_modifiers(seg.modifiers)
            return values[col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (1, 2):
            return tr("Type a time as HH:MM:SS.mmm; it snaps to the start of the frame on screen then")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        seg = self.rows[index.row()]
        tb = self.workspace.timebase
        col = index.column()
        try:
            if col in (1, 2):
                ms = tb.snap(parse_timecode(str(value)))
                start, end = (ms, seg.end_ms) if col == 1 else (seg.start_ms, ms)
                if seg.start_ms == seg.end_ms:  # a point event moves as a whole
                    start = end = ms
                if end < start:
                    raise ValueError(tr("the end ({end}) would come before the start ({start})").format(
                        end=timecode(end), start=timecode(start)))
                after = replace(seg, start_ms=start, end_ms=end, start_frame=tb.frame_at(start),
                                end_frame=tb.frame_at(end))
                label = tr_noop("Edit start") if col == 1 else tr_noop("Edit end")
            elif col == 6:
                after = replace(seg, modifiers=parse_modifiers(str(value)))
                label = tr_noop("Edit modifiers")
            elif col == 7:
                after = replace(seg, note=str(value))
                label = tr_noop("Edit note")
            else:
                return False
        except ValueError as exc:
            self.error.emit(str(exc))
            return False
        if after != seg and self.workspace.run(commands.change_segment(seg, after, label)) is None:
            return False  # refused: the window says why
        return True


class SegmentList(QWidget):
    """Sortable, editable table of segments; selecting a row seeks to it."""

    seek_requested = Signal(int)
    status = Signal(str)

    def __init__(self, workspace: Workspace, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = SegmentTableModel(workspace)
        if clock is not None:  # an open segment's duration follows the clip
            self.model.now_ms = clock.position
            clock.position_changed.connect(self.model.set_position)
        self.model.error.connect(self.status)
        self.table = QTableView()
        self.table.setAccessibleName(tr("Segments"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        for column, width in enumerate((190, 100, 100, 70, 80, 80, 160)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(20)
        self.table.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        workspace.selection_changed.connect(self._on_selection_changed)

    def segment_at(self, row: int) -> Segment:
        return self.model.rows[row]

    def _clicked(self, index: QModelIndex) -> None:
        seg = self.segment_at(index.row())
        self.workspace.select({seg.id})
        self.seek_requested.emit(seg.start_ms)

    def _on_selection_changed(self) -> None:
        selection = self.workspace.selection
        sel_model = self.table.selectionModel()
        sel_model.blockSignals(True)
        sel_model.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for seg_id in selection:
            row = self.model._row_of.get(seg_id)
            if row is not None:
                sel_model.select(self.model.index(row, 0), flags)
        sel_model.blockSignals(False)
        self.table.viewport().update()
