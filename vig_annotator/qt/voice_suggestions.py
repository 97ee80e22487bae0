"""Finding the voices of the current session's clip and going through them as suggestions.

The pitch track is computed once per clip in the background and kept in the project; the threshold is
the coder's (undoable) choice. Detections are offered for the codes the coder picks for infant and adult
vocalisations; nothing enters the session until the coder accepts, and every acceptance is one command
on the workspace's runner (undoable, checked by the core's rules). An acceptance that would overlap a
segment the coder already has for that code is refused with the rule's message: the coder's own coding
stands, and a trimmed fragment beside it would count as a second vocalisation. A rejection is kept in the
project too (``analysis.rejected_voices``, an undoable edit), so reopening does not offer it again.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from vig_annotator.analysis.rejected_voices import (
    Rejected,
    not_rejected,
    reject,
    rejection_from_key,
    rejections,
)
from vig_annotator.analysis.saved_voices import add_example, cache_track, clear_examples, set_threshold, settings_for
from vig_annotator.analysis.suggestions import Suggestion, voice_suggestions
from vig_annotator.analysis.voices import ADULT, INFANT, VoiceExample
from vig_annotator.core.changes import Change
from vig_annotator.core.commands import edit
from vig_annotator.core.model import CodeKind, Scheme, Segment
from vig_annotator.core.timebase import timecode
from vig_annotator.qt.i18n import tr, tr_term
from vig_annotator.qt.timeline_voices import Voices, voices_of
from vig_annotator.qt.voice_job import VoiceJob
from vig_annotator.qt.workspace import Workspace

SUBJECTS = {INFANT: ("infant",), ADULT: ("parent", "guider")}


def default_codes(scheme: Scheme | None) -> dict[str, str | None]:
    """Per speaker class, the scheme's first state code for that subject whose id or label mentions vocal."""
    found: dict[str, str | None] = {INFANT: None, ADULT: None}
    for speaker, subjects in SUBJECTS.items():
        for code in scheme.codes if scheme else ():
            text = f"{code.id} {code.label}".lower()
            if code.kind == CodeKind.STATE and code.subject in subjects and "vocal" in text:
                found[speaker] = code.id
                break
    return found


