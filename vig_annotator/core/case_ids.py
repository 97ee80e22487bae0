"""Case IDs: pseudonyms that say nothing about the family or the video's file name."""

from __future__ import annotations

import secrets

_PSEUDONYM_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread


def pseudonym() -> str:
    """A fresh case ID such as ``C-7KQ2M``: random, so it says nothing about the family or the file."""
    return "C-" + "".join(secrets.choice(_PSEUDONYM_LETTERS) for _ in range(5))
