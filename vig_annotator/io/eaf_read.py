"""Reading an ELAN EAF file into its tiers, as ELAN shows them, checked and bounded.

Every tier keeps what ELAN users rely on: its linguistic type (time-alignable or symbolic, its
constraint), parent, PARTICIPANT, ANNOTATOR, LANG_REF and controlled vocabulary. A time subdivision's
annotations joined by unaligned slots share the time between their aligned ends evenly, as ELAN
draws them; annotations of symbolic tiers take the times of the annotation they refer to. XML is parsed
without DTDs, entities or network access; depth, counts and text lengths are bounded, and every
problem names the file and the element.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from vig_annotator.io import checks
from vig_annotator.io.checks import BadValue
from vig_annotator.io.importing import ImportProblem, check_size

NOTE_SUFFIX = " - note"
MODIFIER_SUFFIX = " - modifiers"
"""Child tiers of our own EAF export holding a segment's note and modifiers."""
VERSIONS = ("2.7", "2.8", "3.0")
"""EAF versions read (ELAN 4.1 onwards); older and newer files are refused, not guessed at."""
MAX_PROBLEMS = 20


def safe_parser() -> etree.XMLParser:
    """No DTDs, no entity expansion, no network, no huge trees (libxml2 bounds depth and text nodes)."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           dtd_validation=False, remove_comments=True)


@dataclass(frozen=True)
class Entry:
    """One entry of a controlled vocabulary: its id, value and description (first language given)."""

    entry_id: str
    value: str
    description: str = ""
    languages: tuple[tuple[str, str, str], ...] = ()
    """Every (LANG_REF, value, description) of a multilingual entry."""

    def described(self, language: str) -> str:
        """The description in the tier's language (its LANG_REF), else the first one given."""
        return next((d for lang, _, d in self.languages if lang == language and d), self.description)


@dataclass(frozen=True)
class Annotation:
    """One annotation with its times (ms), value, id, the annotation it refers to, and vocabulary entry."""

    start_ms: int
    end_ms: int
    value: str
    annotation_id: str = ""
    parent_id: str = ""
    entry_id: str = ""
    where: str = ""


@dataclass
class Tier:
    """A tier of a time-aligned file (EAF or TextGrid) with the attributes users rely on."""

    name: str
    kind: str = "interval"
    """``interval`` (time-alignable), ``point`` (TextGrid point tier) or ``symbolic`` (no times of its own)."""
    constraint: str = ""
    linguistic_type: str = ""
    parent: str = ""
    participant: str = ""
    annotator: str = ""
    language: str = ""
    vocabulary: str = ""
    annotations: list[Annotation] = field(default_factory=list)

    def distinct_values(self) -> int:
        return len({a.value for a in self.annotations})

    def preview(self, n: int = 3) -> str:
        """The first few values, for a list of tiers."""
        return " · ".join(a.value for a in self.annotations[:n] if a.value)


@dataclass
class TierFile:
    """What a time-aligned file holds: its tiers, vocabularies and hints about the media and coder."""

    source: str
    tiers: list[Tier] = field(default_factory=list)
    vocabularies: dict[str, list[Entry]] = field(default_factory=dict)
    media_names: list[str] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def tier(self, name: str) -> Tier:
        return next(t for t in self.tiers if t.name == name)

    def entries(self, tier: Tier) -> dict[str, Entry]:
        """The tier's vocabulary entries by id."""
        return {e.entry_id: e for e in self.vocabularies.get(tier.vocabulary, [])}


def parse(path: Path) -> etree._ElementTree:
    """The file's XML, parsed safely; ImportProblem with the line if it is not well-formed."""
    check_size(path)
    try:
        return etree.parse(str(path), safe_parser())
    except etree.XMLSyntaxError as exc:
        raise ImportProblem(str(path), [f"line {exc.lineno}: not well-formed XML ({exc.msg})"]) from None


