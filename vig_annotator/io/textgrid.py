"""Praat TextGrid files: read (long and short text, UTF-8 or UTF-16, binary) and written (long text, UTF-8).

Reading and writing go through pympi's ``Praat.TextGrid``; this module adds what an import needs
around it: the encoding from the byte-order mark, bounds on counts and text, checks that times are
finite and in order, and one message naming the file and the tier. Interval tiers become state codes
or utterances (empty intervals are Praat's gaps), point tiers point codes. An export writes one
interval tier per state code and one point tier per point code (the code id as the label, so it
comes back as the same code), or one interval tier per speaker for a transcript.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from vig_annotator.core.model import CodeKind, Session
from vig_annotator.core.project import Project
from vig_annotator.io import checks
from vig_annotator.io.checks import BadValue
from vig_annotator.io.eaf_read import MAX_PROBLEMS, Annotation, Tier, TierFile
from vig_annotator.io.importing import ImportProblem, check_size
from vig_annotator.io.table_files import atomic_path, plain_text
from vig_annotator.io.tables import chosen_sessions

KINDS = {"IntervalTier": "interval", "TextTier": "point"}
ODD_NUMBER = re.compile(r"\s*(?:(?:xmin|xmax|number)\s*=\s*)?(-[\d.]+(?:[eE][-+]?\d+)?|[\d.]+[eE][-+]?\d+)\s*")
"""A time written negative or in exponent notation, which pympi's text reader would misread (1e-05 as 5)."""


def _odd_numbers(raw: bytes, codec: str) -> str:
    """The first line whose time the text reader would misread, as a message ("" if none)."""
    if raw.startswith(b"ooBinaryFile"):
        return ""
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return ""  # the reader says so, with the byte
    for n, line in enumerate(text.splitlines(), start=1):
        found = ODD_NUMBER.fullmatch(line)
        if found:
            return (f"line {n}: the time {found.group(1)!r} is negative or in exponent notation, which is not read "
                    "(save the TextGrid again from Praat)")
    return ""


