"""The Analysis panel's Turn-taking tab: vocal turns between parent and infant from coded vocalisations.

Per ticked session, per case (its sessions pooled) and across all of them: turns, conversational turns per
minute, median response latency each way, switching pauses, overlaps and monologue stretches. The figures
come from ``vig_annotator.analysis.turns`` — the same functions ``analyse turns`` runs — over the
segments of the codes ticked for each partner (accepted suggestions are ordinary segments, so they count).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QListWidget, QListWidgetItem, QPushButton, QTableWidget, QVBoxLayout, QWidget

from vig_annotator.analysis import turns
from vig_annotator.core.model import Code
from vig_annotator.core.project import Project
from vig_annotator.qt import analysis_forms as forms
from vig_annotator.qt import analysis_plots as plots
from vig_annotator.qt.i18n import tr, tr_term
from vig_annotator.qt.theme import colour

SUBJECTS = {turns.PARENT: ("parent", "guider"), turns.INFANT: ("infant",)}
COLOURS = {turns.DIRECTIONS[0]: "voice_adult", turns.DIRECTIONS[1]: "voice_infant"}


def vocal_codes(codes: list[Code], partner: str) -> set[str]:
    """The codes ticked at first for a partner: their subject's codes whose id or label mentions vocal."""
    return {c.id for c in codes if c.subject in SUBJECTS[partner] and "vocal" in f"{c.id} {c.label}".lower()}


def row(label: str, result: turns.TurnTaking) -> dict[str, Any]:
    """One table row of a session's (or a pooled group's) measures."""
    s = turns.summary(result)
    latency: dict[str, Any] = s["latency"]  # type: ignore[assignment]
    pauses: dict[str, Any] = s["switching_pauses"]  # type: ignore[assignment]
    monologues: dict[str, int] = s["monologues"]  # type: ignore[assignment]
    return {"sessions": label, "duration_s": s["duration_s"], "turns": s["turns"],
            "turns_per_min": s["turns_per_min"],
            **{f"{d.replace('_to_', '→')} turns": latency[d]["n"] for d in turns.DIRECTIONS},
            **{f"{d.replace('_to_', '→')} median latency_s": latency[d]["median_s"] for d in turns.DIRECTIONS},
            "switching pauses": pauses["n"], "median switching pause_s": pauses["median_s"],
            "overlaps": s["overlaps"], "overlap_s": s["overlap_s"],
            "parent monologues": monologues[turns.PARENT], "infant monologues": monologues[turns.INFANT]}