def read_tiers(path: str | Path) -> TierFile:
    """Every tier of an EAF 2.7–3.0 file with its annotations; ImportProblem naming each bad element."""
    path = Path(path)
    tree = parse(path)
    root = tree.getroot()
    source = str(path)
    if root.tag != "ANNOTATION_DOCUMENT":
        raise ImportProblem(source, [f"line {root.sourceline}: <{root.tag}> is not an ELAN <ANNOTATION_DOCUMENT>"])
    version = (root.get("VERSION") or "").strip()
    if version not in VERSIONS:
        said = f"VERSION {version!r}" if version else "no VERSION"
        raise ImportProblem(source, [f"line {root.sourceline}: <ANNOTATION_DOCUMENT> has {said}; EAF versions "
                                     f"{', '.join(VERSIONS)} are read (save it again in a current ELAN)"])
    found = TierFile(source, warnings=_ignored_parts(tree))
    problems: list[str] = []
    header = root.find("HEADER")
    if header is not None and header.get("TIME_UNITS", "milliseconds") != "milliseconds":
        problems.append(f"line {header.sourceline}: <HEADER> TIME_UNITS {header.get('TIME_UNITS')!r} "
                        "(only milliseconds)")
    for descriptor in root.iterfind("HEADER/MEDIA_DESCRIPTOR"):
        for attr in ("RELATIVE_MEDIA_URL", "MEDIA_URL"):
            if descriptor.get(attr):
                found.media_names.append(Path(descriptor.get(attr, "")).name)
    for prop in root.iterfind("HEADER/PROPERTY"):
        found.properties[prop.get("NAME", "")] = _text(prop.text, f"line {prop.sourceline}: <PROPERTY>", problems)
    times = _times(root, problems)
    found.vocabularies = _vocabularies(root, problems)
    types = {t.get("LINGUISTIC_TYPE_ID", ""): t for t in root.iterfind("LINGUISTIC_TYPE")}
    tiers = root.findall("TIER")
    if not tiers:
        problems.append(f"line {root.sourceline}: the document has no <TIER>; there is nothing to import")
    count = 0
    for element in tiers:
        tier = _tier(element, types, times, problems, checks.MAX_RECORDS - count + 1)
        count += len(tier.annotations)
        if count > checks.MAX_RECORDS:
            problems.append(f"line {element.sourceline}: more than {checks.MAX_RECORDS:,} annotations")
            break
        found.tiers.append(tier)
        if len(problems) > MAX_PROBLEMS:
            break
    if problems:
        raise ImportProblem(source, problems)
    _symbolic_times(found, problems)
    if problems:
        raise ImportProblem(source, problems)
    return found


def _text(value: str | None, where: str, problems: list[str], limit: int = checks.MAX_TEXT) -> str:
    text = value or ""
    if len(text) > limit:
        problems.append(f"{where}: the text is {len(text):,} characters long (at most {limit:,})")
        return ""
    return text


