"""A transcript tier read from ordinary segments, with no new kind of entity.

An utterance is a segment of a transcript code (a code of the scheme's ``Transcript`` group, or one
carrying the ``mind_mindedness`` modifier) whose note holds what was said; the code's subject is the
speaker. Pure functions shared by the exports, the imports, the analyses and the transcript panel.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from vig_annotator.core.model import Code, CodeKind, Scheme, Segment
from vig_annotator.core.timebase import timecode

MIND_MINDEDNESS = "mind_mindedness"
"""The modifier of a transcript code that holds an utterance's mind-mindedness code."""
MIND_VALUES = ("appropriate", "non_attuned", "not_mind_related")
TRANSCRIPT_GROUP = "transcript"


@dataclass(frozen=True)
class Utterance:
    """One line of the transcript: when, who, what was said, and its mind-mindedness code ("" if none)."""

    start_ms: int
    end_ms: int
    speaker: str
    text: str
    segment_id: int
    mind: str = ""


def is_transcript_code(code: Code) -> bool:
    """A state code whose segments are utterances."""
    return code.kind == CodeKind.STATE and (code.group.strip().casefold() == TRANSCRIPT_GROUP
                                            or any(m.name == MIND_MINDEDNESS for m in code.modifiers))


def speakers(scheme: Scheme) -> dict[str, str]:
    """Transcript code id -> speaker (the code's subject), in the scheme's order."""
    return {c.id: c.subject for c in scheme.codes if is_transcript_code(c)}


def code_of_speaker(scheme: Scheme) -> dict[str, str]:
    """Speaker -> the first transcript code of that speaker (where a new utterance of theirs goes)."""
    found: dict[str, str] = {}
    for code_id, speaker in speakers(scheme).items():
        found.setdefault(speaker, code_id)
    return found


def utterances(segments: Iterable[Segment], speaker_of_code: Mapping[str, str]) -> list[Utterance]:
    """The session's utterances in time order: segments of the transcript codes, speaker from the code."""
    out = []
    for seg in segments:
        if seg.code_id in speaker_of_code:
            mind = seg.modifier_dict().get(MIND_MINDEDNESS, ())
            out.append(Utterance(seg.start_ms, seg.end_ms, speaker_of_code[seg.code_id], seg.note, seg.id,
                                 mind[0] if mind else ""))
    return sorted(out, key=lambda u: (u.start_ms, u.end_ms, u.segment_id))


def search(found: Sequence[Utterance], query: str) -> list[Utterance]:
    """Utterances whose text holds every word of ``query`` (ignoring case, in any order)."""
    words = query.casefold().split()
    return [u for u in found if all(w in u.text.casefold() for w in words)]


def with_mind(modifiers: tuple[tuple[str, tuple[str, ...]], ...],
              value: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Segment modifiers with the mind-mindedness code set to ``value`` ("" removes it)."""
    kept = tuple(m for m in modifiers if m[0] != MIND_MINDEDNESS)
    return kept + (((MIND_MINDEDNESS, (value,)),) if value else ())


def _line(u: Utterance) -> str:
    return f"{u.speaker.capitalize()}: {' '.join(u.text.split())}"


def as_srt(found: Sequence[Utterance]) -> str:
    """SubRip cues, one per utterance, ``Speaker: text`` on one line."""
    return "\n".join(f"{n}\n{timecode(u.start_ms, ',')} --> {timecode(u.end_ms, ',')}\n{_line(u)}\n"
                     for n, u in enumerate(found, start=1))


def as_vtt(found: Sequence[Utterance]) -> str:
    """WebVTT cues with the speaker as a voice span (``<v Parent>text``), which players show as a name."""
    blocks = ["WEBVTT\n"]
    for u in found:
        text = " ".join(u.text.split()).replace("&", "&amp;").replace("<", "&lt;").replace("-->", "→")
        blocks.append(f"{timecode(u.start_ms)} --> {timecode(u.end_ms)}\n<v {u.speaker.capitalize()}>{text}\n")
    return "\n".join(blocks)


def as_rows(found: Sequence[Utterance]) -> list[dict[str, object]]:
    """One row per utterance for CSV/XLSX: start_s, end_s, speaker, text, mind_mindedness."""
    return [{"start_s": u.start_ms / 1000, "end_s": u.end_ms / 1000, "speaker": u.speaker, "text": u.text,
             "mind_mindedness": u.mind} for u in found]


def overlapping(found: Iterable[Utterance], start_ms: int, end_ms: int) -> list[Utterance]:
    """Utterances that share some time with [start, end] (a VIG moment), in time order; empty ones left out."""
    return sorted((u for u in found if u.text.strip() and u.start_ms < end_ms and start_ms < u.end_ms),
                  key=lambda u: (u.start_ms, u.end_ms, u.segment_id))
