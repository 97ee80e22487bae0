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

from vig_annotator.core.model import Code, CodeKind, ModifierSet, Scheme
from vig_annotator.core.project import Project
from vig_annotator.io.importing import Imported, ImportProblem, Record, check_size, slug
from vig_annotator.io.pseudonyms import clip_reference
from vig_annotator.io.table_files import atomic_path, plain_text
from vig_annotator.io.tables import chosen_sessions

FORMAT_VERSION = "7.0"


def _modifier_text(modifiers: Sequence[tuple[str, Sequence[str]]], sets: Sequence[str]) -> str:
    """BORIS joins one value per modifier set with '|' in set order (multiple values with ',')."""
    chosen = dict(modifiers)
    return "|".join(",".join(chosen.get(name, ())) for name in sets) if sets else ""


def per_subject_id(behaviour: str, subject: str) -> str:
    """The code id for a BORIS behaviour coded for one of several subjects."""
    return f"{behaviour}_{slug(subject)}" if subject else behaviour


def behaviour_of(code: Code) -> str:
    """The BORIS behaviour a code stands for: its id, or the behaviour it was split from per subject."""
    base = code.label.removesuffix(f" ({code.subject})")
    if base != code.label and code.id == per_subject_id(base, code.subject):
        return base
    return code.id