def _times(root: etree._Element, problems: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    """Aligned slot -> ms, and unaligned slot -> its place among the aligned slots around it in the time order.

    A tier's own chain of slots (:func:`_chained`) places an unaligned slot better.
    """
    order: list[tuple[str, int | None]] = []
    lines: dict[str, int | None] = {}
    for ts in root.iterfind("TIME_ORDER/TIME_SLOT"):
        slot_id = ts.get("TIME_SLOT_ID", "")
        if slot_id in lines:  # which of the two times an annotation meant cannot be told
            problems.append(f"line {ts.sourceline}: <TIME_SLOT> {slot_id!r} appears twice (first on line "
                            f"{lines[slot_id]}): each TIME_SLOT_ID must be unique")
        lines[slot_id] = ts.sourceline
        value = ts.get("TIME_VALUE")
        ms: int | None = None
        if value is not None:
            try:
                ms = checks.time_ms(value, "TIME_VALUE", unit_ms=1)
            except BadValue as exc:
                problems.append(f"line {ts.sourceline}: <TIME_SLOT> {ts.get('TIME_SLOT_ID')!r}: {exc}")
                if len(problems) > MAX_PROBLEMS:
                    break
        order.append((ts.get("TIME_SLOT_ID", ""), ms))
    aligned = {slot: ms for slot, ms in order if ms is not None}
    placed: dict[str, int] = {}
    n = 0
    while n < len(order):
        if order[n][1] is not None:
            n += 1
            continue
        run_end = n
        while run_end < len(order) and order[run_end][1] is None:
            run_end += 1
        before = order[n - 1][1] if n > 0 else None
        after = order[run_end][1] if run_end < len(order) else None
        if before is not None and after is not None:
            step = (after - before) / (run_end - n + 1)
            for k in range(n, run_end):
                placed[order[k][0]] = round(before + step * (k - n + 1))
        n = run_end
    return aligned, placed


def _vocabularies(root: etree._Element, problems: list[str]) -> dict[str, list[Entry]]:
    """CV id -> entries, from EAF 3.0's multilingual ``CV_ENTRY_ML`` or 2.7's ``CV_ENTRY``."""
    found: dict[str, list[Entry]] = {}
    for cv in root.iterfind("CONTROLLED_VOCABULARY"):
        entries = found.setdefault(cv.get("CV_ID", ""), [])
        for n, entry in enumerate(cv.iterfind("CV_ENTRY_ML"), start=1):
            where = f"line {entry.sourceline}: <CV_ENTRY_ML>"
            languages = tuple((v.get("LANG_REF", ""), _text(v.text, where, problems, 200).strip(),
                               _text(v.get("DESCRIPTION"), where, problems)) for v in entry.iterfind("CVE_VALUE"))
            if languages:
                entries.append(Entry(entry.get("CVE_ID", f"cve{n}"), languages[0][1], languages[0][2], languages))
        for n, entry in enumerate(cv.iterfind("CV_ENTRY"), start=1):
            where = f"line {entry.sourceline}: <CV_ENTRY>"
            entries.append(Entry(entry.get("CVE_ID", f"cv_entry{n}"), _text(entry.text, where, problems, 200).strip(),
                                 _text(entry.get("DESCRIPTION"), where, problems)))
    return found


def _tier(element: etree._Element, types: dict[str, etree._Element], times: tuple[dict[str, int], dict[str, int]],
          problems: list[str], room: int) -> Tier:
    """The tier's annotations (at most ``room``: a reader never holds more than a file may have)."""
    name = element.get("TIER_ID", "")
    if len(name) > 200:
        problems.append(f"line {element.sourceline}: <TIER> TIER_ID is {len(name):,} characters long (at most 200)")
        name = name[:40] + "…"
    ltype = types.get(element.get("LINGUISTIC_TYPE_REF", ""))
    aligned = ltype is None or ltype.get("TIME_ALIGNABLE", "true") != "false"
    tier = Tier(name, "interval" if aligned else "symbolic",
                constraint=ltype.get("CONSTRAINTS", "") if ltype is not None else "",
                linguistic_type=element.get("LINGUISTIC_TYPE_REF", ""), parent=element.get("PARENT_REF", ""),
                participant=element.get("PARTICIPANT", ""), annotator=element.get("ANNOTATOR", ""),
                language=element.get("LANG_REF", ""),
                vocabulary=ltype.get("CONTROLLED_VOCABULARY_REF", "") if ltype is not None else "")
    found: list[tuple[str, str, Annotation]] = []
    for ann in element.iterfind("ANNOTATION/*"):
        where = f"line {ann.sourceline} (tier {name!r}, annotation {ann.get('ANNOTATION_ID', '')[:40]})"
        value = _text(ann.findtext("ANNOTATION_VALUE"), where, problems).strip()
        if ann.tag == "ALIGNABLE_ANNOTATION":
            found.append((ann.get("TIME_SLOT_REF1", ""), ann.get("TIME_SLOT_REF2", ""),
                          Annotation(-1, -1, value, ann.get("ANNOTATION_ID", ""), "", ann.get("CVE_REF", ""), where)))
        elif ann.tag == "REF_ANNOTATION":
            found.append(("", "", Annotation(-1, -1, value, ann.get("ANNOTATION_ID", ""),
                                             ann.get("ANNOTATION_REF", ""), ann.get("CVE_REF", ""), where)))
        if len(problems) > MAX_PROBLEMS or len(found) >= room:
            break
    slot_time = _chained(found, *times)
    for ref1, ref2, ann in found:
        if ann.parent_id:
            tier.annotations.append(ann)
        elif ref1 not in slot_time or ref2 not in slot_time:
            problems.append(f"{ann.where}: its time slots {ref1}/{ref2} have no time")
        else:
            tier.annotations.append(replace(ann, start_ms=slot_time[ref1], end_ms=slot_time[ref2]))
    return tier


def _chained(found: list[tuple[str, str, Annotation]], aligned: dict[str, int],
             placed: dict[str, int]) -> dict[str, int]:
    """Slot -> ms for the tier's annotations, as ELAN draws them.

    A run of annotations joined by unaligned slots (a time subdivision) shares the time between its
    aligned ends evenly; a slot left over takes its place in the time order.
    """
    starting = {ref1: n for n, (ref1, _, _) in enumerate(found) if ref1}
    resolved = dict(aligned)
    for ref1, ref2, _ in found:
        if ref1 not in aligned or ref2 in aligned or not ref2:
            continue
        inner, slot = [ref2], ref2
        while slot not in aligned and slot in starting and len(inner) <= len(found):
            slot = found[starting[slot]][1]
            inner.append(slot)
        if slot in aligned:
            start, end = aligned[ref1], aligned[slot]
            for k, between in enumerate(inner[:-1], start=1):
                resolved[between] = round(start + (end - start) * k / len(inner))
    for ref1, ref2, _ in found:
        for slot in (ref1, ref2):
            if slot not in resolved and slot in placed:
                resolved[slot] = placed[slot]
    return resolved


def _symbolic_times(found: TierFile, problems: list[str]) -> None:
    """Give each reference annotation the times of the annotation it refers to (parents first)."""
    by_id: dict[str, Annotation] = {}
    pending = [t for t in found.tiers]
    for _ in range(len(pending) + 1):  # each pass resolves at least one more level of the tier tree
        left = []
        for tier in pending:
            resolved = []
            waiting = False
            for ann in tier.annotations:
                if ann.parent_id:
                    parent = by_id.get(ann.parent_id)
                    if parent is None:
                        waiting = True
                        break
                    ann = Annotation(parent.start_ms, parent.end_ms, ann.value, ann.annotation_id, ann.parent_id,
                                     ann.entry_id, ann.where)
                resolved.append(ann)
            if waiting:
                left.append(tier)
                continue
            tier.annotations = resolved
            by_id.update((a.annotation_id, a) for a in resolved)
        if not left:
            return
        pending = left
    for tier in pending[:MAX_PROBLEMS]:
        ann = next(a for a in tier.annotations if a.parent_id and a.parent_id not in by_id)
        problems.append(f"{ann.where}: ANNOTATION_REF {ann.parent_id!r} is no annotation of the file")


def _ignored_parts(tree: etree._ElementTree) -> list[str]:
    """Warnings for what the safe parser left alone: a DTD (never loaded) and XInclude (never followed)."""
    warnings = []
    info = tree.docinfo
    if info.doctype or info.internalDTD is not None or info.system_url:
        warnings.append("the file's DTD was ignored (entities are neither loaded nor expanded)")
    if tree.getroot().find(".//{http://www.w3.org/2001/XInclude}include") is not None:
        warnings.append("the file's XInclude elements were ignored (nothing is fetched)")
    return warnings
