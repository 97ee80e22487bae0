"""BORIS projects written (``.boris``, JSON): the scheme as an ethogram, one observation per session.

A state segment goes out as two rows with the same subject, behaviour and modifiers (start, stop), a point
event as one row; a behaviour the project codes for several subjects goes back out as one behaviour with
each row's subject (see :mod:`io.boris`, which reads them).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vig_annotator.core.model import Code, CodeKind, Scheme, Session
from vig_annotator.core.project import Project
from vig_annotator.core.rules import slug
from vig_annotator.io.boris import FORMAT_VERSION, per_subject_id
from vig_annotator.io.pseudonyms import camera_name, clip_reference
from vig_annotator.io.table_files import atomic_path, plain_text
from vig_annotator.io.tables import chosen_sessions
from vig_annotator.projects import source_path


def _modifier_text(modifiers: Sequence[tuple[str, Sequence[str]]], sets: Sequence[str]) -> str:
    """BORIS joins one value per modifier set with '|' in set order (multiple values with ',')."""
    chosen = dict(modifiers)
    return "|".join(",".join(chosen.get(name, ())) for name in sets) if sets else ""


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
