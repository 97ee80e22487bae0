"""A transcript tier read from ordinary segments, with no new kind of entity.

An utterance is a segment of a transcript code whose note holds what was said; the code's
subject (parent, infant, guider) is the speaker. Pure functions: the utterances of a session,
searching them, and their SRT / WebVTT / table forms.
Mind-mindedness codes an utterance by a modifier on the same segment (see ``MIND_MINDEDNESS``), so
two coders' utterance codes pair by segment span for agreement.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from vig_annotator.core.model import Segment

MIND_MINDEDNESS = "mind_mindedness"
"""The modifier of a transcript code that holds an utterance's mind-mindedness code."""
MIND_VALUES = ("appropriate", "non_attuned", "not_mind_related")


@dataclass(frozen=True)
class Utterance:
    start_ms: int
    end_ms: int
    speaker: str
    text: str
    segment_id: int
    mind: str = ""


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


def _stamp(ms: int, sep: str) -> str:
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}{sep}{ms % 1000:03d}"


def _line(u: Utterance) -> str:
    return f"{u.speaker.capitalize()}: {' '.join(u.text.split())}"


def as_srt(found: Sequence[Utterance]) -> str:
    """SubRip cues, one per utterance, ``Speaker: text`` on one line."""
    return "\n".join(f"{n}\n{_stamp(u.start_ms, ',')} --> {_stamp(u.end_ms, ',')}\n{_line(u)}\n"
                     for n, u in enumerate(found, start=1))


def as_vtt(found: Sequence[Utterance]) -> str:
    """WebVTT cues with the speaker as a voice span (``<v Parent>text``), which players show as a name."""
    blocks = ["WEBVTT\n"]
    for u in found:
        text = " ".join(u.text.split()).replace("&", "&amp;").replace("<", "&lt;").replace("-->", "→")
        blocks.append(f"{_stamp(u.start_ms, '.')} --> {_stamp(u.end_ms, '.')}\n<v {u.speaker.capitalize()}>{text}\n")
    return "\n".join(blocks)


def as_rows(found: Sequence[Utterance]) -> list[dict[str, object]]:
    """One row per utterance for CSV/XLSX: start_s, end_s, speaker, text, mind_mindedness."""
    return [{"start_s": u.start_ms / 1000, "end_s": u.end_ms / 1000, "speaker": u.speaker, "text": u.text,
             "mind_mindedness": u.mind} for u in found]


def mind_mindedness(found: Sequence[Utterance], duration_ms: int, speaker: str = "parent") -> dict[str, object]:
    """Counts, proportions of the speaker's utterances, and rate per 10 minutes of each mind-mindedness code."""
    said = [u for u in found if u.speaker == speaker]
    counts = {value: sum(1 for u in said if u.mind == value) for value in MIND_VALUES}
    tens = duration_ms / 600_000
    return {"utterances": len(said), "uncoded": len(said) - sum(counts.values()), "counts": counts,
            "proportions": {v: (round(c / len(said), 4) if said else None) for v, c in counts.items()},
            "per_10_min": {v: (round(c / tens, 3) if tens > 0 else None) for v, c in counts.items()}}
