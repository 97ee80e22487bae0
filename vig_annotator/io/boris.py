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

import json
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vig_annotator.core.model import DEFAULT_COLOUR, Code, CodeKind, ModifierSet, Scheme, Session
from vig_annotator.core.project import Project
from vig_annotator.core.rules import slug
from vig_annotator.io import checks
from vig_annotator.io.checks import BadValue
from vig_annotator.io.importing import Imported, ImportProblem, Record, check_size
from vig_annotator.io.pseudonyms import camera_name, clip_reference
from vig_annotator.io.table_files import atomic_path, plain_text
from vig_annotator.io.tables import chosen_sessions
from vig_annotator.projects import source_path

FORMAT_VERSION = "7.0"


def _modifier_text(modifiers: Sequence[tuple[str, Sequence[str]]], sets: Sequence[str]) -> str:
    """BORIS joins one value per modifier set with '|' in set order (multiple values with ',')."""
    chosen = dict(modifiers)
    return "|".join(",".join(chosen.get(name, ())) for name in sets) if sets else ""


def per_subject_id(behaviour: str, subject: str) -> str:
    """The code id for a BORIS behaviour (as its id) coded for one of several subjects."""
    return f"{behaviour}_{slug(subject, 'subject')}" if subject else behaviour


def from_boris(scheme: Scheme) -> bool:
    """Whether a scheme was read from a BORIS ethogram (its labels are BORIS's behaviour names)."""
    return scheme.version.startswith("boris-")


def behaviour_of(code: Code, scheme: Scheme | None = None) -> str:
    """The BORIS behaviour a code stands for: BORIS's own name for a scheme read from BORIS, else the id.

    A code split per subject (``vocalise_infant``, "vocalise (infant)") stands for the one behaviour.
    """
    base = code.label.removesuffix(f" ({code.subject})")
    if scheme is not None and from_boris(scheme):
        split = base != code.label and code.id.endswith(f"_{slug(code.subject, 'subject')}")
        return base if split else code.label
    if base != code.label and code.id == per_subject_id(base, code.subject):
        return base
    return code.id


def export_boris(project: Project, session_ids: Sequence[int], out: Path, with_paths: bool = False) -> list[Path]:
    """The sessions as BORIS observations; media named by case ID unless ``with_paths``; notes as plain text.

    A BORIS project has one ethogram, so sessions of several schemes go to one file per scheme,
    ``OUT.<scheme>.boris`` (``OUT.<scheme>-<version>.boris`` when two versions of a scheme are among them).
    """
    sessions = chosen_sessions(project, session_ids)
    if not sessions:
        raise ValueError("no sessions to export")
    by_scheme: dict[tuple[str, str], list[Session]] = {}
    for session in sessions:
        by_scheme.setdefault(session.scheme_key, []).append(session)
    if len(by_scheme) == 1:
        return _write_boris(project, sessions, out, with_paths)
    ids = [scheme_id for scheme_id, _version in by_scheme]
    written: list[Path] = []
    for (scheme_id, version), group in by_scheme.items():
        name = scheme_id if ids.count(scheme_id) == 1 else f"{scheme_id}-{version}"
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", name)
        written += _write_boris(project, group, out.with_name(f"{out.stem}.{name}{out.suffix}"), with_paths)
    return written


def _write_boris(project: Project, sessions: Sequence[Session], out: Path, with_paths: bool) -> list[Path]:
    """One BORIS project file for sessions that share a scheme."""
    scheme = project.scheme_of(sessions[0])
    behaviours: dict[str, Any] = {}
    for code in scheme.codes:
        name = behaviour_of(code, scheme)
        if any(b["code"] == name for b in behaviours.values()):
            continue  # the same behaviour for another subject
        behaviours[str(len(behaviours))] = {
            "type": "Point event" if code.kind == CodeKind.POINT else "State event",
            "key": code.key, "code": name,
            "description": code.description if name != code.id or from_boris(scheme) else code.label,
            "color": code.colour, "category": code.group,
            "modifiers": {str(j): {"name": m.name, "type": 1 if m.multiple else 0, "values": list(m.options)}
                          for j, m in enumerate(code.modifiers)},
            "excluded": ",".join(sorted({behaviour_of(c, scheme) for c in scheme.codes if code.exclusive_group
                                         and c.exclusive_group == code.exclusive_group
                                         and behaviour_of(c, scheme) != name})),
            "coding map": "",
        }
    subjects = [s for s in scheme.subjects if s != "any"]
    observations: dict[str, Any] = {}
    for session in sessions:
        clip = project.clip(session.clip_id)
        coder = project.coder(session.coder_id).initials
        media = clip_reference(project, clip, with_paths)
        rows: list[list[Any]] = []
        for seg in project.segments(session.id):
            code = scheme.code(seg.code_id) if scheme.has_code(seg.code_id) else None  # type: ignore[assignment]
            subject = code.subject if code and code.subject != "any" else ""
            mods = _modifier_text(seg.modifiers, [m.name for m in code.modifiers] if code else [])
            name = behaviour_of(code, scheme) if code else seg.code_id
            rows.append([seg.start_ms / 1000, subject, name, mods, plain_text(seg.note)])
            if code is None or code.kind == CodeKind.STATE:
                rows.append([seg.end_ms / 1000, subject, name, mods, ""])
        rows.sort(key=lambda r: r[0])
        files: dict[str, list[str]] = {str(n): [] for n in range(1, 9)}
        files["1"] = [media]
        info: dict[str, dict[str, Any]] = {"length": {media: clip.duration_ms / 1000}, "fps": {media: clip.fps},
                                           "hasVideo": {media: True}, "hasAudio": {media: clip.has_audio},
                                           "offset": {"1": 0.0}}
        for n, source in enumerate(project.sources(clip.id), start=2):  # BORIS's player n, offset in seconds
            where = source_path(project, source)
            name = str(where) if with_paths else camera_name(clip, source.label, where.suffix)
            files[str(n)] = [name]
            for key, value in (("length", source.duration_ms / 1000), ("fps", source.fps), ("hasVideo", True),
                               ("hasAudio", source.has_audio)):
                info[key][name] = value
            info["offset"][str(n)] = source.offset_ms / 1000
        observations[f"{clip.case_id} {coder} #{session.id}"] = {
            "file": files,
            "type": "MEDIA", "date": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "description": f"vig-annotator session {session.id}; coder {coder}; clip fingerprint "
                           f"{clip.fingerprint}",
            "time offset": 0.0, "events": rows, "observation time interval": [0, 0],
            "independent_variables": {}, "visualize_spectrogram": False, "visualize_waveform": False,
            "close_behaviors_between_videos": False,
            "media_info": info,
        }
    doc = {
        "time_format": "hh:mm:ss", "project_date": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "project_name": f"{scheme.name} (vig-annotator)", "project_description": scheme.description,
        "project_format_version": FORMAT_VERSION,
        "subjects_conf": {str(i): {"key": "", "name": s, "description": ""} for i, s in enumerate(subjects)},
        "behaviors_conf": behaviours, "observations": observations,
        "behavioral_categories": sorted({c.group for c in scheme.codes if c.group}),
        "independent_variables": {}, "coding_map": {}, "behaviors_coding_map": [], "converters": {},
    }
    with atomic_path(out) as tmp:
        tmp.write_text(json.dumps(doc, indent=1, ensure_ascii=False), encoding="utf-8")
    return [out]


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
    scheme_format.from_dict(scheme_format.to_dict(scheme), f"{origin} (its ethogram)")  # refuses what is unusable
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
