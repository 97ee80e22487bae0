"""A session's transcript out (SRT, WebVTT, CSV/XLSX, EAF, TextGrid) and back in (EAF/TextGrid tiers, a table).

Utterances are segments of the scheme's transcript codes whose note holds the words (see
``core.transcript``). In EAF each speaker is a text tier with its PARTICIPANT set and a child tier
for the mind-mindedness codes; a table has the columns start, end, speaker, text (and optionally
mind_mindedness). An import is checked whole first: a bad row or annotation is reported by its place
and nothing changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lxml import etree

from vig_annotator.core.commands import Command, edit
from vig_annotator.core.model import Segment, Session
from vig_annotator.core.project import Project
from vig_annotator.core.transcript import (
    MIND_VALUES,
    Utterance,
    as_rows,
    as_srt,
    as_vtt,
    code_of_speaker,
    speakers,
    utterances,
    with_mind,
)
from vig_annotator.io import checks
from vig_annotator.io.checks import BadValue
from vig_annotator.io.eaf import XSI
from vig_annotator.io.importing import ImportProblem, check_size
from vig_annotator.io.rows import Rows
from vig_annotator.io.table_files import atomic_path, plain_text, write_tables
from vig_annotator.io.tables import chosen_sessions
from vig_annotator.store.timing import timebase_for

MIND_SUFFIX = " - mind_mindedness"
TABLE_COLUMNS = ("start_s", "end_s", "speaker", "text", "mind_mindedness")
TABLE_ALIASES = {"start": ("start", "start_s"), "end": ("end", "end_s"), "speaker": ("speaker",),
                 "text": ("text",), "mind": ("mind_mindedness",)}
"""Accepted column names of a transcript table (the first is what a person writes, the second our export)."""
FORMATS = ("srt", "vtt", "csv", "xlsx", "eaf", "textgrid")


@dataclass(frozen=True)
class Line:
    """One utterance as a file has it, with where it is (for messages)."""

    start_ms: int
    end_ms: int
    speaker: str
    text: str
    mind: str = ""
    where: str = ""


def session_utterances(project: Project, session: Session) -> list[Utterance]:
    """The session's utterances, speakers read from its scheme's transcript codes."""
    return utterances(project.segments(session.id), speakers(project.scheme_of(session)))


def one_session(project: Project, session_ids: Sequence[int], fmt: str) -> Session:
    sessions = chosen_sessions(project, session_ids)
    if len(sessions) != 1:
        raise ValueError(f"a {fmt} transcript holds one session; name it with --session "
                         f"(the project has sessions {', '.join(str(s.id) for s in sessions)})")
    return sessions[0]


def export_srt(project: Project, session_ids: Sequence[int], out: Path, with_paths: bool = False) -> list[Path]:
    """SubRip cues, one per utterance: ``Speaker: text``."""
    found = session_utterances(project, one_session(project, session_ids, "srt"))
    with atomic_path(out) as tmp:
        tmp.write_text(as_srt([_plain(u) for u in found]), encoding="utf-8")
    return [out]


def export_vtt(project: Project, session_ids: Sequence[int], out: Path, with_paths: bool = False) -> list[Path]:
    """WebVTT cues with the speaker as a voice span."""
    found = session_utterances(project, one_session(project, session_ids, "vtt"))
    with atomic_path(out) as tmp:
        tmp.write_text(as_vtt([_plain(u) for u in found]), encoding="utf-8")
    return [out]


def _plain(u: Utterance) -> Utterance:
    return Utterance(u.start_ms, u.end_ms, u.speaker, plain_text(u.text, " "), u.segment_id, u.mind)


def transcript_rows(project: Project, session_ids: Sequence[int] = ()) -> Rows:
    """One row per utterance of each chosen session: session, coder, then ``TABLE_COLUMNS``."""
    found: list[tuple[Any, ...]] = []
    for session in chosen_sessions(project, session_ids):
        coder = project.coder(session.coder_id).initials
        for row in as_rows(session_utterances(project, session)):
            found.append((session.id, coder, *(row[c] for c in TABLE_COLUMNS)))
    return Rows(("session", "coder", *TABLE_COLUMNS), lambda: iter(found))


def _table_exporter(fmt: str) -> Any:
    def export(project: Project, session_ids: Sequence[int], out: Path, with_paths: bool = False) -> list[Path]:
        return write_tables({"transcript": transcript_rows(project, session_ids)}, fmt, out)
    return export


def export_eaf(project: Project, session_ids: Sequence[int], out: Path, with_paths: bool = False) -> list[Path]:
    """EAF 3.0: a text tier per speaker (PARTICIPANT set, ANNOTATOR the coder), mind-mindedness on child tiers."""
    session = one_session(project, session_ids, "eaf")
    scheme = project.scheme_of(session)
    coder = plain_text(project.coder(session.coder_id).initials)
    found = session_utterances(project, session)
    root = etree.Element("ANNOTATION_DOCUMENT", nsmap={"xsi": XSI})
    root.set("AUTHOR", coder)
    root.set("DATE", datetime.now(UTC).replace(microsecond=0).isoformat())
    root.set("FORMAT", "3.0")
    root.set("VERSION", "3.0")
    root.set(f"{{{XSI}}}noNamespaceSchemaLocation", "http://www.mpi.nl/tools/elan/EAFv3.0.xsd")
    header = etree.SubElement(root, "HEADER", MEDIA_FILE="", TIME_UNITS="milliseconds")
    clip = project.clip(session.clip_id)
    etree.SubElement(header, "PROPERTY", NAME="vig-annotator:case_id").text = plain_text(clip.case_id)
    etree.SubElement(header, "PROPERTY", NAME="vig-annotator:clip_fingerprint").text = clip.fingerprint
    time_order = etree.SubElement(root, "TIME_ORDER")
    slots: dict[int, str] = {}
    tiers: list[etree._Element] = []
    next_id = 1
    for speaker in dict.fromkeys(speakers(scheme).values()):  # every speaker of the scheme, even if silent
        tier_id = speaker.capitalize()
        tier = etree.Element("TIER", TIER_ID=tier_id, LINGUISTIC_TYPE_REF="utterance", ANNOTATOR=coder,
                             PARTICIPANT=speaker)
        minds = etree.Element("TIER", TIER_ID=tier_id + MIND_SUFFIX, LINGUISTIC_TYPE_REF="mind-mindedness",
                              PARENT_REF=tier_id, ANNOTATOR=coder, PARTICIPANT=speaker)
        for u in (u for u in found if u.speaker == speaker):
            refs = [slots.setdefault(ms, f"ts{len(slots) + 1}") for ms in (u.start_ms, max(u.end_ms, u.start_ms + 1))]
            ann_id = f"a{next_id}"
            next_id += 1
            aligned = etree.SubElement(etree.SubElement(tier, "ANNOTATION"), "ALIGNABLE_ANNOTATION",
                                       ANNOTATION_ID=ann_id, TIME_SLOT_REF1=refs[0], TIME_SLOT_REF2=refs[1])
            etree.SubElement(aligned, "ANNOTATION_VALUE").text = plain_text(u.text)
            if u.mind:
                ref = etree.SubElement(etree.SubElement(minds, "ANNOTATION"), "REF_ANNOTATION",
                                       ANNOTATION_ID=f"a{next_id}", ANNOTATION_REF=ann_id)
                next_id += 1
                etree.SubElement(ref, "ANNOTATION_VALUE").text = u.mind
        tiers += [tier, minds]
    for ms, slot_id in sorted(slots.items(), key=lambda item: int(item[1][2:])):
        etree.SubElement(time_order, "TIME_SLOT", TIME_SLOT_ID=slot_id, TIME_VALUE=str(ms))
    etree.SubElement(header, "PROPERTY", NAME="lastUsedAnnotationId").text = str(next_id - 1)
    root.extend(tiers)
    etree.SubElement(root, "LINGUISTIC_TYPE", LINGUISTIC_TYPE_ID="utterance", TIME_ALIGNABLE="true",
                     GRAPHIC_REFERENCES="false")
    etree.SubElement(root, "LINGUISTIC_TYPE", LINGUISTIC_TYPE_ID="mind-mindedness", TIME_ALIGNABLE="false",
                     GRAPHIC_REFERENCES="false", CONSTRAINTS="Symbolic_Association")
    etree.SubElement(root, "LANGUAGE", LANG_ID="eng", LANG_LABEL="English (eng)")
    etree.SubElement(root, "CONSTRAINT", STEREOTYPE="Symbolic_Association",
                     DESCRIPTION="1-1 association with a parent annotation")
    with atomic_path(out) as tmp:
        etree.ElementTree(root).write(str(tmp), xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return [out]


def _textgrid(project: Project, session_ids: Sequence[int], out: Path, with_paths: bool = False) -> list[Path]:
    """A session's transcript as a TextGrid: one interval tier per speaker, each utterance's words its label."""
    from vig_annotator.io.textgrid import write_textgrid

    session = one_session(project, session_ids, "textgrid")
    found = session_utterances(project, session)
    tiers = [(speaker, "interval", [(u.start_ms, u.end_ms, u.text) for u in found if u.speaker == speaker])
             for speaker in dict.fromkeys(speakers(project.scheme_of(session)).values())]
    return [write_textgrid(tiers, project.clip(session.clip_id).duration_ms, out)]


EXPORTERS = {"transcript-srt": export_srt, "transcript-vtt": export_vtt, "transcript-eaf": export_eaf,
             "transcript-csv": _table_exporter("csv"), "transcript-xlsx": _table_exporter("xlsx"),
             "transcript-textgrid": _textgrid}
"""Registered with ``io.export`` so transcripts are logged like every other export."""


# --- imports -------------------------------------------------------------------------------------


def read_tier_lines(path: str | Path, tiers: Sequence[str] = (),
                    fmt: str | None = None) -> tuple[list[Line], list[str]]:
    """Utterances of an EAF's or TextGrid's chosen tiers, and a note for each tier left out.

    By default the independent time-aligned tiers without a controlled vocabulary are the transcript;
    a tier's PARTICIPANT (else its name) is the speaker; a mind-mindedness child tier rides on its
    utterances. Other dependent tiers (words, parts of speech) have no place in a transcript, which
    holds one text per utterance: they are listed as left out.
    """
    from vig_annotator.io.eaf_read import Tier
    from vig_annotator.io.tier_choice import read_tier_file

    found = read_tier_file(path, fmt)
    names = [t.name for t in found.tiers]
    unknown = [t for t in tiers if t not in names]
    if unknown:
        raise ImportProblem(found.source, [f"no tier {unknown[0]!r} (the file's tiers: {', '.join(names)})"])

    def held(tier: Tier) -> bool:
        return bool(tier.parent) and tier.name.endswith(MIND_SUFFIX)

    def why_not(tier: Tier) -> str:
        if tier.kind == "point":
            return "points (an utterance has a start and an end); import it as point codes: import --tier"
        if tier.kind == "symbolic" or tier.parent:
            return (f"depends on tier {tier.parent!r} ({tier.constraint or 'a child tier'}); a transcript holds one "
                    "text per utterance")
        if tier.vocabulary:
            return f"codes under a controlled vocabulary; import them as codes: import --tier {tier.name!r}"
        return ""

    minds: dict[str, str] = {}
    for tier in found.tiers:
        if held(tier):
            minds.update((a.parent_id, a.value) for a in tier.annotations)
    lines: list[Line] = []
    notes: list[str] = []
    for tier in found.tiers:
        if held(tier) or (tiers and tier.name not in tiers):
            continue
        reason = why_not(tier)
        if reason and (not tiers or tier.kind != "interval"):
            if tiers:
                raise ImportProblem(found.source, [f"tier {tier.name!r}: {reason}"])
            notes.append(f"tier {tier.name!r} left out: {reason}")
            continue
        speaker = (tier.participant or tier.name).strip().casefold()
        lines += [Line(a.start_ms, a.end_ms, speaker, a.value, minds.get(a.annotation_id, ""), a.where)
                  for a in tier.annotations]
    return lines, notes


def read_eaf_lines(path: str | Path) -> list[Line]:
    """Utterances of an EAF's independent time-aligned tiers: speaker from PARTICIPANT (else the tier's name)."""
    return read_tier_lines(path)[0]


def read_table_lines(path: str | Path) -> list[Line]:
    """Utterances of a CSV/XLSX table with columns start, end (seconds), speaker, text [, mind_mindedness]."""
    from vig_annotator.io.table_import import _read, _text

    path = Path(path)
    check_size(path)
    frame = _read(path)
    column: dict[str, str] = {}
    for role, names in TABLE_ALIASES.items():
        hit = next((str(c) for c in frame.columns if str(c).strip().casefold() in names), None)
        if hit is not None:
            column[role] = hit
        elif role != "mind":
            raise ImportProblem(str(path), [f"no {names[0]!r} column (a transcript table has the columns start, "
                                            f"end, speaker, text; this one has {', '.join(map(str, frame.columns))})"])
    lines: list[Line] = []
    problems: list[str] = []
    for n, row in enumerate(frame.to_dict("records"), start=2):  # row 1 is the header
        where = f"row {n}"
        try:
            start = checks.time_ms(row[column["start"]], "start")
            end = checks.time_ms(row[column["end"]], "end")
            speaker = checks.text(_text(row[column["speaker"]]), "speaker", 200).strip().casefold()
            text = checks.text(_text(row[column["text"]]), "text").strip()
            mind = checks.text(_text(row[column["mind"]]), "mind_mindedness", 200).strip() if "mind" in column else ""
        except BadValue as exc:
            problems.append(f"{where}: {exc}")
        else:
            if not speaker:
                problems.append(f"{where}: no speaker")
            else:
                lines.append(Line(start, end, speaker, text, mind, where))
        if len(problems) > 20:
            break
    if problems:
        raise ImportProblem(str(path), problems)
    return lines


def read_lines(path: str | Path, fmt: str | None = None) -> list[Line]:
    """Utterances from an EAF, a TextGrid or a CSV/XLSX table (format from the suffix unless given)."""
    return read_transcript(path, fmt)[0]


def read_transcript(path: str | Path, fmt: str | None = None,
                    tiers: Sequence[str] = ()) -> tuple[list[Line], list[str]]:
    """Utterances from an EAF, a TextGrid (its chosen ``tiers``) or a table, and notes on what was left out."""
    from vig_annotator.io.tier_choice import is_textgrid

    fmt = fmt or ("textgrid" if is_textgrid(path) else Path(path).suffix.lower().lstrip("."))
    if tiers and fmt not in ("eaf", "textgrid"):
        raise ValueError(f"{path}: --tier is for EAF and TextGrid files")
    if fmt in ("eaf", "textgrid"):
        return read_tier_lines(path, tiers, fmt)
    if fmt in ("csv", "xlsx"):
        return read_table_lines(path), []
    raise ValueError(f"{path}: a transcript comes from an .eaf, .TextGrid, .csv or .xlsx file (say which with "
                     "--format)")


def rename_speakers(lines: Sequence[Line], mapping: dict[str, str]) -> list[Line]:
    """Lines with the file's speakers renamed (``{"mother": "parent"}``); a speaker mapped to "" is left out."""
    wanted = {k.strip().casefold(): v.strip().casefold() for k, v in mapping.items()}
    return [replace(line, speaker=wanted.get(line.speaker, line.speaker)) for line in lines
            if wanted.get(line.speaker, line.speaker)]


