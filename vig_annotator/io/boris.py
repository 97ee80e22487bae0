"""BORIS projects (``.boris``, JSON): the scheme as an ethogram, one observation per session.

BORIS records a state event as two rows with the same subject, behaviour and modifiers — the first
starts it, the next stops it — and a point event as one row. Rows are
``[time_s, subject, behaviour, modifiers, comment]`` (newer versions add a frame index). On import,
rows are paired the same way; a row left unpaired is reported, never guessed.
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
from vig_annotator.io.importing import Imported, ImportProblem, Record, check_size
from vig_annotator.io.table_files import atomic_path
from vig_annotator.io.tables import chosen_sessions
from vig_annotator.store import clips as clip_store

FORMAT_VERSION = "7.0"


def _modifier_text(modifiers: Sequence[tuple[str, Sequence[str]]], sets: Sequence[str]) -> str:
    """BORIS joins one value per modifier set with '|' in set order (multiple values with ',')."""
    chosen = dict(modifiers)
    return "|".join(",".join(chosen.get(name, ())) for name in sets) if sets else ""


def export_boris(project: Project, session_ids: Sequence[int], out: Path) -> list[Path]:
    sessions = chosen_sessions(project, session_ids)
    if not sessions:
        raise ValueError("no sessions to export")
    if len({s.scheme_key for s in sessions}) > 1:
        raise ValueError("the sessions use different schemes: export them one at a time")
    scheme = project.scheme_of(sessions[0])
    behaviours: dict[str, Any] = {}
    for i, code in enumerate(scheme.codes):
        behaviours[str(i)] = {
            "type": "Point event" if code.kind == CodeKind.POINT else "State event",
            "key": code.key, "code": code.id, "description": code.label,
            "color": code.colour, "category": code.group,
            "modifiers": {str(j): {"name": m.name, "type": 1 if m.multiple else 0, "values": list(m.options)}
                          for j, m in enumerate(code.modifiers)},
            "excluded": ",".join(c.id for c in scheme.codes if code.exclusive_group
                                 and c.exclusive_group == code.exclusive_group and c.id != code.id),
            "coding map": "",
        }
    subjects = [s for s in scheme.subjects if s != "any"]
    observations: dict[str, Any] = {}
    for session in sessions:
        clip = project.clip(session.clip_id)
        coder = project.coder(session.coder_id).initials
        media = str(clip_store.resolve(project, clip))
        rows: list[list[Any]] = []
        for seg in project.segments(session.id):
            code = scheme.code(seg.code_id) if scheme.has_code(seg.code_id) else None
            subject = code.subject if code and code.subject != "any" else ""
            mods = _modifier_text(seg.modifiers, [m.name for m in code.modifiers] if code else [])
            rows.append([seg.start_ms / 1000, subject, seg.code_id, mods, seg.note])
            if code is None or code.kind == CodeKind.STATE:
                rows.append([seg.end_ms / 1000, subject, seg.code_id, mods, ""])
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
    subjects = tuple(s.get("name", "") for s in (doc.get("subjects_conf") or {}).values() if s.get("name"))
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
        codes.append(Code(str(b["code"]), str(b.get("description") or b["code"]),
                          CodeKind.POINT if "point" in str(b.get("type", "")).lower() else CodeKind.STATE,
                          "any", key, colour, str(b.get("category") or ""), modifiers=mods))
    name = str(doc.get("project_name") or Path(path).stem)
    return Scheme(re.sub(r"[^a-z0-9_.-]+", "-", name.lower()).strip("-") or "boris", name,
                  f"boris-{doc.get('project_format_version', '')}", str(doc.get("project_description") or ""),
                  subjects=subjects + ("any",) if subjects else ("any",), codes=tuple(codes))


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
    result.point_codes = {c for c, k in kinds.items() if "point" in k.lower()}
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
        names = sets.get(code, [])
        parts = mods.split("|") if mods else []
        modifiers = tuple((names[i] if i < len(names) else f"modifier{i + 1}", tuple(v for v in p.split(",") if v))
                          for i, p in enumerate(parts) if p)
        if code in result.point_codes:
            result.records.append(Record(code, ms, ms, subject, modifiers, comment, where))
            continue
        key = (subject, code, mods)
        if key in open_rows:
            start, note, started_at = open_rows.pop(key)
            result.records.append(Record(code, start, ms, subject, modifiers, note or comment,
                                         f"observation {observation!r}, events {started_at + 1}–{n + 1}"))
        else:
            open_rows[key] = (ms, comment, n)
    for (subject, code, mods), (start, _note, n) in open_rows.items():
        problems.append(f"observation {observation!r}, event {n + 1}: {code!r} ({subject or 'no subject'}"
                        f"{', ' + mods if mods else ''}) starts at {start / 1000:.3f} s and never stops")
    if problems:
        raise ImportProblem(str(path), problems)
    return result
