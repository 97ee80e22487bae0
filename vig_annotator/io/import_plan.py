"""One way in for coded files: what a file is, what it holds, where it goes, and the record it leaves.

The command line's ``import`` and the app's File ▸ Import both go through here:

1. :func:`read_source` reads the file once — its format from ``--format``, a TextGrid header or the
   suffix — into a :class:`Source` (an EAF's tiers, a BORIS project's parsed document and ethogram, a
   table's rows). Choosing other tiers or another BORIS observation re-reads nothing; a table is read
   again only when its decimal mark is changed (the mark decides what its numbers are).
2. :func:`make_plan` decides, without changing the project, the scheme (``--scheme``, else the file's
   own, else one of the project's that knows every code, else the file's ethogram), the clip (``--clip``,
   else the one the file names), the coder, the one edit to run, and the audit entry.
3. :func:`carry_out` runs the edit and writes the audit entry to the project's log.

A BORIS project with no observations is an ethogram: its plan adds the ethogram as a scheme.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vig_annotator.core.commands import Command, edit
from vig_annotator.core.model import Clip, Scheme, Session
from vig_annotator.core.project import Project
from vig_annotator.io import boris
from vig_annotator.io.eaf_read import TierFile
from vig_annotator.io.importing import Imported, ImportProblem, plan_import, resolve_code
from vig_annotator.io.table_import import read_table
from vig_annotator.io.tier_choice import imported_from, is_textgrid, plan_tiers, read_tier_file
from vig_annotator.projects import NewClip, prepare_clip
from vig_annotator.schemes import resolve

FORMATS = {".eaf": "eaf", ".textgrid": "textgrid", ".boris": "boris", ".csv": "csv", ".xlsx": "xlsx"}
TIER_FORMATS = ("eaf", "textgrid")
TABLE_FORMATS = ("csv", "xlsx")
DECIMALS = ("comma", "point")

Progress = Callable[[str, int], None]
"""Told each stage as it starts: ``("reading", bytes)``, ``("checking", events)``, ``("writing", events)``."""


def _quiet(_stage: str, _amount: int) -> None:
    return None


@dataclass(frozen=True)
class ImportOptions:
    """What the user asked for (the command line's options; the import dialog's choices)."""

    format: str | None = None
    tiers: tuple[str, ...] = ()
    observation: str | None = None
    decimal: str | None = None
    scheme: str | None = None
    """A scheme name or a scheme FILE (``--scheme``); None: chosen as :func:`choose_scheme` says."""
    clip: str | None = None
    """A video (``--clip``), added with the import when the project does not have it."""
    coder: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    """For EAF/TextGrid/BORIS: a name in the file → a code id ("" skips the name)."""
    columns: dict[str, str] | None = None
    """For a table that is not this app's export: which column holds what."""
    skip: tuple[str, ...] = ()
    add_codes: bool = False


def file_format(path: str | Path, asked: str | None = None) -> str:
    """The format asked for, else a TextGrid recognised by its header, else the one its suffix says."""
    if asked:
        return asked
    if is_textgrid(path):
        return "textgrid"
    found = FORMATS.get(Path(path).suffix.lower())
    if found is None:
        raise ImportProblem(str(path), ["say which format it is with --format (eaf, textgrid, boris, csv, xlsx)"])
    return found


