"""Building test projects the way the app builds them: through ``Project.run`` and the core's rules.

A fixture made with :func:`build` can only hold a state the app could reach; an edit that breaks a rule is
refused here as it would be there. A deliberately broken project (a file from an older version) is made by
writing the rows to a real file, or, in core tests, with the core's own ``_load``.
"""

from __future__ import annotations

from collections.abc import Iterable

from vig_annotator.core.commands import edit
from vig_annotator.core.model import Entity, entity_key
from vig_annotator.core.project import Change, Delete, Project, Put


def build(project: Project, parts: Iterable[Put | Delete | Entity], label: str = "Set up") -> Change:
    """Put (or, given ``Delete``, remove) entities in one checked edit, not on the undo stack; returns its change."""
    pairs: list[tuple[Entity | None, Entity | None]] = []
    for part in parts:
        entity = part.entity if isinstance(part, Put | Delete) else part
        kind, key = entity_key(entity)
        before = project.entities[kind].get(key)
        pairs.append((before, None) if isinstance(part, Delete) else (before, entity))
    return project.run(edit(label, pairs), undoable=False)
