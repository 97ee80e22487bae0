"""Two windows on one team project, edited at random without hearing each other: an edit succeeds exactly when
the window's copy of every row it touches is what the server holds, and the server ends holding exactly the edits
that were reported done — nothing lost, nothing merged."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from builders import build
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule, run_state_machine_as_test

from vig_annotator.core import commands
from vig_annotator.core.model import Clip, Coder, Segment, Session
from vig_annotator.core.project import Put
from vig_annotator.core.rules import EditRefused
from vig_annotator.schemes import builtin
from vig_annotator.store.errors import EditConflictError
from vig_annotator.store.opening import create_project, open_project

_names = itertools.count(1)
CODES = ("touch", "eye_contact")  # each window adds its own code, so the rules never weigh one against the other


def test_edits_succeed_exactly_when_not_stale_and_the_server_holds_what_was_reported(pg_cluster):
    class TwoWindows(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.url = pg_cluster.url(f"prop{next(_names)}")
            scheme = builtin("demo")
            first = create_project(self.url)
            shared = [Segment(i, 1, "touch", i * 1000, i * 1000 + 500, note=f"s{i}") for i in range(1, 5)]
            build(first, [Put(scheme), Put(Clip(1, "C1", "c.mp4", "1:ab", 40000, 1000, 25.0)), Put(Coder(1, "AB")),
                         Put(Session(1, 1, 1, scheme.id, scheme.version)), *map(Put, shared)])
            self.windows = [first, open_project(self.url)]  # both read the same four segments
            self.truth: dict[int, Segment] = {s.id: s for s in shared}  # the server's rows, from edits reported done
            self.notes = itertools.count(1)

        def teardown(self) -> None:
            for window in self.windows:
                window.close()
            server = open_project(self.url, read_only=True)
            try:
                assert dict(server.entities["segment"]) == self.truth
            finally:
                server.close()

        def _run(self, w: int, command, touched: list[int], expect_after: dict[int, Segment | None]) -> None:
            window = self.windows[w]
            fresh = all(window.entities["segment"].get(i) == self.truth.get(i) for i in touched)
            try:
                window.run(command)
            except EditConflictError:
                assert not fresh, "refused although the window's copy was the server's"
                for i in touched:  # the window now shows the server's copy
                    assert window.entities["segment"].get(i) == self.truth.get(i)
                return
            except EditRefused:
                return
            assert fresh, "an edit to a stale copy was accepted"
            for i, seg in expect_after.items():
                if seg is None:
                    self.truth.pop(i, None)
                else:
                    self.truth[i] = seg

        @rule(w=st.integers(0, 1), start=st.integers(0, 39_000))
        def add(self, w: int, start: int) -> None:
            window = self.windows[w]
            seg = Segment(window.next_id("segment"), 1, CODES[w], start, start + 500, note=f"n{next(self.notes)}")
            self._run(w, commands.add_segment(seg), [seg.id], {seg.id: seg})

        @rule(w=st.integers(0, 1), pick=st.integers(0, 10_000))
        def change_note(self, w: int, pick: int) -> None:
            mine = sorted(self.windows[w].entities["segment"])
            if not mine:
                return
            old = self.windows[w].entities["segment"][mine[pick % len(mine)]]
            assert isinstance(old, Segment)
            new = replace(old, note=f"n{next(self.notes)}")
            self._run(w, commands.change_segment(old, new, "Edit note"), [old.id], {old.id: new})

        @rule(w=st.integers(0, 1), pick=st.integers(0, 10_000))
        def delete(self, w: int, pick: int) -> None:
            mine = sorted(self.windows[w].entities["segment"])
            if not mine:
                return
            old = self.windows[w].entities["segment"][mine[pick % len(mine)]]
            assert isinstance(old, Segment)
            self._run(w, commands.delete_segments([old]), [old.id], {old.id: None})

        @rule(w=st.integers(0, 1))
        def catch_up(self, w: int) -> None:
            self.windows[w].backend.resync()
            assert dict(self.windows[w].entities["segment"]) == self.truth

    run_state_machine_as_test(TwoWindows, settings=settings(
        max_examples=6, stateful_step_count=20, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))


pytestmark = pytest.mark.slow