class VoiceSuggestions(QObject):
    """The voice analysis of the workspace's clip and the review of its suggestions."""

    changed = Signal()
    """The suggestions, the current one, or the voice data changed."""
    progress = Signal(float)
    busy = Signal(bool)
    message = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.voices: Voices | None = None
        self.codes: dict[str, str | None] = {INFANT: None, ADULT: None}
        self.active = False
        """Suggestions are shown once the coder asked for the voices of this session's clip."""
        self.pending: list[Suggestion] = []
        self.current: Suggestion | None = None
        self.computed = 0
        """How many times the sound was analysed (the rest came from the project's cache)."""
        self._job: VoiceJob | None = None
        workspace.session_changed.connect(self._on_session_changed)
        workspace.model_changed.connect(self._on_model_changed)
        self._on_session_changed()

    # -- model → state ----------------------------------------------------------------------------
    def _on_session_changed(self) -> None:
        self.cancel()
        self.active = False
        self.current = None
        self.codes = default_codes(self.ws.scheme)
        self.voices = voices_of(self.ws.project, self.ws.clip)
        self._refresh()

    def _on_model_changed(self, change: Change) -> None:
        kinds = change.kinds
        if "setting" in kinds:
            self.voices = voices_of(self.ws.project, self.ws.clip)
        if kinds & {"setting", "segment", "session"}:
            self._refresh()
        if "setting" in kinds:
            self._show_restored(change.keys)

    def _show_restored(self, keys: frozenset[tuple[str, Any]]) -> None:
        """After an undo of a rejection, the suggestion it brings back is the one under review."""
        ws = self.ws
        if ws.project is None or ws.session is None:
            return
        for kind, key in keys:
            back = rejection_from_key(key, ws.session.id) if kind == "setting" else None
            if back is None or key in ws.project.entities["setting"]:
                continue
            restored = Rejected([back])
            for s in self.pending:
                if s in restored:
                    self.current = s
                    self.changed.emit()
                    return

    def _refresh(self) -> None:
        """Suggestions = detections for the chosen codes, less what is coded or rejected."""
        ws = self.ws
        if not self.active or self.voices is None or ws.project is None or ws.session is None:
            self.pending = []
        else:
            chosen = {speaker: code for speaker, code in self.codes.items() if code}
            existing = [s for code in set(chosen.values()) for s in ws.project.segments_of_code(ws.session.id, code)]
            settings = self.voices.settings
            source = (f"voices@{len(settings.examples)}examples" if settings.examples
                      else f"voices@{settings.threshold_hz:g}Hz")
            found = voice_suggestions(self.voices.found, chosen, existing, ws.timebase.duration_ms, source)
            self.pending = not_rejected(found, rejections(ws.project, ws.session.id))
        if self.current not in self.pending:
            was = self.current
            same = [s for s in self.pending if was is not None and (s.start_ms, s.end_ms) == (was.start_ms, was.end_ms)]
            later = [s for s in self.pending if was is None or s.start_ms >= was.start_ms]
            choice = same or later or self.pending
            self.current = choice[0] if choice else None
        self.changed.emit()

    # -- finding ------------------------------------------------------------------------------------
    def start(self) -> bool:
        """Show the clip's voices: from the project when kept, else computed in the background. False if no clip."""
        ws = self.ws
        path = ws.clip_path()
        if ws.project is None or ws.clip is None or path is None:
            self.message.emit(tr("Open a session first: its clip's sound is analysed."))
            return False
        if not ws.clip.has_audio:
            self.message.emit(tr("{path}: the clip has no sound track").format(path=path))
            return False
        self.active = True
        if self.voices is not None:
            self._refresh()
            self.progress.emit(1.0)
            self.message.emit(self.summary())
            return True
        if self._job is not None:
            return True
        job = self._job = VoiceJob(self)
        clip = ws.clip
        job.progress.connect(self.progress.emit)
        job.finished.connect(lambda track: self._keep(clip, track))
        job.failed.connect(self._on_failed)
        self.computed += 1
        self.busy.emit(True)
        self.message.emit(tr("Finding voices in {path}…").format(path=path.name))
        job.compute(path, settings_for(ws.project, clip))
        return True

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
            self.busy.emit(False)

    def _on_failed(self, text: str) -> None:
        self._job = None
        self.busy.emit(False)
        self.message.emit(text)

    def _keep(self, clip: object, track: object) -> None:
        """Keep the computed pitch in the project (computed data: not an undo step); the rows then appear."""
        if self._job is None or self.ws.project is None or clip != self.ws.clip:
            return  # cancelled, or the coder moved on to another clip
        self._job = None
        self.busy.emit(False)
        self.progress.emit(1.0)
        project = self.ws.project
        assert self.ws.clip is not None
        if project.backend.read_only:
            self.message.emit(tr("The project is read-only: the voices cannot be kept in it."))
            return
        self.ws.run(cache_track(project, self.ws.clip, track, settings_for(project, self.ws.clip)),  # type: ignore[arg-type]
                    undoable=False)
        self.message.emit(self.summary())

    def summary(self) -> str:
        if self.voices is None:
            return tr("No voices found yet.")
        n = {who: sum(1 for v in self.voices.found if v.speaker == who) for who in (INFANT, ADULT)}
        return tr("{infant} infant and {adult} adult vocalisations ({how}); {pending} suggestions "
                  "to review").format(infant=n[INFANT], adult=n[ADULT], how=self.classified_by(),
                                      pending=len(self.pending))

    def classified_by(self) -> str:
        """How the vocalisations were told apart: the coder's examples, or the default weights."""
        settings = self.voices.settings if self.voices is not None else None
        if settings is not None and settings.examples:
            return tr("learnt from your examples ({n})").format(n=len(settings.examples))
        hz = settings.threshold_hz if settings is not None else self.threshold()
        return tr("default weights, pitch midpoint {hz:g} Hz").format(hz=hz)

    # -- choices ------------------------------------------------------------------------------------
    def set_threshold(self, hz: float) -> None:
        """Move the infant/adult split (an undoable edit); the vocalisations are reclassified from the kept pitch."""
        ws = self.ws
        if ws.project is None or ws.clip is None:
            return
        try:
            command = set_threshold(ws.project, ws.clip, hz)
        except ValueError as exc:
            self.message.emit(str(exc))
            return
        ws.run(command)

    def mark(self, speaker: str) -> bool:
        """Mark the current suggestion's span as an example of ``speaker`` ("this is the parent"), undoably.

        The other vocalisations are classified again from the examples; every suggestion stays a suggestion.
        """
        s, ws = self.current, self.ws
        if s is None or ws.project is None or ws.clip is None:
            return False
        return ws.run(add_example(ws.project, ws.clip, VoiceExample(s.start_ms, s.end_ms, speaker))) is not None

    def forget_examples(self) -> None:
        """Back to the default weights (an undoable edit)."""
        ws = self.ws
        if ws.project is not None and ws.clip is not None:
            command = clear_examples(ws.project, ws.clip)
            if command.pairs:
                ws.run(command)

    def threshold(self) -> float:
        ws = self.ws
        return settings_for(ws.project, ws.clip).threshold_hz if ws.project and ws.clip else 300.0

    def set_code(self, speaker: str, code_id: str | None) -> None:
        self.codes[speaker] = code_id or None
        self._refresh()

    # -- review ---------------------------------------------------------------------------------------
    def next(self, step: int = 1) -> Suggestion | None:
        """Move to the next (or, with -1, previous) pending suggestion, wrapping round."""
        if not self.pending:
            self.current = None
        elif self.current not in self.pending:
            self.current = self.pending[0]
        else:
            self.current = self.pending[(self.pending.index(self.current) + step) % len(self.pending)]
        self.changed.emit()
        return self.current

    def choose(self, suggestion: Suggestion) -> None:
        """Make a pending suggestion (clicked on the timeline) the one under review."""
        if suggestion in self.pending:
            self.current = suggestion
            self.changed.emit()

    def reject(self) -> Suggestion | None:
        """Reject the current suggestion (undoable, kept in the project); the next one becomes current.

        None when there is none or the project refused the edit (read-only: the reason is shown).
        """
        s, ws = self.current, self.ws
        if s is None or ws.project is None or ws.session is None:
            return None
        command = reject(ws.project, ws.session.id, s)
        if command.pairs and ws.run(command, initiator=self) is None:
            return None
        self._advance_from(s)
        return s

    def accept(self) -> Segment | None:
        """Add the current suggestion to the session (undoable); None when refused or there is none."""
        s = self.current
        if s is None:
            return None
        added = self._add([s], tr("Accept suggestion"))
        if added:
            self._advance_from(s)
            return added[0]
        return None

    def accept_range(self, start_ms: int, end_ms: int) -> list[Segment]:
        """Accept, as one undoable step, every pending suggestion wholly within [start_ms, end_ms]."""
        chosen = [s for s in self.pending if start_ms <= s.start_ms and s.end_ms <= end_ms]
        return self._add(chosen, tr("Accept {n} suggestions").format(n=len(chosen))) if chosen else []

    def _advance_from(self, done: Suggestion) -> None:
        later = [s for s in self.pending if s != done and s.start_ms >= done.start_ms]
        rest = [s for s in self.pending if s != done]
        self.current = later[0] if later else (rest[0] if rest else None)
        self._refresh()

    def _add(self, chosen: list[Suggestion], label: str) -> list[Segment]:
        ws = self.ws
        if ws.project is None or ws.session is None or ws.scheme is None:
            return []
        first = ws.project.next_id("segment")
        tb = ws.timebase
        segments = []
        for n, s in enumerate(chosen):
            code = ws.scheme.code(s.code_id)
            defaults = tuple((m.name, m.default) for m in code.modifiers if m.default)
            segments.append(Segment(first + n, ws.session.id, s.code_id, s.start_ms, s.end_ms,
                                    tb.frame_at(s.start_ms), tb.frame_at(s.end_ms), defaults + s.modifiers(),
                                    item=code.item))
        if ws.run(edit(label, [(None, seg) for seg in segments]), initiator=self) is None:
            return []
        self.message.emit(tr("Accepted {n}: {what}").format(
            n=len(segments), what=", ".join(f"{tr_term(ws.scheme.code(s.code_id).label)} {timecode(s.start_ms)}"
                                            for s in segments[:3])
            + ("…" if len(segments) > 3 else "")))
        return [replace(s) for s in segments]
