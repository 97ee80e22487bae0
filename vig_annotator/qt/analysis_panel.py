"""The Analysis panel: contingency, lag-sequential transitions, movement synchrony and turn-taking of chosen sessions.

The sessions to pool are ticked on the left; each tab is its own widget (``analysis_contingency``,
``analysis_sequences``, ``analysis_synchrony``, ``analysis_turns``). The panel follows the project through
the workspace's ``model_changed``, like every other view, and writes only through the workspace's ``run``:
a clip's regions per person and the motion energy computed from them (see ``analysis_synchrony``). Figures
come from ``vig_annotator.analysis`` — the same functions the ``analyse`` command runs — and every table and
plot can be exported (CSV/XLSX, PNG/SVG).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.core.changes import Change
from vig_annotator.io.table_files import write_tables
from vig_annotator.qt import analysis_plots as plots
from vig_annotator.qt.analysis_contingency import ContingencyTab, Events
from vig_annotator.qt.analysis_sequences import SequencesTab
from vig_annotator.qt.analysis_synchrony import SynchronyTab
from vig_annotator.qt.analysis_turns import TurnsTab
from vig_annotator.qt.i18n import tr, tr_term
from vig_annotator.qt.workspace import Workspace


class AnalysisPanel(QWidget):
    """Tabs for contingency, sequences, synchrony and turn-taking over the sessions ticked on the left."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert workspace.project is not None, "the Analysis panel shows an open project"
        self.workspace = workspace
        self.project = workspace.project
        self.sessions = QListWidget()
        self._list_sessions()
        self.sessions.itemChanged.connect(lambda _item: self._on_sessions_changed())
        self.contingency = ContingencyTab(self._events)
        self.sequences = SequencesTab(self._events)
        self.synchrony = SynchronyTab(self.project, workspace.run, self.chosen_sessions)
        self.turns = TurnsTab(self.project, self.chosen_sessions)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.contingency, tr("Contingency"))
        self.tabs.addTab(self.sequences, tr("Sequences"))
        self.tabs.addTab(self.synchrony, tr("Synchrony"))
        self.tabs.addTab(self.turns, tr("Turn-taking"))
        export_table = QPushButton(tr("Export table…"))
        export_table.clicked.connect(self._ask_export_table)
        export_plot = QPushButton(tr("Export plot…"))
        export_plot.clicked.connect(self._ask_export_plot)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(export_table)
        buttons.addWidget(export_plot)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(QLabel(tr("Sessions (pooled when several)")))
        column.addWidget(self.sessions)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        layout.addLayout(buttons)
        self._on_sessions_changed()
        workspace.model_changed.connect(self._on_model_changed)

    # -- model → widgets ------------------------------------------------------------------------
    def _list_sessions(self) -> None:
        """One tickable row per session; ticks kept, or (none yet) the coded sessions of the first coded scheme."""
        kept = set(self.chosen_sessions()) or None
        coded = [s for s in self.project.sessions if self.project.segments(s.id)]
        scheme = coded[0].scheme_id if coded else None
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for s in self.project.sessions:
            n = len(self.project.segments(s.id))
            item = QListWidgetItem(f"#{s.id} {self.project.clip(s.clip_id).case_id} · "
                                   f"{self.project.coder(s.coder_id).initials} · {s.scheme_id} "
                                   + tr("({n} events)").format(n=n))
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            ticked = s.id in kept if kept is not None else bool(n) and s.scheme_id == scheme
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.sessions.addItem(item)
        self.sessions.blockSignals(False)

    def _on_model_changed(self, change: Change) -> None:
        if self.workspace.project is not self.project:  # another project opened: this panel is closing
            return
        if change.kinds & {"session", "segment", "clip", "coder"}:
            self._list_sessions()
            self._on_sessions_changed()
        elif "setting" in change.kinds:
            self.synchrony.show_saved_regions()

    def chosen_sessions(self) -> list[int]:
        items = (self.sessions.item(i) for i in range(self.sessions.count()))
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _on_sessions_changed(self) -> None:
        codes: dict[str, str] = {}
        used: set[str] = set()
        for sid in self.chosen_sessions():
            session = self.project.session(sid)
            codes.update({c.id: tr_term(c.label) for c in self.project.scheme_of(session).codes})
            used |= {seg.code_id for seg in self.project.segments(sid)}
        self.contingency.show_codes(codes)
        self.sequences.show_codes(codes, used)
        self.turns.show_codes(list({c.id: c for sid in self.chosen_sessions()
                                    for c in self.project.scheme_of(self.project.session(sid)).codes}.values()))
        self.synchrony.show_saved_regions()

    def _events(self) -> Events:
        out = []
        for sid in self.chosen_sessions():
            session = self.project.session(sid)
            events = [(s.code_id, s.start_ms, s.end_ms) for s in self.project.segments(sid)]
            duration = self.project.clip(session.clip_id).duration_ms or max((e[2] for e in events), default=0)
            out.append((f"session {sid}", events, (0, int(duration))))
        return out

    # -- exporting -----------------------------------------------------------------------------
    def current_plot(self) -> Any:
        return [self.contingency.plot, self.sequences.plot, self.synchrony.over_time,
                self.turns.plot][self.tabs.currentIndex()]

    def current_tables(self) -> dict[str, pd.DataFrame]:
        tab = self.tabs.currentWidget()
        if tab is self.turns:
            return {"turns": self.turns.table_frame} if self.turns.table_frame is not None else {}
        return dict(tab.tables) if isinstance(tab, ContingencyTab | SequencesTab | SynchronyTab) else {}

    def export_table(self, path: str | Path) -> list[Path]:
        tables = self.current_tables()
        if not tables:
            raise ValueError(tr("compute something first: there is no table to export"))
        fmt = Path(path).suffix.lower().lstrip(".")
        if fmt not in ("csv", "xlsx"):
            raise ValueError(tr("{name}: expected a .csv or .xlsx file name").format(name=Path(path).name))
        return write_tables(tables, fmt, path)

    def export_plot(self, path: str | Path) -> list[Path]:
        """The current tab's plot; on the synchrony tab also the lag profile, beside it as NAME-lag-profile."""
        path = Path(path)
        profile = self.synchrony.profile
        if self.tabs.currentWidget() is self.synchrony and self.synchrony.over_time.isHidden():  # one window
            return [plots.export_plot(profile, path)]  # only the lag profile
        written = [plots.export_plot(self.current_plot(), path)]
        if self.tabs.currentWidget() is self.synchrony:
            written.append(plots.export_plot(profile, path.with_name(f"{path.stem}-lag-profile{path.suffix}")))
        return written

    def _ask_export_table(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export table"), "analysis.xlsx",
                                              tr("Excel (*.xlsx);;CSV (*.csv)"))
        if path:
            self._try(lambda: self.export_table(path))

    def _ask_export_plot(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export plot"), "analysis.png", tr("PNG (*.png);;SVG (*.svg)"))
        if path:
            self._try(lambda: self.export_plot(path))

    def _try(self, action: Any) -> None:
        try:
            action()
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, tr("Export"), str(exc))
