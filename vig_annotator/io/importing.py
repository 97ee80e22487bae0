"""Bringing coded events from other files into a session: all of them in one transaction, or none.

Readers (EAF, BORIS, tables) turn a file into ``Record``s that name their code as the file does;
:func:`apply_import` maps those names to the scheme's codes, reports what it cannot place, and writes
one new session with every segment — or raises :class:`ImportProblem` and changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from vig_annotator.core import modifiers
from vig_annotator.core.commands import Command, edit
from vig_annotator.core.model import Clip, Code, CodeKind, Coder, Entity, Purpose, Scheme, Segment, Session
from vig_annotator.core.project import Project, Put
from vig_annotator.core.rules import overlaps, slug
from vig_annotator.core.timebase import Timebase
from vig_annotator.store.timing import timebase_for

MAX_BYTES = 50 * 1024 * 1024


class ImportProblem(ValueError):
    """A file that cannot come in as asked; lists every problem with where it is."""

    def __init__(self, source: str, problems: Sequence[str]) -> None:
        self.source = source
        self.problems = list(problems)
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(f"{source}: {self.problems[0]}{more}")


@dataclass(frozen=True)
class Record:
    """One coded event as the source file has it."""

    code: str
    start_ms: int
    end_ms: int
    subject: str = ""
    modifiers: tuple[tuple[str, tuple[str, ...]], ...] = ()
    note: str = ""
    where: str = ""
    """Where in the file (line, element) — for messages."""


@dataclass
class Imported:
    """What a reader found: records plus hints about the media, the coder and the scheme."""

    source: str
    records: list[Record] = field(default_factory=list)
    media_names: list[str] = field(default_factory=list)
    coder: str = ""
    scheme_key: tuple[str, str] | None = None
    fingerprint: str = ""
    point_codes: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    descriptions: dict[str, str] = field(default_factory=dict)
    """What the file says a name means (an ELAN vocabulary entry's description), for codes it adds."""
    groups: dict[str, str] = field(default_factory=dict)
    """The group a code added for a name joins (the ELAN tier it came from); else "Imported"."""

    def names(self) -> list[str]:
        return sorted({r.code for r in self.records})


def check_size(path: Path) -> None:
    if not path.is_file():
        raise ImportProblem(str(path), ["is a folder, not a file" if path.is_dir() else "no such file"])
    if path.stat().st_size > MAX_BYTES:
        raise ImportProblem(str(path), [f"is larger than {MAX_BYTES // 2**20} MiB; refusing to read it"])


def resolve_code(name: str, scheme: Scheme, mapping: dict[str, str]) -> Code | None:
    """The scheme code for a name in the file: an explicit mapping, else its id, else its label.

    A name qualified by a subject, ``"vocalise (infant)"``, is that code only when the code's subject is
    that subject: a file that codes one behaviour for two subjects never silently merges them.
    """
    if name in mapping:
        target = mapping[name]
        return scheme.code(target) if target and scheme.has_code(target) else None
    if scheme.has_code(name):
        return scheme.code(name)
    lowered = name.strip().lower()
    for code in scheme.codes:
        if code.label.lower() == lowered:
            return code
    qualified = re.fullmatch(r"(.+) \(([^()]+)\)", name.strip())  # "behaviour (subject)", as BORIS rows read
    if qualified:
        base = resolve_code(qualified.group(1), scheme, {})
        if base is not None and base.subject == qualified.group(2):
            return base
    return None


def local_version(scheme: Scheme, new_codes: Sequence[str], imported: Imported) -> Scheme:
    """A project-local version of the scheme with the file's unknown codes added."""
    codes = list(scheme.codes)
    used = {c.id for c in codes}
    for name in new_codes:
        new_id = slug(name)
        while new_id in used:
            new_id += "_"
        used.add(new_id)
        kind = CodeKind.POINT if name in imported.point_codes else CodeKind.STATE
        codes.append(Code(new_id, name, kind, group=imported.groups.get(name) or "Imported",
                          description=imported.descriptions.get(name)
                          or f"added on import from {Path(imported.source).name}"))
    n = 1
    while f"{scheme.version}+local{n}" == scheme.version:
        n += 1
    return replace(scheme, version=f"{scheme.version}+local{n}", codes=tuple(codes))


def apply_import(project: Project, imported: Imported, clip: int | Clip, coder: str, scheme: Scheme,
                 mapping: dict[str, str] | None = None, add_codes: bool = False,
                 skip: Sequence[str] = (), initiator: object = None, timebase: Timebase | None = None) -> Session:
    """Write the records as a new session (one undoable edit); ImportProblem lists what cannot come in.

    Rows of one code that overlap are merged into one segment (segments of a code never overlap) and
    the merge is reported in ``imported.warnings``; rows outside the clip are refused. ``clip`` is a
    clip of the project or a new clip entity (with its ``timebase``), added in the same edit.
    """
    command, session = plan_import(project, imported, clip, coder, scheme, mapping, add_codes, skip, timebase)
    project.run(command, initiator=initiator)
    return session


def plan_import(project: Project, imported: Imported, clip: int | Clip, coder: str, scheme: Scheme,
                mapping: dict[str, str] | None = None, add_codes: bool = False,
                skip: Sequence[str] = (), timebase: Timebase | None = None) -> tuple[Command, Session]:
    """The one edit :func:`apply_import` runs, and the session it makes; changes nothing (a worker may plan).

    ImportProblem lists what cannot come in, as :func:`apply_import` says.
    """
    mapping = dict(mapping or {})
    for name in skip:
        mapping[name] = ""
    problems: list[str] = []
    unknown = [n for n in imported.names() if n not in skip and resolve_code(n, scheme, mapping) is None
               and mapping.get(n, None) != ""]
    if unknown and add_codes:
        known = len(scheme.codes)
        scheme = local_version(scheme, unknown, imported)
        for name in unknown:
            mapping[name] = next(c.id for c in scheme.codes[known:] if c.label == name)
        unknown = []
    if unknown:
        problems.append(f"codes not in scheme {scheme.id} {scheme.version}: {', '.join(unknown)} "
                        "(map them, skip them, or add them with --add-codes)")
    if isinstance(clip, int):
        clip = project.clip(clip)
    new_clip = clip.id not in project.entities["clip"]
    for r in imported.records:
        if r.start_ms < 0:
            problems.append(f"{r.where}: starts before the clip ({r.start_ms} ms)")
        elif r.end_ms < r.start_ms:
            problems.append(f"{r.where}: ends ({r.end_ms} ms) before it starts ({r.start_ms} ms)")
        elif clip.duration_ms and r.end_ms > clip.duration_ms:
            problems.append(f"{r.where}: ends at {r.end_ms / 1000:.3f} s, past the end of clip {clip.case_id} "
                            f"({clip.duration_ms / 1000:.3f} s); is it the right clip?")
    if problems:
        raise ImportProblem(imported.source, problems)
    timebase = timebase or timebase_for(project, clip)
    existing = project.entities["scheme"].get(scheme.key)
    ops: list[Put] = [] if existing is not None else [Put(scheme)]  # one transaction with the rest
    if new_clip:
        ops.append(Put(clip))
    coder_entity = project.coder_by_initials(coder)
    session_id = project.next_id("session")
    seg_id = project.next_id("segment")
    segments: list[Segment] = []
    for r in imported.records:
        code = resolve_code(r.code, scheme, mapping)
        if code is None:
            continue  # skipped on purpose
        end = r.start_ms if code.kind == CodeKind.POINT else r.end_ms
        segments.append(Segment(seg_id, session_id, code.id, r.start_ms, end, timebase.frame_at(r.start_ms),
                                timebase.frame_at(end), r.modifiers, r.note, code.item))
        problems.extend(modifiers.problems(r.where, code, segments[-1])[:1] if r.modifiers else [])
        seg_id += 1
    if problems:  # named where the file has them (the project's rules would name only the new session)
        raise ImportProblem(imported.source, problems)
    segments, merged = merge_overlaps(segments, timebase.frame_at)
    if merged:
        imported.warnings.append(
            f"{merged} overlapping row(s) of one code were merged into the row they overlap "
            "(segments of one code never overlap)")
    if coder_entity is None:
        coder_entity = Coder(project.next_id("coder"), coder or "IMPORT")
        ops.append(Put(coder_entity))
    session = Session(session_id, clip.id, coder_entity.id, scheme.id, scheme.version, Purpose.CODING)
    entities: list[Entity] = [op.entity for op in ops] + [session, *segments]
    return edit(f"Import {Path(imported.source).name}", [(None, e) for e in entities]), session


def merge_overlaps(segments: Sequence[Segment], frame_at: Callable[[int], int]) -> tuple[list[Segment], int]:
    """Segments with each run of overlapping ones of a code merged into its first; returns how many merged."""
    by_code: dict[str, list[Segment]] = {}
    for seg in segments:
        by_code.setdefault(seg.code_id, []).append(seg)
    kept: list[Segment] = []
    merged = 0
    for group in by_code.values():
        group.sort(key=lambda s: (s.start_ms, s.end_ms, s.id))
        current = group[0]
        for seg in group[1:]:
            if overlaps(current, seg):
                merged += 1
                end = max(current.end_ms, seg.end_ms)
                note = "; ".join(n for n in (current.note, seg.note) if n)
                current = replace(current, end_ms=end, end_frame=frame_at(end), note=note)
            else:
                kept.append(current)
                current = seg
        kept.append(current)
    kept.sort(key=lambda s: s.id)
    return kept, merged
