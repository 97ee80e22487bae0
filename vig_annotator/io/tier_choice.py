"""Which tiers of an EAF or TextGrid come in, and as what: the one import plan of the CLI and the app.

Without a choice, the tiers that can be codes come in — tiers under a controlled vocabulary, and
independent tiers with few distinct short values — and every other tier is left out with the
reason (free text belongs in a transcript; a dependent tier is chosen by name). A named tier comes
in whatever it looks like, unless it has no times of its own. No tier ever becomes a code per sentence
by default.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from vig_annotator.io.eaf_read import MODIFIER_SUFFIX, NOTE_SUFFIX, Tier, TierFile, read_tiers
from vig_annotator.io.importing import Imported, ImportProblem, Record
from vig_annotator.io.tables import parse_modifiers

MAX_CODE_VALUES = 30
"""A tier with more distinct values than this is free text, not codes."""
MAX_CODE_WORDS = 3


@dataclass(frozen=True)
class TierRow:
    """A tier as the app lists it: name, type, participant, count, preview, and whether it is ticked."""

    name: str
    kind: str
    participant: str
    count: int
    preview: str
    ticked: bool
    reason: str = ""
    """Why it is not ticked by default ("" when it is)."""


@dataclass
class TierPlan:
    """The tiers chosen and, for each tier left out, why."""

    chosen: list[Tier] = field(default_factory=list)
    left_out: dict[str, str] = field(default_factory=dict)
    cautions: list[str] = field(default_factory=list)
    """What a user should know about the tiers they chose (a free-text tier made codes)."""

    def notes(self) -> list[str]:
        """One line per tier left out, and each caution, for the user."""
        return [f"tier {name!r} left out: {why}" for name, why in self.left_out.items()] + self.cautions


def is_textgrid(path: str | Path) -> bool:
    """Whether the file is a Praat TextGrid, by its header (text in UTF-8 or UTF-16, or binary)."""
    try:
        with open(path, "rb") as f:
            head = f.read(200)
    except OSError:
        return False
    if head.startswith(b"ooBinaryFile"):
        return b"TextGrid" in head[:40]
    for codec in ("utf-16", "utf-8-sig"):
        if codec == "utf-16" and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        text = head.decode(codec, errors="ignore")
        if 'ooTextFile' in text and 'TextGrid' in text:
            return True
    return False


def read_tier_file(path: str | Path, fmt: str | None = None) -> TierFile:
    """The tiers of an EAF, or of a TextGrid (asked for, named so, or recognised by its header)."""
    if fmt == "textgrid" or (fmt is None and (Path(path).suffix.lower() == ".textgrid" or is_textgrid(path))):
        from vig_annotator.io.textgrid import read_textgrid

        return read_textgrid(path)
    return read_tiers(path)


def why_not_codes(tier: Tier) -> str:
    """Why the tier does not come in as codes by default ("" if it does)."""
    if tier.kind == "symbolic":
        return f"symbolic ({tier.constraint or 'no times of its own'}) under {tier.parent!r}"
    if tier.parent:
        return f"depends on tier {tier.parent!r} ({tier.constraint or 'a dependent tier'}); name it with --tier"
    if tier.vocabulary:
        return ""
    distinct = {a.value for a in tier.annotations}
    if len(distinct) > MAX_CODE_VALUES or any(len(v.split()) > MAX_CODE_WORDS for v in distinct):
        return (f"free text ({len(distinct):,} different values in {len(tier.annotations):,} annotations); bring it "
                f"in as a transcript: transcript import --tier {tier.name!r}")
    return ""


def _held(tier: Tier) -> bool:
    """A child tier of our own export whose values ride on its parent's segments (notes, modifiers)."""
    return bool(tier.parent) and tier.name.endswith((NOTE_SUFFIX, MODIFIER_SUFFIX))


