"""The Voices panel: find the clip's voices, mark examples of each voice, move the pitch midpoint, choose codes, review.

A thin view over :class:`~vig_annotator.qt.voice_suggestions.VoiceSuggestions`: it shows progress and
the suggestion under review, and turns clicks into the same operations as the review keys.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.analysis.voices import ADULT, INFANT, VoiceSettings
from vig_annotator.core import keymap
from vig_annotator.core.model import CodeKind
from vig_annotator.core.timebase import timecode
from vig_annotator.qt.i18n import tr, tr_term
from vig_annotator.qt.voice_suggestions import VoiceSuggestions


class VoicesPanel(QWidget):
    """Progress, threshold, the code for each speaker class, and the review buttons."""

    def __init__(self, voices: VoiceSuggestions, operations: Mapping[str, Callable[[], object]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.voices = voices
        self.find_button = QPushButton(tr("Find voices"))
        self.find_button.clicked.connect(operations["find_voices"])
        self.cancel = QPushButton(tr("Cancel"))
        self.cancel.setEnabled(False)
        self.cancel.clicked.connect(voices.cancel)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(VoiceSettings.floor_hz + 5, VoiceSettings.ceiling_hz - 5)
        self.threshold.setDecimals(0)
        self.threshold.setSingleStep(10)
        self.threshold.setSuffix(" Hz")
        self.threshold.setKeyboardTracking(False)  # typing 450 must not reclassify at 4 and 45 on the way
        self.threshold.setAccessibleName(tr("Pitch midpoint between adult and infant"))
        self.threshold.setToolTip(tr("Where pitch alone is undecided (the dashed line on the pitch row): higher "
                                     "sounds infant. Pitch range and contour, spectrum, duration and voicing "
                                     "weigh too; each utterance is classified whole. Unused once you mark examples."))
        self.threshold.valueChanged.connect(self.change_threshold)
        self.code_boxes = {INFANT: QComboBox(), ADULT: QComboBox()}
        for speaker, box in self.code_boxes.items():
            who = tr("infant") if speaker == INFANT else tr("adult")
            box.setAccessibleName(tr("Code for {who} vocalisations").format(who=who))
            box.activated.connect(lambda _i, s=speaker, b=box: voices.set_code(s, b.currentData()))
        self.mark_buttons = {ADULT: QPushButton(tr("This is the parent")),
                             INFANT: QPushButton(tr("This is the infant"))}
        for speaker, button in self.mark_buttons.items():
            button.setToolTip(tr("Mark the suggestion under review as an example of this voice: the others are "
                                 "classified again from your examples (they stay suggestions)"))
            button.clicked.connect(lambda _c=False, s=speaker: voices.mark(s))
        self.forget = QPushButton(tr("Forget examples"))
        self.forget.setToolTip(tr("Back to the default weights"))
        self.forget.clicked.connect(voices.forget_examples)
        self.classified_by = QLabel()
        self.classified_by.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.under_review = QLabel()
        self.under_review.setWordWrap(True)
        form = QFormLayout()
        finding = QHBoxLayout()
        for widget in (self.find_button, self.progress, self.cancel):
            finding.addWidget(widget)
        form.addRow(finding)
        form.addRow(tr("Pitch midpoint"), self.threshold)
        form.addRow(tr("Infant code"), self.code_boxes[INFANT])
        form.addRow(tr("Adult code"), self.code_boxes[ADULT])
        review = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for action_id, text in (("previous_suggestion", "◀"), ("next_suggestion", tr("Next ▶")),
                                ("accept_suggestion", tr("Accept")), ("reject_suggestion", tr("Reject")),
                                ("accept_suggestions_in_range", tr("Accept all in range"))):
            spec = keymap.action(action_id)
            button = QPushButton(text)
            button.setToolTip(f"{spec.label.replace('&', '')} ({spec.shortcut})")
            button.clicked.connect(operations[action_id])
            self.buttons[action_id] = button
            if action_id != "accept_suggestions_in_range":
                review.addWidget(button)
        form.addRow(review)
        form.addRow(self.buttons["accept_suggestions_in_range"])
        marking = QHBoxLayout()
        for widget in (self.mark_buttons[ADULT], self.mark_buttons[INFANT], self.forget):
            marking.addWidget(widget)
        form.addRow(marking)
        form.addRow(self.classified_by)
        keys = QLabel(tr("Keys: F6 next, Shift+F6 previous, F7 accept, F8 reject, Shift+F7 accept all in the loop "
                         "or the selected segments' span. Suggestions are hatched until accepted."))
        keys.setWordWrap(True)
        form.addRow(keys)
        form.addRow(self.under_review)
        form.addRow(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(form)
        layout.addStretch(1)
        voices.changed.connect(self._on_voices_changed)
        voices.progress.connect(self._on_progress)
        voices.busy.connect(self._on_busy)
        voices.message.connect(self.status.setText)
        voices.ws.session_changed.connect(self._on_session_changed)
        self._on_session_changed()

    # -- model → widgets --------------------------------------------------------------------------
    def _on_session_changed(self) -> None:
        self.status.clear()  # what was said (accepted, found…) was about the session before
        self.progress.setValue(100 if self.voices.voices is not None else 0)
        scheme = self.voices.ws.scheme
        for speaker, box in self.code_boxes.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(tr("(none)"), None)
            for code in scheme.codes if scheme else ():
                if code.kind == CodeKind.STATE:
                    box.addItem(f"{tr_term(code.label)} ({code.id})", code.id)
            box.setCurrentIndex(max(box.findData(self.voices.codes.get(speaker)), 0))
            box.blockSignals(False)
        self._on_voices_changed()

    def _on_voices_changed(self) -> None:
        self.threshold.blockSignals(True)
        self.threshold.setValue(self.voices.threshold())
        self.threshold.blockSignals(False)
        current = self.voices.current
        pending = self.voices.pending
        if current is None:
            self.under_review.setText(tr("No suggestion to review") if self.voices.active else "")
        else:
            self.under_review.setText(tr("{n} of {total}: {code} {start}–{end}").format(
                n=pending.index(current) + 1, total=len(pending), code=self._label(current.code_id),
                start=timecode(current.start_ms), end=timecode(current.end_ms)))
        for button in (*self.buttons.values(), *self.mark_buttons.values()):
            button.setEnabled(bool(pending))
        voices = self.voices.voices
        self.forget.setEnabled(bool(voices is not None and voices.settings.examples))
        self.classified_by.setText(tr("Classified by: {how}").format(how=self.voices.classified_by())
                                   if voices is not None else "")

    def _label(self, code_id: str) -> str:
        """A code as the scheme labels it, in the user's language (its id if the scheme lacks it)."""
        scheme = self.voices.ws.scheme
        return tr_term(scheme.code(code_id).label) if scheme is not None and scheme.has_code(code_id) else code_id

    def _on_progress(self, share: float) -> None:
        self.progress.setValue(int(share * 100))

    def _on_busy(self, busy: bool) -> None:
        self.cancel.setEnabled(busy)
        self.find_button.setEnabled(not busy)
        if busy:
            self.progress.setValue(0)

    # -- widgets → model --------------------------------------------------------------------------
    def change_threshold(self, hz: float) -> None:
        self.voices.set_threshold(hz)
