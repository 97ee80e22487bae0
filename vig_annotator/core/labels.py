"""How the core names things: valid ids made from foreign names, and times in its messages (``timebase.timecode``)."""

from __future__ import annotations

import re

from vig_annotator.core.timebase import timecode as timecode  # messages give times as exports do

SLUG = re.compile(r"^[a-z0-9][a-z0-9_\-.]*$")


def slug(name: str, fallback: str = "code") -> str:
    """A valid id made from a foreign name: lower case, runs of other characters as one ``_``."""
    made = re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_")
    return made if made and SLUG.match(made) else fallback
