"""The one write path: every edit of a project runs here, and undo and redo with it.

:meth:`History.run` checks that the project may be written, checks the edit against the project's
rules (:mod:`vig_annotator.core.rules`), commits it through the project (one transaction), records it
for undo unless it is an explicit barrier (an audit entry), and returns the :class:`Change` that
views react to. Undo and redo check first that the entities are still as the command left them, so
an edit made since (a relink, a barrier) is never silently overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from vig_annotator.core import rules
from vig_annotator.core.changes import Change, Memory, ReadOnlyProjectError
from vig_annotator.core.commands import Command

EditRefused = rules.EditRefused


@dataclass
class History:
    """A project's runner and undo/redo stacks."""

    project: Memory
    done: list[Command] = field(default_factory=list)
    undone: list[Command] = field(default_factory=list)
    _listeners: list[Callable[[], None]] = field(default_factory=list)

    def run(self, command: Command, undoable: bool = True, initiator: Any = None) -> Change:
        """Check and commit one edit; refused edits raise and change nothing."""
        self._writable()
        ops = command.ops(forward=True)
        if not ops:
            return Change(frozenset(), initiator=initiator)
        rules.check(self.project, ops)
        change = self.project._apply(ops, initiator)
        if undoable:
            top = self.done[-1] if self.done else None
            if top is not None and command.merge_key is not None and top.merge_key == command.merge_key:
                top.merge(command)
            else:
                self.done.append(command)
            self.undone.clear()
            self._notify()
        return change

    def undo(self, initiator: Any = None) -> Change | None:
        """Undo the last edit; refused (with a message) when what it changed has changed since."""
        if not self.done:
            return None
        command = self.done[-1]
        change = self._replay(command, forward=False, initiator=initiator, verb="undo")
        self.undone.append(self.done.pop())
        self._notify()
        return change

    def redo(self, initiator: Any = None) -> Change | None:
        if not self.undone:
            return None
        command = self.undone[-1]
        change = self._replay(command, forward=True, initiator=initiator, verb="redo")
        self.done.append(self.undone.pop())
        self._notify()
        return change

    def _replay(self, command: Command, forward: bool, initiator: Any, verb: str) -> Change:
        self._writable()
        why = command.stale(self.project, forward)
        if why:
            raise EditRefused(f"cannot {verb} {command.label!r}: {why}")
        ops = command.ops(forward)
        try:
            rules.check(self.project, ops)
        except EditRefused as exc:
            raise EditRefused(f"cannot {verb} {command.label!r}: {exc}") from None
        return self.project._apply(ops, initiator)

    def close_merge(self) -> None:
        """End the current merge run (a drag was released): the next edit is its own step."""
        if self.done:
            self.done[-1].merge_key = None

    def clear(self) -> None:
        self.done.clear()
        self.undone.clear()
        self._notify()

    @property
    def undo_label(self) -> str:
        return self.done[-1].label if self.done else ""

    @property
    def redo_label(self) -> str:
        return self.undone[-1].label if self.undone else ""

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener`` when the stacks change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _writable(self) -> None:
        if self.project.backend.read_only:
            raise ReadOnlyProjectError(
                f"{self.project.path or 'the project'} is open read-only: edits cannot be saved")

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()
