"""Rows a team project's server sends (what other windows committed), checked by the rules before memory takes them.

The server keeps its own constraints, but a row written by an older version, by hand in SQL, or by a client
with another idea of the scheme could still break a rule. Such a row is not taken in: the window keeps what
it had, and the refusal is reported (``Project.refused_rows`` and the log); the rest of the batch is taken
in. A good batch costs one check, as an edit does; a batch with a bad row is halved until the row is found.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from vig_annotator.core import rules
from vig_annotator.core.changes import Memory, Op, Put
from vig_annotator.core.model import entity_key

log = logging.getLogger(__name__)

SAID = 10
"""Refusals of one batch said one by one; more are counted in one line."""
PARENTS_FIRST = ("scheme", "clip", "coder", "source", "session", "setting", "segment", "rating", "moment", "export")


def _order(ops: Sequence[Op]) -> list[Op]:
    """Puts with what others depend on first, then deletes with the dependents first."""
    rank = {kind: n for n, kind in enumerate(PARENTS_FIRST)}
    puts = [op for op in ops if isinstance(op, Put)]
    deletes = [op for op in ops if not isinstance(op, Put)]
    puts.sort(key=lambda op: rank.get(entity_key(op.entity)[0], len(rank)))
    deletes.sort(key=lambda op: -rank.get(entity_key(op.entity)[0], len(rank)))
    return puts + deletes


def admit(project: Memory, ops: Sequence[Op]) -> list[Op]:
    """Take the rows that keep the rules into memory (nothing is written); returns them. Refusals are recorded.

    At most :data:`SAID` refusals are said one by one; the rest of a batch (a whole session's segments when
    the session itself was refused) in one more line.
    """
    taken: list[Op] = []
    refused: list[str] = []

    def take(batch: list[Op]) -> None:
        if not batch:
            return
        try:
            rules.check(project, batch)
        except rules.EditRefused as exc:
            if len(batch) > 1:
                half = len(batch) // 2
                take(batch[:half])
                take(batch[half:])
                return
            refused.append(f"a row from the server was not taken in: {exc}")
            return
        project._load(batch)
        taken.extend(batch)

    take(_order(ops))
    said = refused[:SAID] + ([f"{len(refused) - SAID:,} more rows from the server were not taken in"]
                             if len(refused) > SAID else [])
    for message in said:
        log.warning("%s", message)
    project.refused_rows.extend(said)
    return taken
