"""Voice suggestions a coder rejected, kept in the project per session so they are not offered again.

One project setting per rejection, ``voice_rejected:{session}:{code}:{start_ms}:{end_ms}``, its value
holding the same fields: kept like the clip's pitch track (it goes and travels with the project), and
one row per rejection so two copies of a project that rejected different suggestions merge on push and
pull (a setting is added where missing) instead of differing. Rejecting is an undoable edit; undoing it
offers the suggestion again. A rejection is neither a segment nor a session row: exports, statistics
and the session's sync digest never see it. A suggestion counts as rejected when one of the session's
rejections has its code and starts and ends within :data:`TOLERANCE_MS` of it, so a pitch track computed
again (another machine, another library build) that moves a boundary by a frame still finds it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from vig_annotator.analysis.suggestions import Suggestion
from vig_annotator.core.commands import Command, edit
from vig_annotator.core.model import Setting
from vig_annotator.core.project import Project

PREFIX = "voice_rejected:"
TOLERANCE_MS = 50
"""How far a start or end may move (five 10 ms pitch frames) and the suggestion still be the rejected one."""


@dataclass(frozen=True)
class Rejection:
    """A suggested stretch of ``code_id`` the coder said is not one, in one session."""

    session_id: int
    code_id: str
    start_ms: int
    end_ms: int

    @property
    def key(self) -> str:
        return f"{PREFIX}{self.session_id}:{self.code_id}:{self.start_ms}:{self.end_ms}"

    def setting(self) -> Setting:
        return Setting(self.key, {"session": self.session_id, "code": self.code_id,
                                  "start_ms": self.start_ms, "end_ms": self.end_ms})


def rejection_of(session_id: int, suggestion: Suggestion) -> Rejection:
    return Rejection(session_id, suggestion.code_id, suggestion.start_ms, suggestion.end_ms)


def _read(setting: object) -> Rejection | None:
    value = getattr(setting, "value", None)
    if not isinstance(value, dict):
        return None
    try:
        found = Rejection(int(value["session"]), str(value["code"]), int(value["start_ms"]), int(value["end_ms"]))
    except (KeyError, TypeError, ValueError):
        return None
    return found if found.key == getattr(setting, "key", None) else None


def rejections(project: Project, session_id: int) -> list[Rejection]:
    """The session's rejected suggestions (unreadable entries are skipped), in time order."""
    prefix = f"{PREFIX}{session_id}:"
    found = (_read(s) for k, s in project.entities["setting"].items() if str(k).startswith(prefix))
    return sorted((r for r in found if r is not None), key=lambda r: (r.start_ms, r.end_ms, r.code_id))


def reject(project: Project, session_id: int, suggestion: Suggestion) -> Command:
    """The undoable edit "Reject suggestion" keeping the rejection (no change when it is kept already)."""
    after = rejection_of(session_id, suggestion).setting()
    if project.entities["setting"].get(after.key) == after:
        return edit("Reject suggestion", [])
    return edit("Reject suggestion", [(None, after)])


def rejection_from_key(key: object, session_id: int) -> Rejection | None:
    """The rejection a setting key names, when it is one of ``session_id``'s (for telling what an undo restored)."""
    text = str(key)
    prefix = f"{PREFIX}{session_id}:"
    if not text.startswith(prefix):
        return None
    parts = text[len(prefix):].rsplit(":", 2)
    try:
        return Rejection(session_id, parts[0], int(parts[1]), int(parts[2]))
    except (ValueError, IndexError):
        return None


class Rejected:
    """The session's rejections indexed by code, to tell quickly whether a suggestion is one of them."""

    def __init__(self, found: Iterable[Rejection], tolerance_ms: int = TOLERANCE_MS) -> None:
        self.tolerance_ms = tolerance_ms
        by_code: dict[str, list[tuple[int, int]]] = {}
        for r in found:
            by_code.setdefault(r.code_id, []).append((r.start_ms, r.end_ms))
        self._by_code = {code: sorted(spans) for code, spans in by_code.items()}

    def __contains__(self, suggestion: object) -> bool:
        if not isinstance(suggestion, Suggestion):
            return False
        spans = self._by_code.get(suggestion.code_id)
        if not spans:
            return False
        tol = self.tolerance_ms
        i = bisect_left(spans, (suggestion.start_ms - tol, -(2**62)))
        while i < len(spans) and spans[i][0] <= suggestion.start_ms + tol:
            if abs(spans[i][1] - suggestion.end_ms) <= tol:
                return True
            i += 1
        return False


def not_rejected(suggestions: Sequence[Suggestion], found: Iterable[Rejection]) -> list[Suggestion]:
    """The suggestions left once the rejected ones are taken out."""
    rejected = Rejected(found)
    return [s for s in suggestions if s not in rejected]
