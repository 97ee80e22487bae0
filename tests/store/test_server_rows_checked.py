"""Rows arriving from a team project's server are checked by the core's rules before a window takes them in.

Issue 27: ``Project.absorb`` took in whatever the server sent. A client that skips the rules (an older
version, a hand-written SQL row) could put a segment with a modifier its code lacks, or two codes of one
mutually exclusive group at once, into every other window's memory. Now such a row is refused, named in
``refused_rows``, and the rest of what arrived is taken in.
"""

from __future__ import annotations

import pytest
from builders import build

from vig_annotator.core import rules
from vig_annotator.core.model import Clip, Coder, Segment, Session
from vig_annotator.core.project import Put
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project, open_project

_names = iter(range(1, 10_000))


@pytest.fixture
def windows(pg_cluster):
    """One server project open in two windows; the first writes straight to the server, past the rules."""
    scheme = builtin("demo")
    first = create_project(pg_cluster.url(f"rows{next(_names)}"))
    build(first, [Put(scheme), Put(Clip(1, "C1", "c.mp4", "1:ab", 40000, 1000, 25.0)), Put(Coder(1, "AB")),
                  Put(Session(1, 1, 1, scheme.id, scheme.version))])
    second = open_project(first.path)
    yield first, second
    first.close()
    second.close()


def test_a_row_with_a_modifier_its_code_lacks_is_not_taken_in_and_the_rest_is(windows):
    first, second = windows
    good = Segment(first.next_id("segment"), 1, "touch", 0, 400, 0, 10, (("quality", ("pat",)),))
    bad = Segment(good.id + 1, 1, "smile", 4_760, 4_760, 119, 119, (("intensity", ("enormous",)),))
    first.backend.write([Put(good), Put(bad)])  # an older client, past the rules
    second.backend.refresh([("segment", good.id), ("segment", bad.id)])
    assert second.segment(good.id) == good
    assert bad.id not in second.entities["segment"]
    assert second.refused_rows == [
        "a row from the server was not taken in: segment smile 00:00:04.760–00:00:04.760 (session 1): modifier "
        "'intensity' value 'enormous' is not one of its values (slight, broad)"]
    assert not rules.problems(second)


def test_a_clash_of_an_exclusive_group_from_the_server_is_refused_on_a_full_resync_too(windows):
    first, second = windows
    base = first.next_id("segment")
    first.backend.write([Put(Segment(base, 1, "infant_gaze_parent", 10_000, 15_000, 250, 375))])
    first.backend.write([Put(Segment(base + 1, 1, "infant_gaze_away", 12_000, 18_000, 300, 450))])
    second.backend.resync()
    kept = sorted(s.code_id for s in second.segments(1))
    assert kept == ["infant_gaze_parent"]
    assert len(second.refused_rows) == 1 and "mutually exclusive group 'infant_gaze'" in second.refused_rows[0]
    assert not rules.problems(second)


def test_a_large_good_batch_is_taken_in_whole(windows):
    first, second = windows
    base = first.next_id("segment")
    rows = [Segment(base + i, 1, "touch", i * 10, i * 10 + 5, 0, 0) for i in range(2_000)]
    first.backend.write([Put(s) for s in rows])
    second.backend.resync()
    assert len(second.segments(1)) == 2_000 and second.refused_rows == []


def test_many_bad_rows_are_said_in_a_few_lines_and_the_good_ones_among_them_taken_in(windows):
    first, second = windows
    base = first.next_id("segment")
    rows = [Segment(base + i, 1, "touch", i * 10, i * 10 + 5, 0, 0, (("quality", ("slap" if i % 50 else "pat",)),))
            for i in range(500)]  # every 50th is good
    first.backend.write([Put(s) for s in rows])
    second.backend.resync()
    assert sorted(s.id for s in second.segments(1)) == [base + i for i in range(0, 500, 50)]
    assert len(second.refused_rows) == 11 and "value 'slap' is not one of its values" in second.refused_rows[0]
    assert second.refused_rows[-1] == "480 more rows from the server were not taken in"
    assert not rules.problems(second)
