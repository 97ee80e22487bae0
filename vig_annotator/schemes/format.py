"""The scheme file: a versioned JSON document, validated on load with messages that name the field.

A scheme file looks like::

    {"format": "vig-annotator-scheme", "format_version": 1,
     "id": "demo", "name": "Demo", "version": "1.0",
     "codes": [{"id": "eye_contact", "label": "Eye contact", "kind": "state", "key": "e"}],
     "rated_items": [], "composites": [], "principles": []}

Every problem found is reported, each as ``path.to.field: what is wrong``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vig_annotator.core import keymap
from vig_annotator.core.model import (
    DEFAULT_COLOUR,
    SUBJECTS,
    Band,
    Code,
    CodeKind,
    Composite,
    Direction,
    ItemValue,
    ModifierSet,
    Principle,
    RatedItem,
    Scheme,
)

FORMAT = "vig-annotator-scheme"
FORMAT_VERSION = 1
RESERVED_KEYS = keymap.reserved_keys()  # the keys that work while coding (one table: core.keymap)
MAX_CHARS = 5_000_000
MAX_DEPTH = 32
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_\-.]*$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class SchemeError(ValueError):
    """A scheme file that cannot be used, with every problem found in it."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        super().__init__(f"{source}: {problems[0]}{more}")

    def report(self) -> str:
        return "\n".join(f"{self.source}: {p}" for p in self.problems)


# Upgrades from an older format_version to the next one, applied in order on load.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def load_file(path: str | Path) -> Scheme:
    """Read and validate a scheme file."""
    path = Path(path)
    try:
        if path.stat().st_size > 4 * MAX_CHARS:
            raise SchemeError(str(path), [f"is larger than {4 * MAX_CHARS // 2**20} MiB; not a scheme"])
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemeError(str(path), [f"cannot read the file ({exc.__class__.__name__}: {exc})"]) from exc
    return loads(text, str(path))


def loads(text: str, source: str = "scheme", lenient: bool = False) -> Scheme:
    """Parse and validate scheme JSON text; ``source`` names it in messages.

    ``lenient`` (for schemes pinned in a project) returns the scheme despite problems that do not stop
    it being built, so a project always opens; the project's rules then show what is wrong.
    """
    if len(text) > MAX_CHARS:
        raise SchemeError(source, [f"is {len(text):,} characters long; a scheme is at most {MAX_CHARS:,}"])
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise SchemeError(source, [f"nested deeper than {MAX_DEPTH} levels; not a scheme"]) from None
    except json.JSONDecodeError as exc:
        raise SchemeError(source, [f"line {exc.lineno} column {exc.colno}: not valid JSON ({exc.msg})"]) from exc
    except ValueError as exc:
        raise SchemeError(source, [str(exc)]) from None
    if _depth(data) > MAX_DEPTH:
        raise SchemeError(source, [f"nested deeper than {MAX_DEPTH} levels; not a scheme"])
    return from_dict(data, source, lenient)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a scheme (expected a finite number)")


