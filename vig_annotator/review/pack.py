"""The VIG shared-review pack: for each moment, exact stills and excerpts, plus one offline page.

The pack is built in a temporary folder beside the target and moved into place only when complete,
so a cancel or an error never leaves half a pack. Every build is recorded in the project's export
log, with any consent override, *before* anything is written: a pack that cannot be recorded is not
built. The pack names the clip by its case ID only.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import cv2
import numpy as np

from vig_annotator import __version__
from vig_annotator.core.model import Clip, Moment, Principle
from vig_annotator.core.project import Project
from vig_annotator.core.timebase import Timebase, timecode
from vig_annotator.io.export import log_export
from vig_annotator.media.cameras import Camera, CameraFrames, side_by_side
from vig_annotator.media.excerpt import Cancelled, encode_excerpt, slowed_copy
from vig_annotator.media.frames import FrameReader
from vig_annotator.projects import source_path
from vig_annotator.review.consent import check_consent
from vig_annotator.review.page import Page, PageMoment, render
from vig_annotator.schemes import builtin
from vig_annotator.store import clips as clip_store
from vig_annotator.store.timing import timebase_for

FLAVOURS = ("review", "supervision")
PAGE = "review.html"


@dataclass(frozen=True)
class PackOptions:
    flavour: str = "review"
    slow: float = 0.5
    """Speed of the slowed copy (0 or 1: none)."""
    override_reason: str = ""
    who: str = ""
    cameras: bool = False
    """Stills and excerpts show the clip's further cameras side by side with the primary (each its own exact frame)."""


class PackError(ValueError):
    """A pack that cannot be built as asked (nothing is written)."""


def principle_labels(project: Project, tags: tuple[str, ...]) -> list[str]:
    """Readable labels for a moment's principle and sub-item tags (``id`` or ``id/N``)."""
    principles: tuple[Principle, ...] = ()
    for scheme in reversed(project.schemes):
        if scheme.principles:
            principles = scheme.principles
            break
    principles = principles or builtin("vig").principles
    by_id = {p.id: p for p in principles}
    labels = []
    for tag in tags:
        pid, _, sub = tag.partition("/")
        p = by_id.get(pid)
        if p is None:
            labels.append(tag)
        elif sub.isdigit() and 0 < int(sub) <= len(p.sub_items):
            labels.append(f"{p.number}.{sub} {p.sub_items[int(sub) - 1]}")
        else:
            labels.append(f"{p.number}. {p.label}")
    return labels


