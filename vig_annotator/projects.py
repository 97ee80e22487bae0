"""Setting a project up: pin schemes, add coders and clips (probed), start coding sessions.

These combine the store with the media layer, so the CLI and the GUI do the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from vig_annotator.core.commands import edit
from vig_annotator.core.model import Clip, Coder, Purpose, Role, Scheme, Session, VideoSource
from vig_annotator.core.project import Project
from vig_annotator.core.timebase import Timebase
from vig_annotator.media.probe import ProbeResult, probe
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
    project.run(edit(f"Add scheme {scheme.name} {scheme.version}", [(None, scheme)]))
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
    project.run(edit(f"Add coder {initials}", [(None, coder)]))
    return coder


@dataclass(frozen=True)
class NewClip:
    """A probed video ready to be added: the clip entity (not yet in the project) and its timing."""

    clip: Clip
    probed: ProbeResult
    existing: bool

    @property
    def timebase(self) -> Timebase:
        return Timebase.from_us(self.probed.frame_us, self.probed.duration_us)

    def cache_timing(self, project: Project) -> None:
        """Keep the probed timestamp table in the project (a cache, written once the clip is in)."""
        p = self.probed
        timing.save_table(project, self.clip.fingerprint, p.frame_us, p.duration_us,
                          {"codec": p.video_codec, "vfr": p.variable_rate})


def prepare_clip(project: Project, video: str | Path, case_id: str = "") -> NewClip:
    """Probe a video (refused with a message if it is not one) without changing the project."""
    video = Path(video)
    result = probe(video)  # raises MediaError naming the file: nothing has been changed yet
    existing = project.clip_by_fingerprint(clip_store.fingerprint(video))
    if existing is not None:
        return NewClip(existing, result, True)
    return NewClip(clip_store.new_clip(project, video, case_id, **result.clip_facts()), result, False)


def add_clip(project: Project, video: str | Path, case_id: str = "") -> Clip:
    """Probe a video and add it (its timestamp table cached); an already-added file is returned."""
    new = prepare_clip(project, video, case_id)
    if not new.existing:
        new.cache_timing(project)  # first, so no view reads the clip's timing from its declared rate
        project.run(edit(f"Add clip {new.clip.case_id}", [(None, new.clip)]))
    return new.clip


def start_session(project: Project, clip: Clip, coder: Coder, scheme: Scheme,
                  purpose: Purpose = Purpose.CODING, blind: bool = False) -> Session:
    pin_scheme(project, scheme)
    session = Session(project.next_id("session"), clip.id, coder.id, scheme.id, scheme.version,
                      purpose, blind)
    project.run(edit(f"Start session {session.id}", [(None, session)]))
    return session


def set_clip_details(project: Project, clip: Clip, **changes: object) -> Clip:
    updated = replace(clip, **changes)  # type: ignore[arg-type]
    project.run(edit("Edit clip details", [(clip, updated)]))
    return updated


def prepare_source(project: Project, clip: Clip, video: str | Path, label: str,
                   offset_ms: int = 0) -> tuple[VideoSource, ProbeResult]:
    """Probe another camera's video of the clip (refused with a message if it is not one); nothing changes yet."""
    video = Path(video)
    result = probe(video)
    facts = result.clip_facts()
    source = VideoSource(
        project.next_id("source"), clip.id, label.strip(), clip_store.stored_path(project, video),
        clip_store.fingerprint(video), offset_ms, facts["duration_ms"], facts["frame_count"], facts["fps"],
        facts["rotation"], facts["has_audio"])
    return source, result


def add_source(project: Project, clip: Clip, video: str | Path, label: str, offset_ms: int = 0,
               aligned_by: str = "hand", confidence: float | None = None) -> VideoSource:
    """Add another camera's video to a clip at an offset (its timestamp table cached); undoable."""
    source, result = prepare_source(project, clip, video, label, offset_ms)
    source = replace(source, aligned_by=aligned_by, confidence=confidence)
    timing.save_table(project, source.fingerprint, result.frame_us, result.duration_us,
                      {"codec": result.video_codec, "vfr": result.variable_rate})
    project.run(edit(f"Add video source {source.label}", [(None, source)]))
    return source


def set_source_offset(project: Project, source: VideoSource, offset_ms: int, aligned_by: str = "hand",
                      confidence: float | None = None) -> VideoSource:
    """Move a source on the session timeline (undoable)."""
    moved = replace(source, offset_ms=offset_ms, aligned_by=aligned_by,
                    confidence=confidence if aligned_by == "audio" else None)
    project.run(edit(f"Align {source.label}", [(source, moved)]))
    return moved


def remove_source(project: Project, source: VideoSource) -> None:
    project.run(edit(f"Remove video source {source.label}", [(source, None)]))


def source_path(project: Project, source: VideoSource) -> Path:
    """Where the source's file should be: relative paths are from the project's folder, as the clip's are.

    That is the lab's media folder for a team project (``clip_store.project_folder``), where
    ``stored_path`` made the path relative to.
    """
    path = Path(source.path)
    if path.is_absolute() or not project.path:
        return path
    return (clip_store.project_folder(project) / path).resolve()


def session_title(project: Project, session: Session) -> str:
    clip = project.clip(session.clip_id)
    coder = project.coder(session.coder_id)
    return f"#{session.id} {clip.case_id} · {coder.initials} · {session.scheme_id} {session.scheme_version}"