class TurnsTab(QWidget):
    """Codes per partner, the largest gap, and the measures per session, per case and pooled."""

    def __init__(self, project: Project, chosen_sessions: Callable[[], list[int]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.chosen_sessions = chosen_sessions
        self.table_frame: pd.DataFrame | None = None
        self.code_lists = {turns.PARENT: QListWidget(), turns.INFANT: QListWidget()}
        for box in self.code_lists.values():
            box.setMaximumHeight(90)
        self.max_gap = forms.seconds(2.0)
        run = QPushButton(tr("Compute"))
        run.clicked.connect(self.compute)
        form = QFormLayout()
        form.addRow(tr("Parent vocalisation codes"), self.code_lists[turns.PARENT])
        form.addRow(tr("Infant vocalisation codes"), self.code_lists[turns.INFANT])
        form.addRow(tr("Largest gap for a turn (s)"), self.max_gap)
        self.text, self.table = forms.summary(), QTableWidget()
        self.plot = plots.new_plot(tr("Response latency"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(forms.tab(form, run, self.text, self.table, self.plot))

    def show_codes(self, codes: list[Code]) -> None:
        """Offer the ticked sessions' codes for each partner (ticks kept; at first the vocal codes)."""
        for partner, box in self.code_lists.items():
            kept = self.codes(partner) if box.count() else vocal_codes(codes, partner)
            box.clear()
            for code in codes:
                item = QListWidgetItem(f"{tr_term(code.label)} ({code.id})")
                item.setData(Qt.ItemDataRole.UserRole, code.id)
                item.setCheckState(Qt.CheckState.Checked if code.id in kept else Qt.CheckState.Unchecked)
                box.addItem(item)

    def codes(self, partner: str) -> set[str]:
        box = self.code_lists[partner]
        items = (box.item(i) for i in range(box.count()))
        return {str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked}

    def compute(self) -> pd.DataFrame | None:
        """The measures for the ticked sessions; None (and the reason said) when there is nothing to measure."""
        parent, infant = self.codes(turns.PARENT), self.codes(turns.INFANT)
        if not parent or not infant:
            self.text.setText(tr("Tick at least one vocalisation code for the parent and one for the infant."))
            return None
        if parent & infant:
            self.text.setText(tr("A code cannot count for both partners: {codes}").format(
                codes=", ".join(sorted(parent & infant))))
            return None
        gap = int(round(self.max_gap.value() * 1000))
        by_case: dict[str, list[turns.TurnTaking]] = {}
        rows = []
        for sid in self.chosen_sessions():
            session = self.project.session(sid)
            clip = self.project.clip(session.clip_id)
            segments = self.project.segments(sid)
            result = turns.turn_taking([(s.start_ms, s.end_ms) for s in segments if s.code_id in parent],
                                       [(s.start_ms, s.end_ms) for s in segments if s.code_id in infant],
                                       clip.duration_ms, gap)
            coder = self.project.coder(session.coder_id).initials
            rows.append(row(f"#{sid} {clip.case_id} · {coder}", result))
            by_case.setdefault(clip.case_id, []).append(result)
        if not rows:
            self.text.setText(tr("Tick at least one session."))
            return None
        everything = turns.pooled([r for results in by_case.values() for r in results])
        if len(rows) > 1:
            rows += [row(tr("case {case} ({n} sessions)").format(case=case, n=len(results)), turns.pooled(results))
                     for case, results in by_case.items() if len(results) > 1]
            rows.append(row(tr("all {n} sessions").format(n=len(self.chosen_sessions())), everything))
        self.table_frame = pd.DataFrame(rows)
        forms.fill(self.table, self.table_frame)
        s = turns.summary(everything)
        latency: dict[str, Any] = s["median_latency_s"]  # type: ignore[assignment]
        self.text.setText(tr(
            "{turns} turns in {minutes:.1f} min of clip ({rate:.2f} per minute of clip, {span_rate:.2f} per minute "
            "of the coded span); median latency parent → infant {pi}, "
            "infant → parent {ip}; {overlaps} overlaps. A turn: the partner starts within {gap:g} s of the other's "
            "end (LENA uses 5 s).").format(
            turns=s["turns"], minutes=everything.duration_ms / 60_000, rate=s["turns_per_min"],
            span_rate=s["turns_per_min_coded_span"],
            pi=_seconds(latency[turns.DIRECTIONS[0]]), ip=_seconds(latency[turns.DIRECTIONS[1]]),
            overlaps=s["overlaps"], gap=gap / 1000))
        self._plot(everything)
        return self.table_frame

    def _plot(self, result: turns.TurnTaking) -> None:
        """Response latencies each way, in bins of a quarter second."""
        self.plot.clear()
        self.plot.addLegend()
        top = max(result.max_gap_ms / 1000, 0.25)
        low = min([0.0] + [t.latency_ms / 1000 for t in result.turns])
        edges = np.arange(np.floor(low * 4) / 4, top + 0.25, 0.25)
        if len(edges) < 2:
            return
        width = (edges[1] - edges[0]) / 2
        for k, direction in enumerate(turns.DIRECTIONS):
            counts, _ = np.histogram(np.asarray(result.latencies_ms(direction), float) / 1000, bins=edges)
            self.plot.addItem(pg.BarGraphItem(x0=edges[:-1] + k * width, width=width, height=counts,
                                              brush=colour(COLOURS[direction]), name=direction.replace("_to_", " → ")))
        self.plot.setLabel("bottom", tr("response latency (onset after the partner's offset)"), units="s")
        self.plot.setLabel("left", tr("turns"))


def _seconds(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f} s"