def build_pack(project: Project, session_id: int, out_dir: str | Path, options: PackOptions = PackOptions(),
               progress: Callable[[float, str], None] | None = None,
               cancelled: Callable[[], bool] | None = None, log: bool = True) -> Path:
    """Build the pack for the session's moments into ``out_dir`` (which must not exist yet).

    The build is recorded first (:func:`log_pack`); with ``log`` False the caller has already recorded
    it — from the thread that owns the project — before starting the build.
    """
    if options.flavour not in FLAVOURS:
        raise PackError(f"unknown pack flavour {options.flavour!r}; use review or supervision")
    if options.slow not in (0, 1) and not 0 < options.slow < 1:
        raise PackError(f"the slowed copy's speed must be between 0 and 1 (e.g. 0.5), not {options.slow:g}")
    session = project.session(session_id)
    clip = project.clip(session.clip_id)
    moments: list[Moment] = project.moments(session_id)
    if not moments:
        raise PackError(f"session {session_id} has no moments to take into a review")
    check_consent(clip, options.override_reason)  # refuses before anything is written
    video = clip_store.resolve(project, clip)
    if not video.is_file():
        raise PackError(f"the clip {clip.case_id} is not at {video}; relink it first")
    out = Path(out_dir)
    if out.exists():
        raise PackError(f"{out} already exists; choose a new folder for the pack")
    out.parent.mkdir(parents=True, exist_ok=True)
    timebase = timebase_for(project, clip)
    if log:
        log_pack(project, session_id, out, options)  # first: a crash after this still leaves the record
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    steps = len(moments) * (2 if options.slow not in (0, 1) else 1)
    done = 0

    def report(text: str) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(done / steps, text)

    try:
        page = Page(clip.case_id, "Shared review" if options.flavour == "review" else "Supervision",
                    "shared-review pack" if options.flavour == "review" else "supervision pack (with notes)",
                    made=f"{__version__} on {datetime.now(UTC).date().isoformat()}")
        with FrameReader(video, timebase) as reader, _camera_frames(project, clip, options.cameras) as others:
            for m in moments:
                n = m.order
                first = timebase.frame_at(m.start_ms)
                last = max(first, timebase.frame_at(m.end_ms) - 1)
                key = timebase.frame_at(m.key_ms if m.key_ms is not None else (m.start_ms + m.end_ms) // 2)
                report(f"Moment {n}: excerpt and stills")
                excerpt = Path("excerpts") / f"moment{n}.mp4"
                pictures = encode_excerpt(reader, first, last + 1, work / excerpt, stills=(first, key, last),
                                          cancelled=cancelled, compose=_beside(others, timebase))
                stills = []
                for label, frame in (("start", first), ("key frame", key), ("end", last)):
                    rgb = pictures[frame] if frame in pictures else reader.read(frame)  # key may lie outside
                    if others is not None:
                        rgb = side_by_side([rgb, *others.pictures_at(timebase.ms_of(frame))], rgb.shape[0])
                    rel = Path("stills") / f"moment{n}_{label.replace(' ', '_')}_frame{frame:06d}.png"
                    (work / rel).parent.mkdir(exist_ok=True)
                    if not cv2.imwrite(str(work / rel), cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)):
                        raise OSError(f"{work / rel}: could not be written")
                    stills.append((f"{label} · {timecode(timebase.ms_of(frame))} · frame {frame}", rel, rgb))
                done += 1
                slow = ""
                if options.slow not in (0, 1):
                    report(f"Moment {n}: slowed copy")
                    slow_path = Path("excerpts") / f"moment{n}_slow_{options.slow:g}x.mp4"
                    slowed_copy(work / excerpt, work / slow_path, options.slow)
                    slow = slow_path.as_posix()
                    done += 1
                page.moments.append(PageMoment(
                    n, timecode(m.start_ms), timecode(m.end_ms), (m.end_ms - m.start_ms) / 1000, m.caption,
                    m.questions, principle_labels(project, m.principles), stills, excerpt.as_posix(), slow,
                    m.guider_notes if options.flavour == "supervision" else ""))
        (work / PAGE).write_text(render(page), encoding="utf-8")
        report("Finishing")
        work.chmod(0o777 & ~_umask())  # the working folder was private (mkdtemp); the pack follows the umask
        work.rename(out)
    except BaseException as exc:
        shutil.rmtree(work, ignore_errors=True)
        if log:
            _log_failure(project, session_id, out, options, exc)
        raise
    if progress is not None:
        progress(1.0, "Done")
    return out


def _beside(others: CameraFrames | None, timebase: Timebase) -> Callable[[int, np.ndarray], np.ndarray] | None:
    """A primary frame's picture with every further camera's picture at that session time beside it."""
    if others is None:
        return None
    cameras = others

    def compose(frame: int, rgb: np.ndarray) -> np.ndarray:
        return side_by_side([rgb, *cameras.pictures_at(timebase.ms_of(frame))], rgb.shape[0])

    return compose


@contextmanager
def _camera_frames(project: Project, clip: Clip, wanted: bool) -> Iterator[CameraFrames | None]:
    """The clip's further cameras (those whose files are there), when side-by-side stills are wanted."""
    cameras = [Camera(s.label, source_path(project, s), timebase_for(project, s), s.offset_ms)
               for s in project.sources(clip.id)] if wanted else []
    cameras = [c for c in cameras if c.path.is_file()]
    if not cameras:
        yield None
        return
    with CameraFrames(cameras) as frames:
        yield frames


def _log_failure(project: Project, session_id: int, out: Path, options: PackOptions, exc: BaseException) -> None:
    why = "cancelled" if isinstance(exc, Cancelled) else f"failed ({exc})"
    try:
        log_export(project, f"{options.flavour} pack of session {session_id}: {why}, nothing written", str(out),
                   options.who)
    except (OSError, ValueError):
        pass


def log_pack(project: Project, session_id: int, out: Path, options: PackOptions) -> None:
    """Record a pack (and any consent override) in the project's export log, before it is built.

    Raises ExportNotLoggedError when the log cannot be written: the pack must then not be built.
    """
    clip = project.clip(project.session(session_id).clip_id)
    count = len(project.moments(session_id))
    log_export(project, f"{options.flavour} pack of session {session_id} ({count} moments)", str(out), options.who,
               check_consent(clip, options.override_reason))


def _umask() -> int:
    """The process's umask (read by setting it and putting it back: there is no plain getter)."""
    mask = os.umask(0o077)
    os.umask(mask)
    return mask
