"""Making and indexing many segments at once (100,000 on opening a project), quickly.

A frozen dataclass sets each field through ``object.__setattr__``, and the cyclic garbage collector
re-scans every object made so far while hundreds of thousands are being made: together most of the
cost of opening a large project. Segments here are made field-for-field equal to ``Segment(...)``.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from vig_annotator.core.model import Segment

_FIELDS = tuple(Segment.__dataclass_fields__)
assert _FIELDS == ("id", "session_id", "code_id", "start_ms", "end_ms", "start_frame", "end_frame",
                   "modifiers", "note", "item"), "core.bulk makes Segments field by field: update it"
assert not hasattr(Segment, "__post_init__"), "core.bulk would skip Segment.__post_init__: update it"


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic collector off while a block makes many objects that all stay alive.

    Afterwards every object alive is frozen (``gc.freeze``): the collector no longer re-scans the
    project's 100,000s of segments on every full pass; :func:`release` hands them back on closing.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_on:
            gc.enable()


def release() -> None:
    """Let the collector scan what :func:`gc_paused` froze again (a closed project's cycles get freed)."""
    gc.unfreeze()


def decode_modifiers(stored: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The stored JSON ``[[name, [value, ...]], ...]`` as ``Segment.modifiers`` (``"[]"`` without parsing)."""
    if stored == "[]":
        return ()
    return tuple((k, tuple(v)) for k, v in json.loads(stored))


def segments_from_rows(rows: Iterable[tuple[Any, ...]]) -> list[Segment]:
    """Segments from stored rows (id, session, code, start, end, start frame, end frame, modifiers JSON, note, item)."""
    new = object.__new__
    set_dict = object.__setattr__  # a frozen dataclass refuses ``obj.__dict__ = ...``; this is its own setter
    out: list[Segment] = []
    append = out.append
    for sid, session, code, start, end, start_frame, end_frame, modifiers, note, item in rows:
        seg = new(Segment)
        set_dict(seg, "__dict__", {
            "id": sid, "session_id": session, "code_id": code, "start_ms": start, "end_ms": end,
            "start_frame": start_frame, "end_frame": end_frame,
            "modifiers": () if modifiers == "[]" else decode_modifiers(modifiers), "note": note, "item": item})
        append(seg)
    return out
