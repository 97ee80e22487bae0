"""Setting a project up: pin schemes, add coders and clips (probed), start coding sessions.

These combine the store with the media layer, so the CLI and the GUI do the same thing.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from vig_annotator.core.model import Clip, Coder, Purpose, Role, Scheme, Session
from vig_annotator.core.project import Project, Put
from vig_annotator.media.probe import probe
from vig_annotator.store import clips as clip_store
from vig_annotator.store import timing


class SetupError(ValueError):
    """A setup step that cannot be done as asked (the project is unchanged)."""


def pin_scheme(project: Project, scheme: Scheme) -> Scheme:
    """Keep a copy of this scheme version in the project (once); a clash of versions is refused."""
    existing = project.entities["scheme"].get(scheme.key)
    if existing is not None:
        if existing != scheme:
            raise SetupError(
                f"the project already has scheme {scheme.id!r} version {scheme.version!r} with "
                "different content; give the changed scheme a new version")
        return scheme
    project.apply([Put(scheme)])
    return scheme


def add_coder(project: Project, initials: str, role: Role = Role.CODER) -> Coder:
    """The coder with these initials, added if new. Initials or a pseudonym, never a full name."""
    initials = initials.strip()
    if not initials:
        raise SetupError("a coder needs initials or a pseudonym")
    found = project.coder_by_initials(initials)
    if found is not None:
        return found
    coder = Coder(project.next_id("coder"), initials, role)
    project.apply([Put(coder)])
    return coder


def add_clip(project: Project, video: str | Path, case_id: str = "") -> Clip:
    """Probe a video and add it (its timestamp table cached); an already-added file is returned."""
    video = Path(video)
    result = probe(video)  # raises MediaError naming the file: nothing has been changed yet
    fingerprint = clip_store.fingerprint(video)
    existing = project.clip_by_fingerprint(fingerprint)
    if existing is not None:
        return existing
    clip = clip_store.new_clip(project, video, case_id, **result.clip_facts())
    timing.save_table(project, clip.fingerprint, result.frame_us, result.duration_us,
                      {"codec": result.video_codec, "vfr": result.variable_rate})
    project.apply([Put(clip)])
    return clip


def start_session(project: Project, clip: Clip, coder: Coder, scheme: Scheme,
                  purpose: Purpose = Purpose.CODING, blind: bool = False) -> Session:
    pin_scheme(project, scheme)
    session = Session(project.next_id("session"), clip.id, coder.id, scheme.id, scheme.version,
                      purpose, blind)
    project.apply([Put(session)])
    return session


def set_clip_details(project: Project, clip: Clip, **changes: object) -> Clip:
    updated = replace(clip, **changes)  # type: ignore[arg-type]
    project.apply([Put(updated)])
    return updated


def session_title(project: Project, session: Session) -> str:
    clip = project.clip(session.clip_id)
    coder = project.coder(session.coder_id)
    return f"#{session.id} {clip.case_id} · {coder.initials} · {session.scheme_id} {session.scheme_version}"