def _codec(head: bytes) -> str:
    """The text encoding Praat used, from the byte-order mark (Praat writes UTF-16 with one)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return "utf-8-sig"


def read_textgrid(path: str | Path) -> TierFile:
    """Every tier of a TextGrid with its labelled intervals or points; ImportProblem naming the tier."""
    from pympi.Praat import TextGrid

    path = Path(path)
    check_size(path)
    source = str(path)
    grid = TextGrid(xmax=0)
    with open(path, "rb") as f:
        raw = f.read()
        codec = _codec(raw[:2])
        odd = _odd_numbers(raw, codec)
        if odd:
            raise ImportProblem(source, [odd])
        f.seek(0)
        try:
            grid.from_file(f, codec)
        except UnicodeDecodeError as exc:
            raise ImportProblem(source, [f"byte {exc.start}: not {codec.split('-sig')[0].upper()} text "
                                         "(Praat writes UTF-8 or UTF-16)"]) from None
        except Exception as exc:  # noqa: BLE001 - pympi reports a malformed file with any exception
            where = "in the header"
            if grid.tiers:
                last = grid.tiers[-1]
                where = f"in tier {len(grid.tiers)} ({last.name!r}) after {len(last.intervals)} interval(s)"
            raise ImportProblem(source, [f"{where}: not a Praat TextGrid ({type(exc).__name__}"
                                         f"{': ' + str(exc)[:80] if str(exc) else ''})"]) from None
    found = TierFile(source)
    problems: list[str] = []
    if not grid.tiers:
        raise ImportProblem(source, ["the TextGrid has no tiers; there is nothing to import"])
    count = 0
    for number, tier in enumerate(grid.tiers, start=1):
        kind = KINDS.get(tier.tier_type)
        name = str(tier.name)
        if kind is None:
            problems.append(f"tier {number} ({name!r}): class {tier.tier_type!r} is neither IntervalTier nor TextTier")
            continue
        if len(name) > 200:
            problems.append(f"tier {number}: its name is {len(name):,} characters long (at most 200)")
            continue
        read = Tier(name, kind)
        previous = -checks.DAY_MS
        for n, item in enumerate(tier.intervals, start=1):
            where = f"tier {name!r}, {'interval' if kind == 'interval' else 'point'} {n}"
            try:
                start = checks.time_ms(item[0], "xmin" if kind == "interval" else "number")
                end = checks.time_ms(item[1], "xmax") if kind == "interval" else start
                label = checks.text(str(item[-1]), "text" if kind == "interval" else "mark").strip()
            except BadValue as exc:
                problems.append(f"{where}: {exc}")
            else:
                if end < start or start < previous:
                    problems.append(f"{where}: {start / 1000:.3f}–{end / 1000:.3f} s is out of order "
                                    f"(the one before ends at {previous / 1000:.3f} s)")
                previous = end
                if label:
                    read.annotations.append(Annotation(start, end, label, where=where))
            if len(problems) > MAX_PROBLEMS:
                break
        count += len(read.annotations)
        if count > checks.MAX_RECORDS:
            problems.append(f"tier {name!r}: more than {checks.MAX_RECORDS:,} labelled intervals and points")
        found.tiers.append(read)
        if len(problems) > MAX_PROBLEMS:
            break
    if problems:
        raise ImportProblem(source, problems)
    return found


def write_textgrid(tiers: Sequence[tuple[str, str, Sequence[tuple[int, int, str]]]], duration_ms: int,
                   out: Path) -> Path:
    """Write ``(name, "interval"|"point", [(start_ms, end_ms, label)])`` tiers as a long-text UTF-8 TextGrid."""
    from pympi.Praat import TextGrid

    end = max([duration_ms, *(e for _, _, items in tiers for _, e, _ in items)], default=0)
    grid = TextGrid(xmax=max(end, 1) / 1000)
    for name, kind, items in tiers:
        tier = grid.add_tier(plain_text(name, " ").replace('"', '""'),
                             "IntervalTier" if kind == "interval" else "TextTier")
        for start, stop, label in items:
            text = plain_text(label)
            if kind == "interval":
                tier.add_interval(start / 1000, stop / 1000, text, check=False)
            else:
                tier.add_point(start / 1000, text, check=False)
    with atomic_path(out) as tmp:
        grid.to_file(str(tmp), codec="utf-8", mode="normal")
    return out


def _clip_file(out: Path, case_id: str, several: bool) -> Path:
    if not several:
        return out
    part = "".join(c if c.isalnum() or c in "_.-" else "_" for c in case_id).strip("._") or "clip"
    return out.with_name(f"{out.stem}.{part}{out.suffix}")


def export_textgrid(project: Project, session_ids: Sequence[int], out: Path, with_paths: bool = False) -> list[Path]:
    """One TextGrid per clip: a tier per code of each session (interval for state codes, point for point codes)."""
    sessions = chosen_sessions(project, session_ids)
    if not sessions:
        raise ValueError("no sessions to export")
    by_clip: dict[int, list[Session]] = {}
    for session in sessions:
        by_clip.setdefault(session.clip_id, []).append(session)
    written = []
    for clip_id, group in by_clip.items():
        clip = project.clip(clip_id)
        tiers: list[tuple[str, str, list[tuple[int, int, str]]]] = []
        for session in group:
            scheme = project.scheme_of(session)
            prefix = f"{project.coder(session.coder_id).initials}#{session.id} " if len(sessions) > 1 else ""
            segments = sorted(project.segments(session.id), key=lambda s: (s.start_ms, s.end_ms))
            for code in scheme.codes:
                kind = "point" if code.kind == CodeKind.POINT else "interval"
                items = [(s.start_ms, s.end_ms, code.id) for s in segments if s.code_id == code.id]
                tiers.append((prefix + code.label, kind, items))
        written.append(write_textgrid(tiers, clip.duration_ms, _clip_file(out, clip.case_id, len(by_clip) > 1)))
    return written

