"""Interaction dynamics as pure functions: contingency, sequences, motion synchrony, voices, turns.

Inputs are plain data — events as ``(code_id, start_ms, end_ms)`` per session and numpy series — so
the GUI and the command line share the same computations.
"""

from __future__ import annotations

import math

Event = tuple[str, int, int]
"""One coded event: code id, onset and offset in milliseconds (equal for a point event)."""


def json_number(x: float) -> float | None:
    """A figure for JSON: rounded to 6 decimals; nan or infinite (undefined) becomes null."""
    return round(float(x), 6) if math.isfinite(x) else None
