"""The Analysis panel: contingency, lag-sequential transitions and movement synchrony of chosen sessions.

It writes only a clip's regions per person (the undoable edit "Set regions") and the motion energy
computed from them (kept, not an undo step, so the clip is not decoded again). Figures come from
``vig_annotator.analysis`` — the same functions the ``analyse`` command runs — and every table and plot
can be exported (CSV/XLSX, PNG/SVG).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.analysis.contingency import Contingency, SessionEvents, contingency
from vig_annotator.analysis.motion_energy import MotionEnergy, Region
from vig_annotator.analysis.saved_motion import cache_motion, cached_motion, saved_regions, set_regions
from vig_annotator.analysis.sequences import Transitions, transitions
from vig_annotator.analysis.synchrony import Synchrony, frame_rate, resample, synchrony
from vig_annotator.core.commands import Command
from vig_annotator.core.model import Clip
from vig_annotator.core.project import Change, Project
from vig_annotator.io.table_files import write_tables
from vig_annotator.media.frames import read_frame
from vig_annotator.media.probe import MediaError
from vig_annotator.qt import analysis_forms as forms
from vig_annotator.qt import analysis_plots as plots
from vig_annotator.qt import analysis_texts as texts
from vig_annotator.qt.analysis_turns import TurnsTab
from vig_annotator.qt.background import to_qimage
from vig_annotator.qt.i18n import tr, tr_term
from vig_annotator.qt.motion_job import MotionJob
from vig_annotator.qt.regions_editor import RegionsEditor
from vig_annotator.qt.style import text_height
from vig_annotator.store.clips import resolve

_THRESHOLD = 12  # grey-level change counted as motion: the command line's default


class AnalysisPanel(QWidget):
    """Tabs for contingency, sequences and synchrony over the sessions ticked on the left."""

    synchrony_ready = Signal(object)

    def __init__(self, project: Project, parent: QWidget | None = None,
                 run: Callable[..., Any] | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._run: Callable[..., Any] = run or project.run
        """The one write path: the workspace's runner in the app (it says why an edit is refused)."""
        self.motion_computed = 0
        """How many times motion energy was decoded from a clip (the rest came from the project's cache)."""
        self.tables: dict[str, pd.DataFrame] = {}
        self._job: MotionJob | None = None
        self.sessions = QListWidget()
        self._list_sessions()
        self.sessions.itemChanged.connect(lambda _item: self._on_sessions_changed())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._contingency_tab(), tr("Contingency"))
        self.tabs.addTab(self._sequences_tab(), tr("Sequences"))
        self.tabs.addTab(self._synchrony_tab(), tr("Synchrony"))
        self.turns = TurnsTab(project, self.chosen_sessions)
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
        self.destroyed.connect(project.subscribe(self._on_project_changed))

    # -- building ---------------------------------------------------------------------------------
    def _contingency_tab(self) -> QWidget:
        self.given, self.target = QComboBox(), QComboBox()
        self.window_from, self.window_to = forms.seconds(0.0), forms.seconds(2.0)
        self.permutations = QSpinBox()
        self.permutations.setRange(0, 100_000)
        self.permutations.setValue(1000)
        run = QPushButton(tr("Compute"))
        run.clicked.connect(self.compute_contingency)
        form = QFormLayout()
        form.addRow(tr("Given (cue)"), self.given)
        form.addRow(tr("Target (response)"), self.target)
        window = QHBoxLayout()
        window.addWidget(self.window_from)
        window.addWidget(QLabel(tr("to")))
        window.addWidget(self.window_to)
        window.addWidget(QLabel(tr("s after the cue's onset")))
        form.addRow(tr("Window"), window)
        form.addRow(tr("Time shifts (p-value)"), self.permutations)
        self.contingency_text, self.contingency_table = forms.summary(), QTableWidget()
        self.latency_plot = plots.new_plot(tr("Latency"))
        return forms.tab(form, run, self.contingency_text, self.contingency_table, self.latency_plot)

    def _sequences_tab(self) -> QWidget:
        self.codes = QListWidget()
        self.codes.setMaximumHeight(text_height(self.codes, 6))
        self.lag = QSpinBox()
        self.lag.setRange(1, 10)
        self.within = forms.seconds(0.0)
        self.within.setSpecialValueText(tr("any time (event lag)"))
        run = QPushButton(tr("Compute"))
        run.clicked.connect(self.compute_sequences)
        form = QFormLayout()
        form.addRow(tr("Codes"), self.codes)
        form.addRow(tr("Lag (events)"), self.lag)
        form.addRow(tr("Only pairs within (s)"), self.within)
        self.sequences_text, self.sequences_table = forms.summary(), QTableWidget()
        self.heatmap = plots.new_plot(tr("Adjusted residuals"))
        return forms.tab(form, run, self.sequences_text, self.sequences_table, self.heatmap)

    def _synchrony_tab(self) -> QWidget:
        self.region_editor = RegionsEditor(self._still, self.save_regions)
        self.regions, self.picture = self.region_editor.line, self.region_editor.picture
        self.sync_window, self.max_lag = forms.seconds(30.0), forms.seconds(5.0)
        run = QPushButton(tr("Compute from the first ticked session's clip"))
        run.clicked.connect(self.start_synchrony)
        self.cancel = QPushButton(tr("Cancel"))
        self.cancel.setEnabled(False)
        self.cancel.clicked.connect(self.cancel_synchrony)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        form = QFormLayout()
        form.addRow(tr("Regions"), self.region_editor)
        form.addRow(tr("Window (s)"), self.sync_window)
        form.addRow(tr("Largest lag (s)"), self.max_lag)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel)
        form.addRow(row)
        self.synchrony_text, self.synchrony_table = forms.summary(), QTableWidget()
        self.region_editor.failed.connect(self.synchrony_text.setText)
        self.over_time, self.profile = plots.new_plot(tr("Synchrony over time")), plots.new_plot(tr("Lag profile"))
        return forms.tab(form, run, self.synchrony_text, self.synchrony_table, self.over_time, self.profile)

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

    def _on_project_changed(self, change: Change) -> None:
        if change.kinds & {"session", "segment", "clip", "coder"}:
            self._list_sessions()
            self._on_sessions_changed()
        elif "setting" in change.kinds:
            self._show_saved_regions()

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
        for combo in (self.given, self.target):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for cid, label in codes.items():
                combo.addItem(f"{label} ({cid})", cid)
            if current in codes:
                combo.setCurrentIndex(list(codes).index(current))
            combo.blockSignals(False)
        if self.target.count() > 1 and self.target.currentIndex() == self.given.currentIndex():
            self.target.setCurrentIndex(1)
        self.codes.blockSignals(True)
        self.codes.clear()
        for cid in codes:
            item = QListWidgetItem(cid)
            item.setCheckState(Qt.CheckState.Checked if cid in used else Qt.CheckState.Unchecked)
            self.codes.addItem(item)
        self.codes.blockSignals(False)
        self.turns.show_codes(list({c.id: c for sid in self.chosen_sessions()
                                    for c in self.project.scheme_of(self.project.session(sid)).codes}.values()))
        self._show_saved_regions()

    def clip(self) -> Clip | None:
        """The clip whose regions and motion the Synchrony tab uses: the first ticked session's, else the only one."""
        chosen = self.chosen_sessions()
        if chosen:
            return self.project.clip(self.project.session(chosen[0]).clip_id)
        return self.project.clips[0] if len(self.project.clips) == 1 else None

    def _show_saved_regions(self) -> None:
        clip = self.clip()
        saved = saved_regions(self.project, clip) if clip is not None else {}
        self.regions.setText(forms.region_text(saved))

    def _still(self) -> QImage:
        """A still from the middle of the clip, upright, for drawing its regions on."""
        clip = self.clip()
        if clip is None:
            raise ValueError(tr("Tick a session whose clip to show."))
        try:
            return to_qimage(read_frame(resolve(self.project, clip), clip.frame_count // 2))
        except (ValueError, OSError, MediaError) as exc:
            raise ValueError(f"{clip.path}: {exc}") from None

    def show_picture(self) -> None:
        self.region_editor.show_picture()

    def save_regions(self) -> dict[str, Region] | None:
        """The typed regions, saved for the clip (undoable "Set regions") unless the project is read-only.

        None, with the reason said in the panel, when they are not two well-formed regions.
        """
        clip = self.clip()
        try:
            regions = forms.parse_regions(self.regions.text())
            if clip is None:
                raise ValueError(tr("Tick a session whose clip the regions belong to."))
        except ValueError as exc:
            self._say(self.synchrony_text, str(exc))
            return None
        command: Command = set_regions(self.project, clip, regions)
        if command.pairs and not self.project.backend.read_only:
            self._run(command)
        return regions

    def _events(self) -> list[tuple[str, list[tuple[str, int, int]], tuple[int, int]]]:
        out = []
        for sid in self.chosen_sessions():
            session = self.project.session(sid)
            events = [(s.code_id, s.start_ms, s.end_ms) for s in self.project.segments(sid)]
            duration = self.project.clip(session.clip_id).duration_ms or max((e[2] for e in events), default=0)
            out.append((f"session {sid}", events, (0, int(duration))))
        return out

    # -- computing ----------------------------------------------------------------------------------
    def compute_contingency(self) -> Contingency | None:
        sessions = [SessionEvents(e, span, label) for label, e, span in self._events()]
        given, target = self.given.currentData(), self.target.currentData()
        if not sessions or given is None or target is None:
            self._say(self.contingency_text, tr("Tick at least one session with codes."))
            return None
        try:
            result = contingency(sessions, given, target,
                                 (self.window_from.value() * 1000, self.window_to.value() * 1000),
                                 self.permutations.value(), label="pooled" if len(sessions) > 1 else sessions[0].label)
        except ValueError as exc:
            self._say(self.contingency_text, str(exc))
            return None
        row = {k: v for k, v in result.as_dict().items() if k not in ("latencies_s", "method", "window_s")}
        self.tables["contingency"] = pd.DataFrame([{"window_s": f"{result.window_s[0]:g}-{result.window_s[1]:g}",
                                                    **row}])
        forms.fill(self.contingency_table, self.tables["contingency"])
        self.contingency_text.setText(texts.contingency_summary(result))
        plots.latency_histogram(self.latency_plot, result)
        return result

    def compute_sequences(self) -> Transitions | None:
        items = (self.codes.item(i) for i in range(self.codes.count()))
        codes = [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]
        sessions = [(label, events) for label, events, _ in self._events()]
        try:
            result = transitions(sessions, codes, self.lag.value(), self.within.value() * 1000 or None)
        except ValueError as exc:
            self._say(self.sequences_text, str(exc))
            return None
        rows = []
        for p in result.pairs():
            row = {k: v for k, v in p.items() if k not in ("per_session", "odds_ratio_ci95")}
            row["or_ci95_low"], row["or_ci95_high"] = p["odds_ratio_ci95"]
            row.update({f"z {s['session']}": s["adjusted_residual"] for s in p.get("per_session", [])})
            rows.append(row)
        self.tables["transitions"] = pd.DataFrame(rows)
        forms.fill(self.sequences_table, self.tables["transitions"])
        self.sequences_text.setText(tr("{n} transitions among {codes} codes. Method: {method}.").format(
            n=result.n, codes=len(codes), method=result.method))
        plots.residual_heatmap(self.heatmap, result)
        return result

    def start_synchrony(self) -> None:
        """Compute motion energy of the regions on the first ticked session's clip, off the GUI thread."""
        regions = self.save_regions()
        clip = self.clip()
        if regions is None or clip is None:
            return
        cached = cached_motion(self.project, clip, regions, _THRESHOLD)
        if cached is not None:
            self.progress.setValue(100)
            self._on_motion_finished(cached)
            return
        job = self._job = MotionJob(self)
        job.progress.connect(lambda share: self.progress.setValue(int(share * 100)))
        job.finished.connect(lambda motion: self._keep_motion(clip, motion))
        job.failed.connect(self._on_motion_failed)
        self.cancel.setEnabled(True)
        self.motion_computed += 1
        job.compute(resolve(self.project, clip), regions, _THRESHOLD)

    def cancel_synchrony(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _on_motion_failed(self, message: str) -> None:
        self._say(self.synchrony_text, message)
        self.cancel.setEnabled(False)

    def _keep_motion(self, clip: Clip, motion: MotionEnergy) -> None:
        """Keep the computed motion in the project (computed data: not an undo step), then show synchrony."""
        if not self.project.backend.read_only:
            self._run(cache_motion(self.project, clip, motion), undoable=False)
        self._on_motion_finished(motion)

    def _on_motion_finished(self, motion: MotionEnergy) -> None:
        self.cancel.setEnabled(False)
        names = list(motion.energy)
        rate = frame_rate(motion.times_ms)
        a, b = (resample(motion.times_ms, motion.energy[n], rate) for n in names[:2])
        try:
            result = synchrony(a, b, rate, self.sync_window.value(), self.max_lag.value())
        except ValueError as exc:
            self._say(self.synchrony_text, str(exc))
            return
        self.show_synchrony(result, names, float(motion.times_ms[0]) / 1000)

    def show_synchrony(self, result: Synchrony, names: list[str], offset_s: float = 0.0) -> None:
        doc = result.as_dict()
        self.tables["windows"] = pd.DataFrame([{**w, "start_s": (w["start_s"] or 0) + offset_s}
                                               for w in doc["windows"]])
        self.tables["lag_profile"] = pd.DataFrame(doc["lag_profile"])
        forms.fill(self.synchrony_table, self.tables["windows"])
        self.synchrony_text.setText(texts.synchrony_summary(result, names))
        plots.synchrony_over_time(self.over_time, result, offset_s)
        self.over_time.setVisible(len(result.window_starts_s) > 1)  # one window: nothing over time to draw
        plots.lag_profile(self.profile, result, names)
        self.synchrony_ready.emit(result)

    def _say(self, label: QLabel, message: str) -> None:
        label.setText(message)

    # -- exporting -----------------------------------------------------------------------------
    def current_plot(self) -> Any:
        return [self.latency_plot, self.heatmap, self.over_time, self.turns.plot][self.tabs.currentIndex()]

    def current_tables(self) -> dict[str, pd.DataFrame]:
        if self.tabs.currentWidget() is self.turns:
            return {"turns": self.turns.table_frame} if self.turns.table_frame is not None else {}
        names = [("contingency",), ("transitions",), ("windows", "lag_profile")][self.tabs.currentIndex()]
        return {n: self.tables[n] for n in names if n in self.tables}

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
        if self.tabs.currentIndex() == 2 and self.over_time.isHidden():  # one window: only the lag profile
            return [plots.export_plot(self.profile, path)]
        written = [plots.export_plot(self.current_plot(), path)]
        if self.tabs.currentIndex() == 2:
            written.append(plots.export_plot(self.profile, path.with_name(f"{path.stem}-lag-profile{path.suffix}")))
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