@dataclass
class Source:
    """A file read for import: its format, what it holds, and the events currently chosen from it."""

    path: Path
    format: str
    imported: Imported
    tiers: TierFile | None = None
    document: dict[str, Any] | None = None
    """A BORIS project's parsed JSON (read once: choosing another observation reads it from here)."""
    ethogram: Scheme | None = None
    observation: str | None = None
    decimal: str | None = None
    columns: dict[str, str] | None = None
    problem: ImportProblem | None = None
    """Why the current choice (observation, decimal mark) gives no events; the app shows it by its chooser."""

    @property
    def observations(self) -> list[str]:
        return sorted((self.document or {}).get("observations") or {})

    @property
    def ethogram_only(self) -> bool:
        """A BORIS project with no observations: it comes in as a scheme to code with."""
        return self.document is not None and not self.observations

    def choose_tiers(self, names: Sequence[str]) -> None:
        """Take the events of these tiers (ImportProblem if they cannot be codes); nothing is re-read."""
        assert self.tiers is not None
        self.imported = imported_from(self.tiers, plan_tiers(self.tiers, names))

    def choose_observation(self, name: str | None) -> None:
        """Take the events of this BORIS observation (ImportProblem if it has none); nothing is re-read."""
        assert self.document is not None
        self.observation = name
        self.imported = Imported(str(self.path))
        self.imported = boris.read_boris(self.path, name, self.document)
        self.problem = None

    def choose_decimal(self, decimal: str | None) -> None:
        """Read the table again with this decimal mark (a comma in a time: ``comma`` or ``point``)."""
        self.decimal = decimal
        self.imported = Imported(str(self.path))
        self.imported = read_table(self.path, self.columns, decimal)
        self.problem = None

    def choose(self, step: Callable[[], None]) -> None:
        """Make a choice (``lambda: source.choose_decimal("comma")``); what it cannot give is kept in ``problem``."""
        try:
            step()
        except ImportProblem as exc:
            self.problem = exc


def read_source(path: str | Path, options: ImportOptions = ImportOptions(), progress: Progress = _quiet,
                interactive: bool = False) -> Source:
    """Read the file once, as the options say; ImportProblem names the file and the place if it cannot be.

    ``interactive`` (the app): a BORIS file with several observations starts with the first, and an
    observation or decimal mark that gives no events is kept in ``Source.problem`` for the user to change.
    """
    path = Path(path)
    fmt = file_format(path, options.format)
    if options.tiers and fmt not in TIER_FORMATS:
        raise ImportProblem(str(path), [f"--tier is for EAF and TextGrid files (this is {fmt})"])
    progress("reading", path.stat().st_size if path.is_file() else 0)
    if fmt in TIER_FORMATS:
        found = read_tier_file(path, fmt)
        source = Source(path, fmt, imported_from(found, plan_tiers(found, options.tiers)), tiers=found)
    elif fmt == "boris":
        source = Source(path, fmt, Imported(str(path)), document=boris.load_boris(path))
        if not source.ethogram_only:
            observation = options.observation or (source.observations[0] if interactive else None)
            _choose(source, lambda: source.choose_observation(observation), interactive)
        source.ethogram = boris.scheme_from_boris(source.document or {}, str(path))
    else:
        source = Source(path, fmt, Imported(str(path)), decimal=options.decimal, columns=options.columns)
        _choose(source, lambda: source.choose_decimal(options.decimal), interactive)
        if source.problem is not None and not _mark_helps(source, options.decimal):
            raise source.problem  # no decimal mark reads it: the file itself cannot come in
    return source


def _mark_helps(source: Source, tried: str | None) -> bool:
    """Whether another decimal mark reads a table that ``tried`` did not (read again only after a refusal)."""
    for mark in DECIMALS:
        if mark != tried:
            try:
                read_table(source.path, source.columns, mark)
            except ImportProblem:
                continue
            return True
    return False


def _choose(source: Source, step: Callable[[], None], interactive: bool) -> None:
    if interactive:
        source.choose(step)
    else:
        step()


def matching_clip(project: Project, imported: Imported) -> Clip | None:
    """The project's clip the file says it codes (by fingerprint, else by file name), or its only clip."""
    for clip in project.clips:
        if imported.fingerprint and clip.fingerprint == imported.fingerprint:
            return clip
    named = [c for c in project.clips if Path(c.path).name in imported.media_names]
    if len(named) == 1:
        return named[0]
    if len(project.clips) == 1:
        return project.clips[0]
    return None


def choose_clip(project: Project, imported: Imported, video: str | None) -> Clip | NewClip:
    """The clip the file codes: a clip of the project, or a probed new one (added with the import)."""
    if video:
        new = prepare_clip(project, video)
        return new.clip if new.existing else new
    found = matching_clip(project, imported)
    if found is None:
        raise ValueError(f"{imported.source}: say which clip it codes with --clip VIDEO")
    return found