def _depth(data: Any) -> int:
    """How deeply lists and objects nest (iteratively, so no recursion limit is ever hit)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if deepest > MAX_DEPTH:
                break
            stack.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def from_dict(data: Any, source: str = "scheme", lenient: bool = False) -> Scheme:
    if not isinstance(data, dict):
        raise SchemeError(source, ["the file must hold one JSON object"])
    if data.get("format") != FORMAT:
        raise SchemeError(source, [f"format: expected {FORMAT!r}; this is not a vig-annotator scheme file"])
    version = data.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise SchemeError(source, ["format_version: must be a whole number ≥ 1"])
    if version > FORMAT_VERSION:
        raise SchemeError(source, [
            f"format_version: {version} was written by a newer vig-annotator "
            f"(this one reads up to {FORMAT_VERSION}); update vig-annotator"])
    while version < FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    checker = _Checker()
    scheme = checker.scheme(data)
    if checker.problems and not lenient:
        raise SchemeError(source, checker.problems)
    return scheme


class _Checker:
    """Builds a Scheme while collecting every problem, each with its field path."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def bad(self, where: str, what: str) -> None:
        self.problems.append(f"{where}: {what}")

    def text(self, obj: dict[str, Any], name: str, where: str, required: bool = False,
             default: str = "") -> str:
        value = obj.get(name, None)
        if value is None:
            if required:
                self.bad(f"{where}{name}", "is required")
            return default
        if not isinstance(value, str):
            self.bad(f"{where}{name}", f"must be text, not {type(value).__name__}")
            return default
        if required and not value.strip():
            self.bad(f"{where}{name}", "must not be empty")
        return value

    def slug(self, obj: dict[str, Any], name: str, where: str) -> str:
        value = self.text(obj, name, where, required=True)
        if value and not _SLUG.match(value):
            self.bad(f"{where}{name}", f"{value!r} must be lower-case letters, digits, '_', '-' or '.'")
        return value

    def items(self, obj: dict[str, Any], name: str) -> list[Any]:
        value = obj.get(name, [])
        if not isinstance(value, list):
            self.bad(name, f"must be a list, not {type(value).__name__}")
            return []
        return value

    def scheme(self, data: dict[str, Any]) -> Scheme:
        scheme_id = self.slug(data, "id", "")
        name = self.text(data, "name", "", required=True)
        version = self.text(data, "version", "", required=True)
        subjects_raw = data.get("subjects", list(SUBJECTS))
        if not isinstance(subjects_raw, list) or not all(isinstance(s, str) and s for s in subjects_raw):
            self.bad("subjects", "must be a list of names")
            subjects_raw = list(SUBJECTS)
        subjects = tuple(subjects_raw)
        principles = self.principles(self.items(data, "principles"))
        rated = self.rated_items(self.items(data, "rated_items"))
        codes = self.codes(self.items(data, "codes"), subjects, {r.id for r in rated},
                           {p.id for p in principles})
        composites = self.composites(self.items(data, "composites"), [r.id for r in rated])
        if not codes and not rated:
            self.bad("codes", "a scheme needs at least one code or rated item")
        return Scheme(
            id=scheme_id, name=name, version=version,
            description=self.text(data, "description", ""), licence=self.text(data, "licence", ""),
            template_note=self.text(data, "template_note", ""), subjects=subjects,
            codes=tuple(codes), rated_items=tuple(rated), composites=tuple(composites),
            principles=tuple(principles),
        )

    def codes(self, raw: list[Any], subjects: tuple[str, ...], items: set[str],
              principles: set[str]) -> list[Code]:
        codes: list[Code] = []
        ids: dict[str, int] = {}
        keys: dict[str, str] = {}
        for i, entry in enumerate(raw):
            where = f"codes[{i}]."
            if not isinstance(entry, dict):
                self.bad(f"codes[{i}]", "must be an object")
                continue
            code_id = self.slug(entry, "id", where)
            if code_id in ids:
                self.bad(f"{where}id", f"{code_id!r} is already used by codes[{ids[code_id]}]")
            ids[code_id] = i
            kind_raw = self.text(entry, "kind", where, default="state")
            if kind_raw not in ("state", "point"):
                self.bad(f"{where}kind", f"{kind_raw!r} must be 'state' or 'point'")
                kind_raw = "state"
            subject = self.text(entry, "subject", where, default="any")
            if subject not in subjects and subject != "any":
                self.bad(f"{where}subject", f"{subject!r} is not one of the scheme's subjects {list(subjects)}")
            key = self.text(entry, "key", where)
            if key:
                lowered = key.lower()
                if len(key) != 1:
                    self.bad(f"{where}key", f"{key!r} must be a single character")
                elif lowered in RESERVED_KEYS:
                    self.bad(f"{where}key", f"{key!r} is reserved for {RESERVED_KEYS[lowered]}")
                elif lowered in keys:
                    self.bad(f"{where}key", f"{key!r} is already bound to {keys[lowered]!r}")
                else:
                    keys[lowered] = code_id
            colour = self.text(entry, "colour", where, default=DEFAULT_COLOUR)
            if not _COLOUR.match(colour):
                self.bad(f"{where}colour", f"{colour!r} must look like #RRGGBB")
            exclusive = self.text(entry, "exclusive_group", where)
            if exclusive and kind_raw == "point":
                self.bad(f"{where}exclusive_group", "only state codes can be mutually exclusive")
            item = self.text(entry, "item", where)
            if item and item not in items:
                self.bad(f"{where}item", f"{item!r} is not a rated item of this scheme")
            principle = self.text(entry, "principle", where)
            if principle and principle not in principles:
                self.bad(f"{where}principle", f"{principle!r} is not a principle of this scheme")
            codes.append(Code(
                id=code_id, label=self.text(entry, "label", where, required=True),
                kind=CodeKind(kind_raw), subject=subject, key=key, colour=colour,
                group=self.text(entry, "group", where), exclusive_group=exclusive,
                modifiers=self.modifiers(entry.get("modifiers", []), where),
                description=self.text(entry, "description", where), item=item, principle=principle,
            ))
        return codes

    def modifiers(self, raw: Any, where: str) -> tuple[ModifierSet, ...]:
        if not isinstance(raw, list):
            self.bad(f"{where}modifiers", "must be a list")
            return ()
        sets: list[ModifierSet] = []
        for j, entry in enumerate(raw):
            at = f"{where}modifiers[{j}]."
            if not isinstance(entry, dict):
                self.bad(f"{where}modifiers[{j}]", "must be an object")
                continue
            name = self.text(entry, "name", at, required=True)
            options = entry.get("options")
            if not isinstance(options, list) or not options or not all(isinstance(o, str) and o for o in options):
                self.bad(f"{at}options", "must be a non-empty list of texts")
                options = []
            elif len(set(options)) != len(options):
                self.bad(f"{at}options", "has the same option twice")
            default = entry.get("default", [])
            if isinstance(default, str):
                default = [default]
            if not isinstance(default, list) or any(d not in options for d in default):
                self.bad(f"{at}default", f"{default!r} must be among the options")
                default = []
            multiple = entry.get("multiple", False)
            if not isinstance(multiple, bool):
                self.bad(f"{at}multiple", "must be true or false")
                multiple = False
            sets.append(ModifierSet(name, tuple(options), multiple, tuple(default)))
        return tuple(sets)

    def rated_items(self, raw: list[Any]) -> list[RatedItem]:
        items: list[RatedItem] = []
        ids: set[str] = set()
        numbers: set[int] = set()
        for i, entry in enumerate(raw):
            where = f"rated_items[{i}]."
            if not isinstance(entry, dict):
                self.bad(f"rated_items[{i}]", "must be an object")
                continue
            item_id = self.slug(entry, "id", where)
            if item_id in ids:
                self.bad(f"{where}id", f"{item_id!r} is used twice")
            ids.add(item_id)
            number = entry.get("number", i + 1)
            if not isinstance(number, int) or isinstance(number, bool):
                self.bad(f"{where}number", "must be a whole number")
                number = i + 1
            elif number in numbers:
                self.bad(f"{where}number", f"{number} is used twice")
            numbers.add(number)
            values: list[ItemValue] = []
            raw_values = entry.get("values")
            if not isinstance(raw_values, list) or not raw_values:
                self.bad(f"{where}values", "must be a non-empty list")
                raw_values = []
            for k, v in enumerate(raw_values):
                if isinstance(v, int) and not isinstance(v, bool):
                    values.append(ItemValue(v))
                elif isinstance(v, dict) and isinstance(v.get("value"), int):
                    values.append(ItemValue(v["value"], str(v.get("label", ""))))
                else:
                    self.bad(f"{where}values[{k}]", "must be a whole number or {\"value\": n, \"label\": ...}")
            if len({v.value for v in values}) != len(values):
                self.bad(f"{where}values", "has the same value twice")
            values.sort(key=lambda v: v.value)
            items.append(RatedItem(
                id=item_id, number=number, label=self.text(entry, "label", where, required=True),
                values=tuple(values), direction=self.direction(entry, where),
                description=self.text(entry, "description", where),
            ))
        return items

    def direction(self, entry: dict[str, Any], where: str) -> Direction:
        raw = self.text(entry, "direction", where, default=Direction.HIGHER_MORE_CONCERN.value)
        try:
            return Direction(raw)
        except ValueError:
            self.bad(f"{where}direction", f"{raw!r} must be one of {[d.value for d in Direction]}")
            return Direction.HIGHER_MORE_CONCERN

    def composites(self, raw: list[Any], item_ids: list[str]) -> list[Composite]:
        composites: list[Composite] = []
        for i, entry in enumerate(raw):
            where = f"composites[{i}]."
            if not isinstance(entry, dict):
                self.bad(f"composites[{i}]", "must be an object")
                continue
            items = entry.get("items", "all")
            if items == "all":
                items = list(item_ids)
            if not isinstance(items, list) or not items:
                self.bad(f"{where}items", "must be 'all' or a list of rated item ids")
                items = []
            for it in items:
                if it not in item_ids:
                    self.bad(f"{where}items", f"{it!r} is not a rated item of this scheme")
            bands: list[Band] = []
            raw_bands = entry.get("bands", [])
            if not isinstance(raw_bands, list):
                self.bad(f"{where}bands", f"must be a list of bands, not {type(raw_bands).__name__}")
                raw_bands = []
            for k, b in enumerate(raw_bands):
                at = f"{where}bands[{k}]"
                if not isinstance(b, dict) or not isinstance(b.get("low"), int) or not isinstance(b.get("label"), str):
                    self.bad(at, "must be {\"low\": n, \"high\": n or null, \"label\": ...}")
                    continue
                high = b.get("high")
                if high is not None and (not isinstance(high, int) or high < b["low"]):
                    self.bad(f"{at}.high", "must be a whole number ≥ low, or null for no upper end")
                    continue
                if bands and (bands[-1].high is None or b["low"] <= bands[-1].high):
                    self.bad(at, "bands must be in ascending order and must not overlap")
                bands.append(Band(b["low"], high, b["label"]))
            composites.append(Composite(
                id=self.slug(entry, "id", where), label=self.text(entry, "label", where, required=True),
                items=tuple(items), bands=tuple(bands), direction=self.direction(entry, where),
            ))
        return composites

    def principles(self, raw: list[Any]) -> list[Principle]:
        found: list[Principle] = []
        for i, entry in enumerate(raw):
            where = f"principles[{i}]."
            if not isinstance(entry, dict):
                self.bad(f"principles[{i}]", "must be an object")
                continue
            subs = entry.get("sub_items", [])
            if not isinstance(subs, list) or not all(isinstance(s, str) for s in subs):
                self.bad(f"{where}sub_items", "must be a list of texts")
                subs = []
            number = entry.get("number", i + 1)
            found.append(Principle(self.slug(entry, "id", where), number if isinstance(number, int) else i + 1,
                                   self.text(entry, "label", where, required=True), tuple(subs)))
        return found
