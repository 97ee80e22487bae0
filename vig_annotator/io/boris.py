"""BORIS projects (``.boris``, JSON): the scheme as an ethogram, one observation per session.

BORIS records a state event as two rows with the same subject, behaviour and modifiers — the first
starts it, the next stops it — and a point event as one row. Rows are
``[time_s, subject, behaviour, modifiers, comment]`` (newer versions add a frame index). On import,
rows are paired the same way; a row left unpaired is reported, never guessed.

Here a code belongs to one subject, so a row coded for a subject is named ``"behaviour (subject)"`` on
import; it lands on the code of that id or label whose subject is that subject, or on the code the
user maps it to. A behaviour the project codes for several subjects becomes one code per subject in
the scheme read from the project (``vocalise_infant``, "vocalise (infant)"), and goes back out as the
one behaviour with each row's subject.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from vig_annotator.core.model import DEFAULT_COLOUR, Code, CodeKind, ModifierSet, Scheme
from vig_annotator.core.rules import slug
from vig_annotator.io import checks
from vig_annotator.io.checks import BadValue
from vig_annotator.io.importing import Imported, ImportProblem, Record, check_size

FORMAT_VERSION = "7.0"


def per_subject_id(behaviour: str, subject: str) -> str:
    """The code id for a BORIS behaviour (as its id) coded for one of several subjects."""
    return f"{behaviour}_{slug(subject, 'subject')}" if subject else behaviour


def load_boris(path: str | Path) -> dict[str, Any]:
    """A BORIS project's JSON, its parts checked for the types BORIS writes (ImportProblem if not)."""
    path = Path(path)
    check_size(path)
    try:
        doc = checks.load_json(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ImportProblem(str(path), ["not a BORIS project (not UTF-8 text)"]) from None
    except BadValue as exc:
        raise ImportProblem(str(path), [f"not a BORIS project ({exc})"]) from None
    if not isinstance(doc, dict) or "observations" not in doc or "behaviors_conf" not in doc:
        raise ImportProblem(str(path), ["not a BORIS project (no observations or ethogram)"])
    problems = _structure_problems(doc)
    if problems:
        raise ImportProblem(str(path), problems)
    return doc


def _structure_problems(doc: dict[str, Any]) -> list[str]:
    """Every part of a BORIS document this app reads, checked for the JSON type BORIS writes."""
    problems: list[str] = []

    def check(value: Any, expected: type | tuple[type, ...], what: str) -> bool:
        try:
            checks.of_type(value, expected, what)
        except BadValue as exc:
            problems.append(str(exc))
            return False
        return True

    def texts(obj: dict[str, Any], where: str, *names: str) -> None:
        for name in names:
            try:
                checks.text(obj.get(name), f"{where}.{name}", limit=checks.MAX_TEXT)
            except BadValue as exc:
                problems.append(str(exc))

    if check(doc["behaviors_conf"], dict, "behaviors_conf"):
        for k, b in doc["behaviors_conf"].items():
            where = f"behaviors_conf[{k!r}]"
            if not check(b, dict, where):
                continue
            if check(b.get("code"), str, f"{where}.code") and not b["code"].strip():
                problems.append(f"{where}.code must not be empty")
            texts(b, where, "type", "key", "description", "category", "color")
            kind = b.get("type")
            if isinstance(kind, str) and kind.strip() and kind.strip().lower() not in _BEHAVIOUR_TYPES:
                problems.append(f"{where}: behaviour {b.get('code')!r} has type {kind!r} "
                                "(expected Point event or State event)")
            mods = b.get("modifiers")
            if mods in (None, "") or not check(mods, (dict, str), f"{where}.modifiers") or isinstance(mods, str):
                continue
            for j, m in mods.items():
                at = f"{where}.modifiers[{j!r}]"
                if check(m, dict, at):
                    texts(m, at, "name")
                    if check(m.get("values", []), list, f"{at}.values"):
                        for v in m.get("values", []):
                            check(v, str, f"{at}.values[...]")
    subjects = doc.get("subjects_conf")
    if subjects is not None and check(subjects, dict, "subjects_conf"):
        for k, s in subjects.items():
            if check(s, dict, f"subjects_conf[{k!r}]"):
                texts(s, f"subjects_conf[{k!r}]", "name")
    if check(doc["observations"], dict, "observations"):
        for name, obs in doc["observations"].items():
            where = f"observation {name!r}"
            if not check(obs, dict, where):
                continue
            texts(obs, where, "description")
            if obs.get("file") == [] and str(obs.get("type") or "").upper() != "MEDIA":
                pass  # a live observation (BORIS writes "file": [] and "type": "LIVE"): no media
            elif obs.get("file") is not None and check(obs["file"], dict, f"{where}.file"):
                for k, files in obs["file"].items():
                    if check(files, list, f"{where}.file[{k!r}]"):
                        for f in files:
                            check(f, str, f"{where}.file[{k!r}][...]")
            if obs.get("events") is not None and check(obs["events"], list, f"{where}.events"):
                if len(obs["events"]) > checks.MAX_RECORDS:
                    problems.append(f"{where}: has {len(obs['events']):,} events (at most {checks.MAX_RECORDS:,})")
                for n, row in enumerate(obs["events"]):
                    at = f"{where}, event {n + 1}"
                    if not isinstance(row, list) or len(row) < 5:
                        problems.append(f"{at}: expected [time, subject, behaviour, modifiers, comment]")
                    else:
                        check(row[1], str, f"{at}: the subject")
                        check(row[2], str, f"{at}: the behaviour")
                        check(row[3], str, f"{at}: the modifiers")
                        check(row[4], (str, type(None)), f"{at}: the comment")
                    if len(problems) > 20:
                        break
        if len(problems) > 20:
            return problems
    return problems


_BEHAVIOUR_TYPES = {"point event", "state event", "point event with coding map", "state event with coding map",
                    "point", "state"}


def scheme_from_boris(source: str | Path | dict[str, Any], name: str = "") -> Scheme:
    """The project's ethogram as a scheme (codes, kinds, keys, categories, modifiers, subjects).

    Code ids are made from BORIS's behaviour names (``"tail up"`` → ``tail_up``); the names themselves
    become the labels, so an export back to BORIS gives the behaviours their own names again.
    """
    from vig_annotator.schemes import format as scheme_format
    from vig_annotator.schemes import writing as scheme_writing

    doc = source if isinstance(source, dict) else load_boris(source)
    origin = name or (str(source) if not isinstance(source, dict) else "BORIS project")
    named = [str(s.get("name")) for s in (doc.get("subjects_conf") or {}).values() if s.get("name")]
    coded_for: dict[str, set[str]] = {}
    for obs in (doc.get("observations") or {}).values():
        for row in obs.get("events") or []:
            coded_for.setdefault(str(row[2]), set()).add(str(row[1]))
    subjects = tuple(dict.fromkeys([*named, *sorted(set().union(*coded_for.values()) - {""} - set(named))]))
    codes = []
    used_keys: set[str] = set()
    used_ids: set[str] = set()

    def unique(made: str) -> str:
        while made in used_ids:
            made += "_"
        used_ids.add(made)
        return made

    for b in sorted(doc["behaviors_conf"].values(), key=lambda b: str(b.get("code", ""))):
        key = str(b.get("key") or "")
        if len(key) != 1 or key.lower() in scheme_format.RESERVED_KEYS or key.lower() in used_keys:
            key = ""
        if key:
            used_keys.add(key.lower())
        colour = str(b.get("color") or "")
        colour = colour if re.fullmatch(r"#[0-9a-fA-F]{6}", colour) else DEFAULT_COLOUR
        kind = CodeKind.POINT if "point" in str(b.get("type", "")).lower() else CodeKind.STATE
        behaviour, category = str(b["code"]).strip(), str(b.get("category") or "")
        description = str(b.get("description") or "")
        used_for = coded_for.get(behaviour, set())
        base_id = unique(slug(behaviour))
        mods = _modifier_sets(b.get("modifiers"))
        if len(used_for) <= 1:
            subject = next(iter(used_for), "")
            codes.append(Code(base_id, behaviour, kind, subject or "any", key, colour, category, modifiers=mods,
                              description=description))
            continue
        for i, subject in enumerate(sorted(used_for)):  # "" sorts first: the rows without a subject
            code_id = base_id if not subject else unique(per_subject_id(base_id, subject))
            codes.append(Code(code_id, f"{behaviour} ({subject})" if subject else behaviour,
                              kind, subject or "any", key if i == 0 else "", colour, category, modifiers=mods,
                              description=description))
    title = str(doc.get("project_name") or (Path(source).stem if not isinstance(source, dict) else "BORIS"))
    version = str(doc.get("project_format_version") or "")
    scheme = Scheme(slug(title, "boris").replace("_", "-"), title, f"boris-{version}",
                    str(doc.get("project_description") or ""), subjects=(*subjects, "any"), codes=tuple(codes))
    scheme_format.from_dict(scheme_writing.to_dict(scheme), f"{origin} (its ethogram)")  # refuses what is unusable
    return scheme


def _modifier_sets(raw: Any) -> tuple[ModifierSet, ...]:
    """A behaviour's modifier sets, each with its distinct non-empty values (BORIS allows repeats)."""
    if not isinstance(raw, dict):
        return ()
    sets: list[ModifierSet] = []
    names: set[str] = set()
    for i, (_k, m) in enumerate(sorted(raw.items(), key=lambda kv: _order(kv[0]))):
        options = tuple(dict.fromkeys(str(v) for v in (m.get("values") or ()) if str(v)))
        name = str(m.get("name") or f"modifier{i + 1}")
        if options and name not in names:
            names.add(name)
            sets.append(ModifierSet(name, options, m.get("type") == 1))
    return tuple(sets)


def _order(key: Any) -> int:
    return int(key) if str(key).isdigit() and len(str(key)) < 10 else 0


def read_boris(path: str | Path, observation: str | None = None, doc: dict[str, Any] | None = None) -> Imported:
    """One observation of a BORIS project (the only one, or the one named) as records.

    BORIS stores an event's time as the media position plus the observation's time offset; the offset
    is taken off once, so each record is at its media position.
    """
    path = Path(path)
    doc = doc if doc is not None else load_boris(path)
    observations = doc["observations"]
    if observation is None:
        if len(observations) != 1:
            raise ImportProblem(str(path), [f"has {len(observations)} observations; choose one with "
                                            "--observation: " + ", ".join(sorted(observations))])
        observation = next(iter(observations))
    if observation not in observations:
        raise ImportProblem(str(path), [f"has no observation {observation!r}"])
    obs = observations[observation]
    if not obs.get("events"):
        raise ImportProblem(str(path), [f"observation {observation!r} has no events: nothing to import"])
    kinds: dict[str, str] = {}
    sets: dict[str, list[str]] = {}
    for b in doc["behaviors_conf"].values():
        kinds[b["code"]] = str(b.get("type") or "State event")
        sets[b["code"]] = [s.name for s in _modifier_sets(b.get("modifiers"))]
    result = Imported(str(path))
    point_behaviours = {c for c, k in kinds.items() if "point" in k.lower()}
    for files in (obs.get("file") or {}).values():
        result.media_names += [Path(f).name for f in files]
    found = re.search(r"coder ([^;]+);", str(obs.get("description") or ""))
    result.coder = found.group(1).strip() if found else ""
    problems: list[str] = []
    try:
        offset = checks.time_ms(obs.get("time offset") or 0, "time offset")
    except BadValue as exc:
        raise ImportProblem(str(path), [f"observation {observation!r}: {exc}"]) from None
    open_rows: dict[tuple[str, str, str], tuple[int, str, int]] = {}
    for n, row in enumerate(obs.get("events") or []):
        where = f"observation {observation!r}, event {n + 1}"
        try:
            ms = checks.time_ms(row[0]) - offset
        except BadValue as exc:
            problems.append(f"{where}: {exc}")
            continue
        subject, code, mods, comment = row[1], row[2], row[3], row[4] or ""
        name = f"{code} ({subject})" if subject else code
        names = sets.get(code, [])
        parts = mods.split("|") if mods else []
        modifiers = tuple((names[i] if i < len(names) else f"modifier{i + 1}", tuple(v for v in p.split(",") if v))
                          for i, p in enumerate(parts) if p)
        if code in point_behaviours:
            result.point_codes.add(name)
            result.records.append(Record(name, ms, ms, subject, modifiers, comment, where))
            continue
        key = (subject, code, mods)
        if key in open_rows:
            start, note, started_at = open_rows.pop(key)
            both = " / ".join(dict.fromkeys(c for c in (note, comment) if c))
            result.records.append(Record(name, start, ms, subject, modifiers, both,
                                         f"observation {observation!r}, events {started_at + 1}–{n + 1}"))
        else:
            open_rows[key] = (ms, comment, n)
    for (subject, code, mods), (start, _note, n) in open_rows.items():
        problems.append(f"observation {observation!r}, event {n + 1}: {code!r} ({subject or 'no subject'}"
                        f"{', ' + mods if mods else ''}) starts at {start / 1000:.3f} s and never stops")
    if problems:
        raise ImportProblem(str(path), problems)
    return result