def choose_scheme(project: Project, source: Source, asked: str | None = None) -> Scheme:
    """The scheme the rows go into, as the command line and the app choose it by default.

    ``--scheme`` (a pinned copy must match it), else the scheme the file names, else one of the project's
    that knows every name in the file, else the file's own ethogram, else the project's first, else the demo.
    """
    imported = source.imported
    if source.ethogram_only and source.ethogram is not None:
        return source.ethogram
    if asked:
        wanted = resolve(asked)
        pinned = project.entities["scheme"].get(wanted.key)
        if pinned is not None and pinned != wanted:
            raise ValueError(f"--scheme {asked}: the project already has scheme {wanted.id} version "
                             f"{wanted.version} with different content; give the changed scheme a new version")
        if pinned is not None and Path(asked).is_file():
            imported.warnings.append(f"the project already has scheme {wanted.id} {wanted.version} (the same as "
                                     f"{asked}): its copy is used")
        return wanted
    if imported.scheme_key is not None and imported.scheme_key in project.entities["scheme"]:
        return project.scheme(*imported.scheme_key)
    for scheme in project.schemes:
        if all(resolve_code(name, scheme, {}) is not None for name in imported.names()):
            return scheme
    if source.ethogram is not None:
        return source.ethogram
    if project.schemes:
        return project.schemes[0]
    return resolve("demo")


@dataclass
class ImportPlan:
    """Everything an import will do, decided without changing the project."""

    source: Source
    command: Command | None
    """None: nothing to change (an ethogram the project already has)."""
    what: str
    """The audit entry's text (the project's export log); its target is :attr:`target`."""
    session: Session | None = None
    scheme: Scheme | None = None
    new_clip: NewClip | None = None

    @property
    def target(self) -> str:
        return str(self.source.path.absolute())


def make_plan(project: Project, source: Source, options: ImportOptions = ImportOptions(),
              scheme: Scheme | None = None, clip: Clip | NewClip | None = None,
              progress: Progress = _quiet) -> ImportPlan:
    """The import as one edit plus its audit entry; changes nothing (a worker thread may plan).

    ``scheme`` and ``clip`` are the app's picks; without them they are chosen as the command line does.
    ImportProblem (a ValueError) lists what cannot come in.
    """
    name = source.path.name
    if source.ethogram_only:
        assert source.ethogram is not None
        chosen = scheme or source.ethogram
        pinned = project.entities["scheme"].get(chosen.key)
        if pinned is not None and pinned != chosen:
            raise ValueError(f"the project already has scheme {chosen.id!r} version {chosen.version!r} with "
                             "different content; give the changed scheme a new version")
        command = None if pinned is not None else edit(f"Add scheme {chosen.name} {chosen.version}", [(None, chosen)])
        return ImportPlan(source, command,
                          f"import of the ethogram of {name} as scheme {chosen.id} {chosen.version}", scheme=chosen)
    scheme = scheme or choose_scheme(project, source, options.scheme)
    chosen_clip = clip or choose_clip(project, source.imported, options.clip)
    coder = (options.coder or source.imported.coder or "IMPORT").strip() or "IMPORT"
    progress("checking", len(source.imported.records))
    new = chosen_clip if isinstance(chosen_clip, NewClip) else None
    target = chosen_clip.clip if isinstance(chosen_clip, NewClip) else chosen_clip
    command, session = plan_import(project, source.imported, target, coder, scheme,
                                   options.mapping, options.add_codes, options.skip,
                                   timebase=new.timebase if new else None)
    return ImportPlan(source, command, f"import of {name} as session {session.id}", session, scheme, new)


def carry_out(project: Project, plan: ImportPlan, initiator: object = None, progress: Progress = _quiet) -> None:
    """Run the planned edit (one undoable step), keep a new clip's timing, and record the import in the log."""
    from vig_annotator.io.export import log_export

    progress("writing", len(plan.source.imported.records))
    if plan.command is not None:
        project.run(plan.command, initiator=initiator)
    if plan.new_clip is not None:
        plan.new_clip.cache_timing(project)
    log_export(project, plan.what, plan.target)
