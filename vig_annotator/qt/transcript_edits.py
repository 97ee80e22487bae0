"""The edits of transcription, each one command for the workspace's runner (undoable, checked by the core's rules).

The transcript panel and the moments panel only gather what the coder typed or chose.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from vig_annotator.analysis.suggestions import Suggestion
from vig_annotator.core.commands import Command, edit
from vig_annotator.core.model import Moment, Segment
from vig_annotator.core.timebase import Timebase
from vig_annotator.core.transcript import with_mind
from vig_annotator.qt.i18n import tr

DEFAULT_UTTERANCE_MS = 2000
"""A new utterance with no marked span lasts this long from the playhead (the coder trims it)."""


def set_text(segment: Segment, text: str) -> Command:
    """What was said in an utterance; a run of typing in one utterance is one undo step."""
    return edit(tr("Type utterance"), [(segment, replace(segment, note=text))], merge_key=("utterance", segment.id))


def set_mind(segment: Segment, value: str) -> Command:
    """The utterance's mind-mindedness code ("" clears it)."""
    after = replace(segment, modifiers=with_mind(segment.modifiers, value))
    return edit(tr("Code mind-mindedness"), [(segment, after)])


def new_utterance(session_id: int, segment_id: int, code_id: str, start_ms: int, end_ms: int, timebase: Timebase,
                  text: str = "", modifiers: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> Command:
    """A new utterance of the speaker's code over [start, end]."""
    seg = Segment(segment_id, session_id, code_id, start_ms, end_ms, timebase.frame_at(start_ms),
                  timebase.frame_at(end_ms), modifiers, text)
    return edit(tr("New utterance"), [(None, seg)])


def accept_suggestions(session_id: int, first_id: int, chosen: Sequence[Suggestion], timebase: Timebase,
                       text: str = "") -> Command:
    """Detected vocalisations as (empty) utterances that record where they came from; one undo step."""
    segments = [Segment(first_id + n, session_id, s.code_id, s.start_ms, s.end_ms, timebase.frame_at(s.start_ms),
                        timebase.frame_at(s.end_ms), s.modifiers(), text) for n, s in enumerate(chosen)]
    label = tr("Accept suggested utterance") if len(segments) == 1 else tr("Accept suggested utterances")
    return edit(label, [(None, s) for s in segments])


def caption_from(moment: Moment, text: str) -> Command:
    """A VIG moment's caption taken from an utterance (speaking for the baby)."""
    return edit(tr("Caption from transcript"), [(moment, replace(moment, caption=" ".join(text.split())))])
