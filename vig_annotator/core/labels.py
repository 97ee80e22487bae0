"""How the core names things: valid ids made from foreign names, and times in its messages."""

from __future__ import annotations

import re

SLUG = re.compile(r"^[a-z0-9][a-z0-9_\-.]*$")


def slug(name: str, fallback: str = "code") -> str:
    """A valid id made from a foreign name: lower case, runs of other characters as one ``_``."""
    made = re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_")
    return made if made and SLUG.match(made) else fallback


def timecode(ms: int) -> str:
    """``HH:MM:SS.mmm`` for messages (the core's own copy: no import of the time model needed)."""
    sign = "-" if ms < 0 else ""
    ms = abs(ms)
    return f"{sign}{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"