def plan_tiers(found: TierFile, asked: Sequence[str] = ()) -> TierPlan:
    """The tiers that come in as codes: those asked for by name, else those that can be codes."""
    names = [t.name for t in found.tiers]
    unknown = [a for a in asked if a not in names]
    if unknown:
        raise ImportProblem(found.source, [f"no tier {unknown[0]!r} (the file's tiers: {', '.join(names)})"])
    plan = TierPlan()
    for tier in found.tiers:
        if asked:
            if tier.name not in asked:
                continue
            if tier.kind == "symbolic":
                raise ImportProblem(found.source, [f"tier {tier.name!r} is symbolic ({tier.constraint}): it has no "
                                                   "times of its own to code"])
            else:
                plan.chosen.append(tier)
                if why_not_codes(tier).startswith("free text"):
                    plan.cautions.append(f"tier {tier.name!r} looks like free text ({tier.distinct_values():,} "
                                         "different values): each value becomes a code of its own")
            continue
        reason = why_not_codes(tier)
        if _held(tier):
            continue
        if reason:
            plan.left_out[tier.name] = reason
        else:
            plan.chosen.append(tier)
    if not plan.chosen:
        listed = "; ".join(f"{n!r}: {why}" for n, why in plan.left_out.items())
        raise ImportProblem(found.source, [f"no tier can become codes ({listed})"])
    return plan


def tier_rows(found: TierFile) -> list[TierRow]:
    """Every tier with what the app's list shows, ticked as :func:`plan_tiers` would choose."""
    rows = []
    for tier in found.tiers:
        reason = why_not_codes(tier)
        kind = tier.kind if not tier.constraint else f"{tier.kind} ({tier.constraint})"
        rows.append(TierRow(tier.name, kind, tier.participant, len(tier.annotations), tier.preview(), not reason,
                            reason))
    return rows


def read_coded(path: str | Path, asked: Sequence[str] = (), fmt: str | None = None) -> Imported:
    """The chosen tiers of an EAF or TextGrid as records named by their value, tiers left out in the warnings.

    An ELAN vocabulary's descriptions describe the codes an import adds; our own EAF export's notes,
    modifiers and code ids come back with their segments.
    """
    found = read_tier_file(path, fmt)
    plan = plan_tiers(found, asked)
    return imported_from(found, plan)


def imported_from(found: TierFile, plan: TierPlan) -> Imported:
    """Records of the plan's tiers; ImportProblem naming each annotation that cannot be a code."""
    result = Imported(found.source, warnings=[*found.warnings, *plan.notes()], media_names=list(found.media_names))
    result.fingerprint = found.properties.get("vig-annotator:clip_fingerprint", "")
    notes: dict[str, str] = {}
    modifiers: dict[str, str] = {}
    for tier in found.tiers:
        if _held(tier):
            target = notes if tier.name.endswith(NOTE_SUFFIX) else modifiers
            target.update((a.parent_id, a.value) for a in tier.annotations)
    problems: list[str] = []
    for tier in plan.chosen:
        result.coder = result.coder or tier.annotator
        entries = found.entries(tier)
        by_value = {value: e for e in entries.values() for _, value, _ in e.languages or (("", e.value, ""),)}
        for ann in tier.annotations:
            entry = entries.get(ann.entry_id) or by_value.get(ann.value)
            if ann.entry_id and ann.entry_id not in entries:
                problems.append(f"{ann.where}: CVE_REF {ann.entry_id!r} is not in the tier's controlled vocabulary")
                continue
            name = ann.value
            said = entry.described(tier.language) if entry is not None else ""
            ours = [p.strip() for p in said.split(";", 3)]
            if len(ours) >= 3 and ours[1] in ("state", "point"):  # our export: id; kind; subject[; description]
                name = ours[0]
                if ours[1] == "point":
                    result.point_codes.add(name)
                said = ours[3] if len(ours) == 4 else ""
            if said and name:
                result.descriptions.setdefault(name, said)
            name = name or re.sub(r"^\S+#\d+ ", "", tier.name)
            result.groups.setdefault(name, re.sub(r"^\S+#\d+ ", "", tier.name))
            if len(name) > 200:
                problems.append(f"{ann.where}: the value is {len(name):,} characters long (at most 200 for a code)")
                continue
            start, end = ann.start_ms, ann.end_ms
            if tier.kind == "point":
                result.point_codes.add(name)
                end = start
            elif name in result.point_codes and end == start + 1:
                end = start  # a point exported lasting 1 ms (ELAN shows no zero-length annotation)
            result.records.append(Record(name, start, end, tier.participant,
                                         parse_modifiers(modifiers.get(ann.annotation_id, "")),
                                         notes.get(ann.annotation_id, ""), ann.where))
            if len(problems) > 20:
                break
    if not problems and not result.records:
        names = ", ".join(repr(t.name) for t in plan.chosen)
        problems.append(f"the tier(s) {names} hold no annotations; there is nothing to import")
    if problems:
        raise ImportProblem(found.source, problems)
    return result