def export_boris(project: Project, session_ids: Sequence[int], out: Path, with_paths: bool = False) -> list[Path]:
    """The sessions as BORIS observations; media named by case ID unless ``with_paths``; notes as plain text."""
    sessions = chosen_sessions(project, session_ids)
    if not sessions:
        raise ValueError("no sessions to export")
    if len({s.scheme_key for s in sessions}) > 1:
        raise ValueError("the sessions use different schemes: export them one at a time")
    scheme = project.scheme_of(sessions[0])
    behaviours: dict[str, Any] = {}
    for code in scheme.codes:
        name = behaviour_of(code)
        if any(b["code"] == name for b in behaviours.values()):
            continue  # the same behaviour for another subject
        behaviours[str(len(behaviours))] = {
            "type": "Point event" if code.kind == CodeKind.POINT else "State event",
            "key": code.key, "code": name, "description": code.description if name != code.id else code.label,
            "color": code.colour, "category": code.group,
            "modifiers": {str(j): {"name": m.name, "type": 1 if m.multiple else 0, "values": list(m.options)}
                          for j, m in enumerate(code.modifiers)},
            "excluded": ",".join(sorted({behaviour_of(c) for c in scheme.codes if code.exclusive_group
                                         and c.exclusive_group == code.exclusive_group
                                         and behaviour_of(c) != name})),
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
            code = scheme.code(seg.code_id) if scheme.has_code(seg.code_id) else None
            subject = code.subject if code and code.subject != "any" else ""
            mods = _modifier_text(seg.modifiers, [m.name for m in code.modifiers] if code else [])
            name = behaviour_of(code) if code else seg.code_id
            rows.append([seg.start_ms / 1000, subject, name, mods, plain_text(seg.note)])
            if code is None or code.kind == CodeKind.STATE:
                rows.append([seg.end_ms / 1000, subject, name, mods, ""])
        rows.sort(key=lambda r: r[0])
        observations[f"{clip.case_id} {coder} #{session.id}"] = {
            "file": {"1": [media], "2": [], "3": [], "4": [], "5": [], "6": [], "7": [], "8": []},
            "type": "MEDIA", "date": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "description": f"vig-annotator session {session.id}; coder {coder}; clip fingerprint "
                           f"{clip.fingerprint}",
            "time offset": 0.0, "events": rows, "observation time interval": [0, 0],
            "independent_variables": {}, "visualize_spectrogram": False, "visualize_waveform": False,
            "close_behaviors_between_videos": False,
            "media_info": {"length": {media: clip.duration_ms / 1000}, "fps": {media: clip.fps},
                           "hasVideo": {media: True}, "hasAudio": {media: clip.has_audio}, "offset": {"1": 0.0}},
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


def scheme_from_boris(path: str | Path) -> Scheme:
    """The project's ethogram as a scheme (codes, kinds, keys, categories, modifiers, subjects)."""
    from vig_annotator.schemes.format import RESERVED_KEYS

    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    named = [str(s.get("name", "")) for s in (doc.get("subjects_conf") or {}).values() if s.get("name")]
    coded_for: dict[str, set[str]] = {}
    for obs in (doc.get("observations") or {}).values():
        for row in (obs.get("events") or []) if isinstance(obs, dict) else []:
            if isinstance(row, list) and len(row) >= 3:
                coded_for.setdefault(str(row[2]), set()).add(str(row[1]))
    subjects = tuple(dict.fromkeys([*named, *sorted(set().union(*coded_for.values()) - {""} - set(named))]))
    codes = []
    used_keys: set[str] = set()
    for b in sorted(doc["behaviors_conf"].values(), key=lambda b: str(b.get("code", ""))):
        key = str(b.get("key") or "")
        if len(key) != 1 or key.lower() in RESERVED_KEYS or key.lower() in used_keys:
            key = ""
        used_keys.add(key.lower())
        mods = tuple(ModifierSet(m.get("name") or f"modifier{i + 1}", tuple(m.get("values") or ()),
                                 m.get("type") == 1)
                     for i, m in enumerate((b.get("modifiers") or {}).values()) if m.get("values"))
        colour = b.get("color") if isinstance(b.get("color"), str) and len(b.get("color")) == 7 else "#4c78a8"
        kind = CodeKind.POINT if "point" in str(b.get("type", "")).lower() else CodeKind.STATE
        behaviour, category = str(b["code"]), str(b.get("category") or "")
        label = str(b.get("description") or behaviour)
        used_for = coded_for.get(behaviour, set())
        if len(used_for) <= 1:
            subject = next(iter(used_for), "")
            codes.append(Code(behaviour, label, kind, subject or "any", key, colour, category, modifiers=mods))
            continue
        for i, subject in enumerate(sorted(used_for)):  # "" sorts first: the rows without a subject
            codes.append(Code(per_subject_id(behaviour, subject), f"{behaviour} ({subject})" if subject else label,
                              kind, subject or "any", key if i == 0 else "", colour, category, modifiers=mods,
                              description=label))
    name = str(doc.get("project_name") or Path(path).stem)
    return Scheme(re.sub(r"[^a-z0-9_.-]+", "-", name.lower()).strip("-") or "boris", name,
                  f"boris-{doc.get('project_format_version', '')}", str(doc.get("project_description") or ""),
                  subjects=(*subjects, "any"), codes=tuple(codes))


def read_boris(path: str | Path, observation: str | None = None) -> Imported:
    """One observation of a BORIS project (the only one, or the one named) as records."""
    path = Path(path)
    check_size(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        where = f"line {exc.lineno}: " if isinstance(exc, json.JSONDecodeError) else ""
        raise ImportProblem(str(path), [f"{where}not a BORIS project (not valid JSON)"]) from None
    if not isinstance(doc, dict) or "observations" not in doc or "behaviors_conf" not in doc:
        raise ImportProblem(str(path), ["not a BORIS project (no observations or ethogram)"])
    observations = doc["observations"]
    if observation is None:
        if len(observations) != 1:
            raise ImportProblem(str(path), [f"has {len(observations)} observations; name one: "
                                            + ", ".join(sorted(observations))])
        observation = next(iter(observations))
    if observation not in observations:
        raise ImportProblem(str(path), [f"has no observation {observation!r}"])
    obs = observations[observation]
    kinds: dict[str, str] = {}
    sets: dict[str, list[str]] = {}
    for b in doc["behaviors_conf"].values():
        kinds[b.get("code", "")] = b.get("type", "State event")
        sets[b.get("code", "")] = [m.get("name", "") for _k, m in sorted(
            (b.get("modifiers") or {}).items(), key=lambda kv: int(kv[0]) if str(kv[0]).isdigit() else 0)]
    result = Imported(str(path))
    point_behaviours = {c for c, k in kinds.items() if "point" in k.lower()}
    for files in (obs.get("file") or {}).values():
        result.media_names += [Path(f).name for f in files]
    found = re.search(r"coder ([^;]+);", str(obs.get("description") or ""))
    result.coder = found.group(1).strip() if found else ""
    offset = float(obs.get("time offset") or 0)
    problems: list[str] = []
    open_rows: dict[tuple[str, str, str], tuple[int, str, int]] = {}
    for n, row in enumerate(obs.get("events") or []):
        where = f"observation {observation!r}, event {n + 1}"
        if not isinstance(row, list) or len(row) < 5:
            problems.append(f"{where}: expected [time, subject, behaviour, modifiers, comment]")
            continue
        try:
            ms = round((float(row[0]) + offset) * 1000)
        except (TypeError, ValueError):
            problems.append(f"{where}: time {row[0]!r} is not a number")
            continue
        subject, code, mods, comment = str(row[1]), str(row[2]), str(row[3]), str(row[4] or "")
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
            result.records.append(Record(name, start, ms, subject, modifiers, note or comment,
                                         f"observation {observation!r}, events {started_at + 1}–{n + 1}"))
        else:
            open_rows[key] = (ms, comment, n)
    for (subject, code, mods), (start, _note, n) in open_rows.items():
        problems.append(f"observation {observation!r}, event {n + 1}: {code!r} ({subject or 'no subject'}"
                        f"{', ' + mods if mods else ''}) starts at {start / 1000:.3f} s and never stops")
    if problems:
        raise ImportProblem(str(path), problems)
    return result
