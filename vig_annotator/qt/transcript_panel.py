"""Transcription mode, in the style of ELAN's: the current utterance loops, you type, Enter moves to the next.

The list shows the session's utterances (time, speaker, text, mind-mindedness) and any vocalisations
the voice detection offered as empty utterances: they enter the session only when the coder accepts
one (types its text and presses Enter, or Accept). A search box filters the lines; clicking a line
plays it. Every change is a command run through the workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.analysis.suggestions import Suggestion
from vig_annotator.analysis.transcript import voice_utterances
from vig_annotator.core.changes import Change
from vig_annotator.core.timebase import timecode
from vig_annotator.core.transcript import MIND_VALUES, Utterance, code_of_speaker, search, speakers, utterances
from vig_annotator.qt import transcript_edits as ops
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.mind_form import MindFigures, mind_label
from vig_annotator.qt.player import Clock
from vig_annotator.qt.theme import colour
from vig_annotator.qt.transcript_voices import VoiceFinder
from vig_annotator.qt.workspace import Workspace

Line = Utterance | Suggestion


class TranscriptPanel(QWidget):
    """The transcript of the current session, typed and coded line by line."""

    status = Signal(str)

    def __init__(self, workspace: Workspace, clock: Clock, mark_in: Callable[[], int | None] = lambda: None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.clock = clock
        self.mark_in = mark_in
        self.lines: list[Line] = []
        self.suggested: list[Suggestion] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.speaker = QComboBox()
        self.speaker.setToolTip(tr("Who speaks in a new utterance"))
        top.addWidget(self.speaker)
        self.new_button = QPushButton(tr("New utterance"))
        self.new_button.setToolTip(tr("Over the selected segments, or from the moment in-mark (I) to the playhead, "
                                      "or two seconds from the playhead"))
        self.new_button.clicked.connect(self.add_utterance)
        top.addWidget(self.new_button)
        self.voices_button = QPushButton(tr("Find voices"))
        self.voices_button.setToolTip(tr("Detect vocalisations in the clip's sound and offer them as empty "
                                         "utterances to accept or reject (nothing is added until you accept)"))
        self.voices = VoiceFinder(workspace, self.voices_button, self)
        self.voices.found.connect(self.offer)
        self.voices.status.connect(self.status)
        self.voices_button.clicked.connect(self.voices.toggle)
        top.addWidget(self.voices_button)
        self.accept_all_button = QPushButton(tr("Accept all"))
        self.accept_all_button.clicked.connect(lambda: self.accept(list(self.suggested)))
        self.reject_button = QPushButton(tr("Reject"))
        self.reject_button.setToolTip(tr("Drop the chosen suggested utterance"))
        self.reject_button.clicked.connect(self.reject_current)
        top.addWidget(self.accept_all_button)
        top.addWidget(self.reject_button)
        top.addStretch(1)
        layout.addLayout(top)
        second = QHBoxLayout()
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(tr("Search the transcript"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._apply_search)
        second.addWidget(self.search_box, 1)
        for text, tip, slot in ((tr("Import…"), tr("Add the utterances of an ELAN file or a table (start, end, "
                                                  "speaker, text) to this session"), self.import_file),
                                (tr("Export…"), tr("Write this session's transcript as SRT, WebVTT, CSV, XLSX or EAF"),
                                 self.export_file)):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            second.addWidget(button)
        layout.addLayout(second)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Time"), tr("Speaker"), tr("Text"), tr("Mind-mindedness")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in (0, 1, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(tr("Transcript"))
        self.table.itemSelectionChanged.connect(self._on_row_chosen)
        self.table.cellClicked.connect(lambda row, _col: self.play_row(row))
        layout.addWidget(self.table, 1)
        edit_row = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("Type what was said; Enter saves it and moves to the next utterance"))
        self.text.textEdited.connect(self.change_text)
        self.text.returnPressed.connect(self.enter)
        for key, step in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, 1)):  # Up / Down: the line before / after
            shortcut = QShortcut(QKeySequence(key), self.text)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.step(step))
        edit_row.addWidget(self.text, 1)
        self.mind = QComboBox()
        for value in ("", *MIND_VALUES):
            self.mind.addItem(mind_label(value), value)
        self.mind.setToolTip(tr("Mind-mindedness of this utterance (Meins et al.)"))
        self.mind.activated.connect(lambda _i: self.change_mind(self.mind.currentData()))
        edit_row.addWidget(self.mind)
        self.looping = QCheckBox(tr("Loop"))
        self.looping.setChecked(True)
        self.looping.setToolTip(tr("Play the current utterance over and over while you type"))
        self.looping.toggled.connect(self._on_loop_toggled)
        edit_row.addWidget(self.looping)
        layout.addLayout(edit_row)
        self.figures = MindFigures()
        layout.addWidget(self.figures)
        workspace.session_changed.connect(self._on_session_changed)
        workspace.model_changed.connect(self._on_model_changed)
        self.reload()

    # -- model → view --------------------------------------------------------------------------
    def speakers(self) -> dict[str, str]:
        return speakers(self.workspace.scheme) if self.workspace.scheme is not None else {}

    def utterances(self) -> list[Utterance]:
        return utterances(self.workspace.segments(), self.speakers())

    def _on_model_changed(self, change: Change) -> None:
        if "segment" not in change.kinds:
            return
        if change.initiator is self:  # typed here: keep the cursor where it is, refresh the row's text only
            current = self.current()
            if isinstance(current, Utterance):
                found = {u.segment_id: u for u in self.utterances()}
                row = self.table.currentRow()
                if current.segment_id in found and row >= 0:
                    self.lines[row] = found[current.segment_id]
                    self._fill_row(row, self.lines[row])
                    self._show_figures()
                    return
        self.reload()

    def _on_session_changed(self) -> None:
        """Another session (maybe another clip): its own transcript, and no suggestions from the last one."""
        self.voices.cancel()
        self.suggested = []
        self.reload()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """Closed or hidden: the player stops looping our utterance, and voice detection stops."""
        self.voices.cancel()
        line = self.current()
        if line is not None and self.clock.loop == (line.start_ms, line.end_ms):
            self.clock.loop = None
        super().hideEvent(event)

    def reload(self) -> None:
        """Rebuild the list from the session, keeping the chosen line when it still exists."""
        chosen = self.current()
        self.speaker.blockSignals(True)
        self.speaker.clear()
        for who in code_of_speaker(self.workspace.scheme) if self.workspace.scheme is not None else {}:
            self.speaker.addItem(who.capitalize(), who)
        self.speaker.blockSignals(False)
        found = self.utterances()
        taken = {(u.start_ms, u.end_ms) for u in found}
        self.suggested = [s for s in self.suggested if (s.start_ms, s.end_ms) not in taken]
        self.lines = sorted([*found, *self.suggested], key=lambda x: (x.start_ms, x.end_ms))
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            self._fill_row(row, line)
        self.table.blockSignals(False)
        enabled = bool(self.speakers())
        for widget in (self.new_button, self.voices_button, self.text, self.mind):
            widget.setEnabled(enabled)
        if not enabled:
            self.text.setPlaceholderText(tr("This session's scheme has no transcript codes: start a session with the "
                                            "mind-mindedness scheme to transcribe"))
        self.accept_all_button.setEnabled(bool(self.suggested))
        self.reject_button.setEnabled(bool(self.suggested))
        self._apply_search()
        if chosen is not None:
            self.choose(chosen.start_ms, chosen.end_ms)
        self._show_current()
        self._show_figures()

    def _fill_row(self, row: int, line: Line) -> None:
        speaker_of = self.speakers()
        if isinstance(line, Utterance):
            cells = [timecode(line.start_ms), line.speaker.capitalize(), line.text, mind_label(line.mind)]
        else:
            who = speaker_of.get(line.code_id, "?").capitalize()
            cells = [timecode(line.start_ms), who + "?", tr("(suggested: type, Enter accepts)"),
                     ""]
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if isinstance(line, Suggestion):
                font = QFont()
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(QBrush(colour("placeholder_text")))
            self.table.setItem(row, col, item)

    def _show_figures(self) -> None:
        found = self.utterances()
        clip = self.workspace.clip
        duration = clip.duration_ms if clip is not None and clip.duration_ms else max((u.end_ms for u in found),
                                                                                         default=0)
        self.figures.show_figures(found, duration)

    def _apply_search(self) -> None:
        query = self.search_box.text()
        hits = {id(u) for u in search([x for x in self.lines if isinstance(x, Utterance)], query)} if query else set()
        for row, line in enumerate(self.lines):
            self.table.setRowHidden(row, bool(query) and id(line) not in hits)
            for col in range(self.table.columnCount()):
                item = self.table.item(row, col)
                if item is not None and isinstance(line, Utterance):
                    item.setBackground(QBrush(colour("search_highlight")) if id(line) in hits else QBrush())

    def current(self) -> Line | None:
        row = self.table.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def choose(self, start_ms: int, end_ms: int) -> None:
        for row, line in enumerate(self.lines):
            if (line.start_ms, line.end_ms) == (start_ms, end_ms):
                self.table.setCurrentCell(row, 2)
                return

    def _show_current(self) -> None:
        line = self.current()
        self.text.blockSignals(True)
        self.text.setText(line.text if isinstance(line, Utterance) else "")
        self.text.blockSignals(False)
        self.mind.setCurrentIndex(max(self.mind.findData(line.mind if isinstance(line, Utterance) else ""), 0))
        self.mind.setEnabled(isinstance(line, Utterance))

    def _on_row_chosen(self) -> None:
        self._show_current()
        line = self.current()
        if line is not None and self.looping.isChecked():
            self.clock.loop = (line.start_ms, line.end_ms)

    def play_row(self, row: int) -> None:
        """Seek to the line and play it (looping it while Loop is ticked)."""
        if not 0 <= row < len(self.lines):
            return
        line = self.lines[row]
        self.clock.loop = (line.start_ms, line.end_ms) if self.looping.isChecked() else None
        self.clock.seek(line.start_ms)
        self.clock.play()

    def _on_loop_toggled(self, on: bool) -> None:
        line = self.current()
        self.clock.loop = (line.start_ms, line.end_ms) if on and line is not None else None

    # -- view → commands -----------------------------------------------------------------------
    def _segment(self, line: Line | None) -> Any:
        if not isinstance(line, Utterance) or self.workspace.project is None:
            return None
        return self.workspace.project.entities["segment"].get(line.segment_id)

    def change_text(self, text: str) -> None:
        """Typing in an utterance saves it keystroke by keystroke (one undo step per utterance)."""
        seg = self._segment(self.current())
        if seg is not None and seg.note != text:
            self.workspace.run(ops.set_text(seg, text), initiator=self)

    def change_mind(self, value: str) -> None:
        seg = self._segment(self.current())
        if seg is not None:
            self.workspace.run(ops.set_mind(seg, value), initiator=self)

    def enter(self) -> None:
        """ELAN style: keep the text (accepting a suggested utterance with it) and move to the next line."""
        line, row = self.current(), self.table.currentRow()
        if isinstance(line, Suggestion) and not self.accept([line], self.text.text()):
            return
        self.step(1, row)

    def step(self, by: int, row: int | None = None) -> None:
        """Move to the next (or previous) line shown and play it; the typing goes on in the text box."""
        row = self.table.currentRow() if row is None else row
        rows = range(row + 1, len(self.lines)) if by > 0 else range(row - 1, -1, -1)
        found = next((r for r in rows if not self.table.isRowHidden(r)), None)
        if found is not None:
            self.table.setCurrentCell(found, 2)
            self.play_row(found)
        self.text.setFocus()

    def add_utterance(self) -> None:
        """A new utterance of the chosen speaker over the selection, the in-mark to the playhead, or 2 s."""
        ws = self.workspace
        scheme, project, session = ws.scheme, ws.project, ws.session
        who = self.speaker.currentData()
        if scheme is None or project is None or session is None or who is None:
            return
        chosen = ws.selected_segments()
        mark, here = self.mark_in(), self.clock.position
        if chosen:
            start, end = min(s.start_ms for s in chosen), max(s.end_ms for s in chosen)
        elif mark is not None and here > mark:
            start, end = mark, here
        else:
            start, end = here, min(here + ops.DEFAULT_UTTERANCE_MS, self.clock.duration or here + 2000)
        if end <= start:
            self.status.emit(tr("An utterance needs a span: mark its in (I) and move the playhead past it"))
            return
        code = code_of_speaker(scheme)[who]
        if ws.run(ops.new_utterance(session.id, project.next_id("segment"), code, start, end, ws.timebase)):
            self.choose(start, end)
            self.text.setFocus()

    def accept(self, chosen: list[Suggestion], text: str = "") -> bool:
        ws = self.workspace
        if not chosen or ws.project is None or ws.session is None:
            return False
        done = ws.run(ops.accept_suggestions(ws.session.id, ws.project.next_id("segment"), chosen, ws.timebase, text))
        return done is not None

    def reject_current(self) -> None:
        line = self.current()
        if isinstance(line, Suggestion):
            self.suggested.remove(line)
            self.reload()

    def import_file(self) -> None:
        from vig_annotator.qt.transcript_files import import_transcript

        said = import_transcript(self, self.workspace)
        if said:
            self.status.emit(said)

    def export_file(self) -> None:
        from vig_annotator.qt.transcript_files import export_transcript

        said = export_transcript(self, self.workspace)
        if said:
            self.status.emit(said)

    def offer(self, found: Any, source: str = "voices") -> None:
        """Offer detected vocalisations as suggested utterances (adult → parent, infant → infant)."""
        ws = self.workspace
        if ws.scheme is None or ws.clip is None:
            return
        self.suggested = voice_utterances(found, ws.scheme, ws.segments(), ws.clip.duration_ms or 10**9, source)
        self.status.emit(tr("{n} vocalisations offered as utterances: type and press Enter to accept, "
                            "or Accept all").format(n=len(self.suggested)))
        self.reload()
