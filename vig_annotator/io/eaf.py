"""ELAN EAF 3.0: export sessions as tiers with a controlled vocabulary, and import tiers as segments.

Export: one tier per code (or per subject × group), annotator = coder, annotations whose values come
from a controlled vocabulary of the scheme's codes; notes and modifiers ride on symbolic-association
child tiers ("<tier> - note", "<tier> - modifiers"). ELAN cannot show a zero-length annotation, so a
point event is exported lasting 1 ms and comes back as a point. Times are whole milliseconds.
Import (``read_eaf``) is the tier choice of ``io.tier_choice`` over the checked reader of ``io.eaf_read``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from lxml import etree

from vig_annotator.core.model import Scheme, Segment, Session
from vig_annotator.core.project import Project
from vig_annotator.io.eaf_read import MODIFIER_SUFFIX, NOTE_SUFFIX
from vig_annotator.io.importing import Imported
from vig_annotator.io.pseudonyms import camera_name, clip_name
from vig_annotator.io.table_files import atomic_path, plain_text
from vig_annotator.io.tables import chosen_sessions, format_modifiers
from vig_annotator.projects import source_path
from vig_annotator.store import clips as clip_store

XSI = "http://www.w3.org/2001/XMLSchema-instance"
MIME = {".mp4": "video/mp4", ".mov": "video/quicktime", ".m4v": "video/mp4", ".mpg": "video/mpeg",
        ".wav": "audio/x-wav", ".mkv": "video/x-matroska", ".avi": "video/x-msvideo"}


def _cve_id(code_id: str) -> str:
    return "cve_" + re.sub(r"[^A-Za-z0-9_.-]", "_", code_id)


def export_eaf(project: Project, session_ids: Sequence[int], out: Path, tiers: str = "code",
               with_paths: bool = False) -> list[Path]:
    """Write the sessions as EAF: one file per clip (an EAF holds one media file), each session's tiers in it.

    ``tiers`` is "code", "group" (a tier per code group, as an ELAN import grouped the codes of a tier) or
    "subject_group". With one clip the file is ``out``; with several, one file per
    clip beside it (``out.CASE.eaf``). Sessions of different schemes get a controlled vocabulary and a
    linguistic type each. The media is named by the clip's case ID unless ``with_paths``.
    """
    sessions = chosen_sessions(project, session_ids)
    if not sessions:
        raise ValueError("no sessions to export")
    by_clip: dict[int, list[Session]] = {}
    for session in sessions:
        by_clip.setdefault(session.clip_id, []).append(session)
    if len(by_clip) == 1:
        return [_write_eaf(project, sessions, out, tiers, with_paths)]
    return [_write_eaf(project, group, out.with_name(f"{out.stem}.{_file_part(project.clip(clip_id).case_id)}"
                                                      f"{out.suffix}"), tiers, with_paths)
            for clip_id, group in by_clip.items()]


def _file_part(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("._") or "clip"


def _write_eaf(project: Project, sessions: list[Session], out: Path, tiers: str, with_paths: bool) -> Path:
    clip = project.clip(sessions[0].clip_id)
    schemes = list({s.scheme_key: project.scheme_of(s) for s in sessions}.values())
    several = len(schemes) > 1

    def type_id(scheme: Scheme) -> str:
        return f"vig-code-{_file_part(scheme.id + '-' + scheme.version)}" if several else "vig-code"

    def cv_id(scheme: Scheme) -> str:
        return f"{_file_part(scheme.id + '-' + scheme.version)}-codes" if several else f"{scheme.id}-codes"

    def cve(scheme: Scheme, code_id: str) -> str:
        return _cve_id(f"{scheme.id}.{scheme.version}.{code_id}") if several else _cve_id(code_id)

    prefix = len(sessions) > 1
    root = etree.Element("ANNOTATION_DOCUMENT", nsmap={"xsi": XSI})
    root.set("AUTHOR", plain_text(", ".join(project.coder(s.coder_id).initials for s in sessions)))
    root.set("DATE", datetime.now(UTC).replace(microsecond=0).isoformat())
    root.set("FORMAT", "3.0")
    root.set("VERSION", "3.0")
    root.set(f"{{{XSI}}}noNamespaceSchemaLocation", "http://www.mpi.nl/tools/elan/EAFv3.0.xsd")
    header = etree.SubElement(root, "HEADER", MEDIA_FILE="", TIME_UNITS="milliseconds")
    media = clip_store.resolve(project, clip)
    if with_paths:
        relative = Path(clip.path) if not Path(clip.path).is_absolute() else Path(media.name)
        url = media.as_uri()
    else:
        relative = Path(clip_name(clip))
        url = "file:///" + quote(relative.name)
    etree.SubElement(header, "MEDIA_DESCRIPTOR", MEDIA_URL=url,
                     RELATIVE_MEDIA_URL=f"./{quote(relative.as_posix())}",
                     MIME_TYPE=MIME.get(media.suffix.lower(), "video/*"))
    for source in project.sources(clip.id):  # further cameras; ELAN's media time = document time + TIME_ORIGIN
        where = source_path(project, source)
        if with_paths:
            rel, link = (Path(source.path) if not Path(source.path).is_absolute() else Path(where.name)), where.as_uri()
        else:
            rel = Path(camera_name(clip, source.label, where.suffix))
            link = "file:///" + quote(rel.name)
        etree.SubElement(header, "MEDIA_DESCRIPTOR", MEDIA_URL=link, RELATIVE_MEDIA_URL=f"./{quote(rel.as_posix())}",
                         MIME_TYPE=MIME.get(where.suffix.lower(), "video/*"), TIME_ORIGIN=str(-source.offset_ms))
    etree.SubElement(header, "PROPERTY", NAME="vig-annotator:case_id").text = plain_text(clip.case_id)
    etree.SubElement(header, "PROPERTY", NAME="vig-annotator:scheme").text = plain_text(
        ", ".join(f"{s.id} {s.version}" for s in schemes))
    etree.SubElement(header, "PROPERTY", NAME="vig-annotator:clip_fingerprint").text = clip.fingerprint
    time_order = etree.SubElement(root, "TIME_ORDER")
    slots: dict[int, str] = {}

    def slot(ms: int) -> str:
        if ms not in slots:
            slots[ms] = f"ts{len(slots) + 1}"
        return slots[ms]

    tier_elements: list[etree._Element] = []
    next_id = 1
    for session in sessions:
        scheme = project.scheme_of(session)
        codes = {c.id: c for c in scheme.codes}
        coder = plain_text(project.coder(session.coder_id).initials)
        by_tier: dict[str, list[Segment]] = {}
        for seg in project.segments(session.id):
            code = codes.get(seg.code_id)
            if tiers == "code" or code is None:
                key = seg.code_id
            else:
                key = code.group or "codes" if tiers == "group" else f"{code.subject} {code.group or 'codes'}"
            by_tier.setdefault(key, []).append(seg)
        if tiers == "group":
            by_tier = _apart(by_tier)
        order = [c.id for c in scheme.codes] if tiers == "code" else sorted(by_tier)
        for key in order:
            if key not in by_tier:
                if tiers == "code":
                    by_tier[key] = []  # empty tiers keep the scheme's layout in ELAN
                else:
                    continue
            tier_id = f"{coder}#{session.id} {key}" if prefix else key
            if tiers == "group":
                subjects = {codes[s.code_id].subject for s in by_tier[key] if s.code_id in codes}
                participant = subjects.pop() if len(subjects) == 1 else ""
            else:
                participant = codes[key].subject if key in codes else key.split(" ")[0]
            tier = etree.Element("TIER", TIER_ID=tier_id, LINGUISTIC_TYPE_REF=type_id(scheme), ANNOTATOR=coder,
                                 PARTICIPANT=participant)
            notes = etree.Element("TIER", TIER_ID=tier_id + NOTE_SUFFIX, LINGUISTIC_TYPE_REF="vig-text",
                                  PARENT_REF=tier_id, ANNOTATOR=coder, PARTICIPANT=participant)
            mods = etree.Element("TIER", TIER_ID=tier_id + MODIFIER_SUFFIX, LINGUISTIC_TYPE_REF="vig-text",
                                 PARENT_REF=tier_id, ANNOTATOR=coder, PARTICIPANT=participant)
            for seg in sorted(by_tier[key], key=lambda s: (s.start_ms, s.end_ms)):
                code = codes.get(seg.code_id)
                end = seg.end_ms if seg.end_ms > seg.start_ms else seg.start_ms + 1
                ann_id = f"a{next_id}"
                next_id += 1
                wrapper = etree.SubElement(tier, "ANNOTATION")
                aligned = etree.SubElement(wrapper, "ALIGNABLE_ANNOTATION", ANNOTATION_ID=ann_id,
                                           TIME_SLOT_REF1=slot(seg.start_ms), TIME_SLOT_REF2=slot(end),
                                           CVE_REF=cve(scheme, seg.code_id))
                etree.SubElement(aligned, "ANNOTATION_VALUE").text = plain_text(code.label if code else seg.code_id)
                for child, text in ((notes, seg.note), (mods, format_modifiers(seg.modifiers))):
                    if text:
                        ref = etree.SubElement(etree.SubElement(child, "ANNOTATION"), "REF_ANNOTATION",
                                               ANNOTATION_ID=f"a{next_id}", ANNOTATION_REF=ann_id)
                        next_id += 1
                        etree.SubElement(ref, "ANNOTATION_VALUE").text = plain_text(text)
            tier_elements += [tier, notes, mods]
    for ms, slot_id in sorted(slots.items()):
        etree.SubElement(time_order, "TIME_SLOT", TIME_SLOT_ID=slot_id, TIME_VALUE=str(ms))
    header.append(etree.Element("PROPERTY", NAME="lastUsedAnnotationId"))
    header[-1].text = str(next_id - 1)
    for tier in tier_elements:
        root.append(tier)
    for scheme in schemes:
        etree.SubElement(root, "LINGUISTIC_TYPE", LINGUISTIC_TYPE_ID=type_id(scheme), TIME_ALIGNABLE="true",
                         GRAPHIC_REFERENCES="false", CONTROLLED_VOCABULARY_REF=cv_id(scheme))
    etree.SubElement(root, "LINGUISTIC_TYPE", LINGUISTIC_TYPE_ID="vig-text", TIME_ALIGNABLE="false",
                     GRAPHIC_REFERENCES="false", CONSTRAINTS="Symbolic_Association")
    etree.SubElement(root, "LANGUAGE", LANG_ID="eng", LANG_LABEL="English (eng)")
    etree.SubElement(root, "CONSTRAINT", STEREOTYPE="Symbolic_Association",
                     DESCRIPTION="1-1 association with a parent annotation")
    for scheme in schemes:
        cv = etree.SubElement(root, "CONTROLLED_VOCABULARY", CV_ID=cv_id(scheme))
        etree.SubElement(cv, "DESCRIPTION", LANG_REF="eng").text = plain_text(f"{scheme.name} {scheme.version}")
        for code in scheme.codes:
            entry = etree.SubElement(cv, "CV_ENTRY_ML", CVE_ID=cve(scheme, code.id))
            said = "" if code.description.startswith("added on import from") else code.description
            etree.SubElement(entry, "CVE_VALUE", LANG_REF="eng",
                             DESCRIPTION=plain_text(f"{code.id}; {code.kind.value}; {code.subject}"
                                                    + (f"; {said}" if said else ""), " ")
                             ).text = plain_text(code.label)
    with atomic_path(out) as tmp:
        etree.ElementTree(root).write(str(tmp), xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return out


def _apart(by_tier: dict[str, list[Segment]]) -> dict[str, list[Segment]]:
    """Tiers per group, except that a group whose segments overlap becomes a tier per code.

    An ELAN tier's annotations never overlap.
    """
    kept: dict[str, list[Segment]] = {}
    for key, segments in by_tier.items():
        ordered = sorted(segments, key=lambda s: (s.start_ms, s.end_ms))
        if all(b.start_ms >= max(a.end_ms, a.start_ms + 1) for a, b in zip(ordered, ordered[1:], strict=False)):
            kept[key] = ordered
        else:
            for seg in ordered:
                kept.setdefault(seg.code_id, []).append(seg)
    return kept


def read_eaf(path: str | Path, tiers: Sequence[str] = ()) -> Imported:
    """The chosen tiers' annotations (by default the tiers that can be codes) as records named by their value."""
    from vig_annotator.io.tier_choice import read_coded

    return read_coded(path, tiers)