def parse_speaker_map(items: Sequence[str]) -> dict[str, str]:
    """``NAME=SPEAKER`` pairs from the command line (``NAME=`` leaves NAME's lines out)."""
    found = {}
    for item in items:
        name, sep, speaker = item.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"--speaker {item!r}: expected NAME=SPEAKER (e.g. mother=parent), or NAME= to leave "
                             "NAME's utterances out")
        found[name] = speaker
    return found


def import_command(project: Project, session_id: int, lines: Sequence[Line], source: str) -> Command:
    """One edit adding every line to the session as an utterance; ImportProblem (naming each place) if any is bad.

    A speaker must have a transcript code in the session's scheme; times must lie in the clip; one
    speaker's utterances must not overlap each other or the session's existing ones; a
    mind-mindedness value must be one of ``MIND_VALUES``.
    """
    session = project.session(session_id)
    scheme = project.scheme_of(session)
    codes = code_of_speaker(scheme)
    if not codes:
        raise ImportProblem(source, [f"session {session_id}'s scheme {scheme.id} {scheme.version} has no transcript "
                                     "codes (start the session with the mind_mindedness scheme, or add codes of "
                                     "group 'Transcript')"])
    clip = project.clip(session.clip_id)
    problems: list[str] = []
    for line in lines:
        if line.speaker not in codes:
            problems.append(f"{line.where}: speaker {line.speaker!r} is not one of the scheme's transcript speakers "
                            f"({', '.join(codes)})")
        elif line.start_ms < 0 or line.end_ms <= line.start_ms:
            problems.append(f"{line.where}: expected 0 ≤ start < end, got {line.start_ms / 1000:.3f}–"
                            f"{line.end_ms / 1000:.3f} s")
        elif clip.duration_ms and line.end_ms > clip.duration_ms:
            problems.append(f"{line.where}: ends at {line.end_ms / 1000:.3f} s, past the end of clip {clip.case_id} "
                            f"({clip.duration_ms / 1000:.3f} s)")
        elif line.mind and line.mind not in MIND_VALUES:
            problems.append(f"{line.where}: mind_mindedness {line.mind!r} is not one of {', '.join(MIND_VALUES)}")
    if not problems:
        problems = _overlap_problems(project, session, lines, codes)
    if problems:
        raise ImportProblem(source, problems)
    timebase = timebase_for(project, clip)
    seg_id = project.next_id("segment")
    added = []
    for n, line in enumerate(lines):
        added.append(Segment(seg_id + n, session_id, codes[line.speaker], line.start_ms, line.end_ms,
                             timebase.frame_at(line.start_ms), timebase.frame_at(line.end_ms),
                             with_mind((), line.mind), line.text))
    return edit(f"Import transcript {Path(source).name}", [(None, s) for s in added])


def _overlap_problems(project: Project, session: Session, lines: Sequence[Line], codes: dict[str, str]) -> list[str]:
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for seg in project.segments(session.id):
        if seg.code_id in codes.values():
            spans.setdefault(seg.code_id, []).append((seg.start_ms, seg.end_ms, "an utterance already in the session"))
    for line in lines:
        spans.setdefault(codes[line.speaker], []).append((line.start_ms, line.end_ms, line.where))
    problems = []
    for found in spans.values():
        found.sort()
        for (_, end, where_a), (start, _, where_b) in zip(found, found[1:], strict=False):
            if start < end:
                first, second = sorted((where_a, where_b), key=lambda w: w.startswith("an "))
                problems.append(f"{first}: overlaps {second} of the same speaker (one speaker's utterances "
                                "never overlap)")
    return problems

