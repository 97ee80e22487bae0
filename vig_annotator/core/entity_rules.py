"""The rules of one entity on its own: a clip's numbers, a coder's initials, a scheme's code ids."""

from __future__ import annotations

from vig_annotator.core.labels import SLUG
from vig_annotator.core.model import Clip, Scheme


def clip_problems(clip: Clip) -> list[str]:
    what = f"clip {clip.id} ({clip.case_id})"
    if clip.duration_ms < 0:
        return [f"{what}: its duration is negative ({clip.duration_ms} ms)"]
    if clip.frame_count < 0:
        return [f"{what}: its frame count is negative ({clip.frame_count})"]
    if not 0 <= clip.fps < float("inf"):
        return [f"{what}: frame rate {clip.fps!r} is not a number of frames per second"]
    return []


MAX_INITIALS = 16


def coder_problems(initials: str) -> list[str]:
    """Initials or a pseudonym: not empty, at most :data:`MAX_INITIALS` characters, one printable line."""
    shown = repr(initials if len(initials) <= 40 else initials[:40] + "…")
    if not initials.strip():
        return ["a coder needs initials or a pseudonym"]
    if len(initials) > MAX_INITIALS:
        return [f"coder initials {shown} are {len(initials):,} characters long (at most {MAX_INITIALS})"]
    if not initials.isprintable():
        return [f"coder initials {shown} contain a line break or control character"]
    return []


def scheme_problems(scheme: Scheme) -> list[str]:
    what = f"scheme {scheme.id} {scheme.version}"
    bad = [c.id for c in scheme.codes if not SLUG.match(c.id)]
    if bad:
        return [f"{what}: code id {bad[0]!r} is not a valid id (lower-case letters, digits, '_', '-', '.')"]
    return []
