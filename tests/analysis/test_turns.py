"""Turn-taking measures equal hand counts on small coded examples, and keep their invariants."""

from __future__ import annotations

import json
import statistics
import subprocess

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vig_annotator.analysis.turns import merged, pooled, summary, turn_taking
from vig_annotator.cli import main

# A minute of coded voice (ms). Reading the two lists in onset order, by hand:
#   P 0–1000 → I 1800–2600           turn 1, parent→infant, latency  800
#   I 1800–2600 → P 4000–5000        turn 2, infant→parent, latency 1400
#   P 4000–5000 → I 4800–5400        turn 3, parent→infant, latency -200 (overlap 4800–5000)
#   I 4800–5400, I 6000–6500         infant monologue of 2
#   I 6000–6500 → P 12000–13000      gap 5500 > 2000: no turn
#   P 12000–13000, 13500–14000, 20000–26000   parent monologue of 3
#   I 21000–22000 inside P 20000–26000        overlap 21000–22000, a backchannel: not a turn
#   P 20000–26000 → I 27000–28000    turn 4, parent→infant, latency 1000
#   I 27000–28000 → P 29500–30000    turn 5, infant→parent, latency 1500
#   P 29500–30000 → I 32100–32500    gap 2100 > 2000: no turn
PARENT = [(0, 1000), (4000, 5000), (12000, 13000), (13500, 14000), (20000, 26000), (29500, 30000)]
INFANT = [(1800, 2600), (4800, 5100), (5000, 5400), (6000, 6500), (21000, 22000), (27000, 28000), (32100, 32500)]


def test_hand_counted_session():
    result = summary(turn_taking(PARENT, INFANT, duration_ms=60_000))
    assert result["turns"] == 5
    assert result["turns_by_direction"] == {"parent_to_infant": 3, "infant_to_parent": 2}
    assert result["turns_per_min"] == 5.0
    # parent→infant latencies -0.2, 0.8, 1.0: median 0.8; quartiles (linear) 0.3 and 0.9
    assert result["median_latency_s"] == {"parent_to_infant": 0.8, "infant_to_parent": 1.45}
    assert result["latency"]["parent_to_infant"] == {"n": 3, "median_s": 0.8, "q1_s": 0.3, "q3_s": 0.9,
                                                     "iqr_s": 0.6}
    # switching pauses: the silent gaps 0.8, 1.4, 1.0, 1.5
    assert result["switching_pauses"]["n"] == 4 and result["switching_pauses"]["median_s"] == 1.2
    assert result["overlaps"] == 2 and result["overlap_s"] == 1.2
    assert result["monologues"] == {"parent": 1, "infant": 1}


def test_quartiles_agree_with_the_statistics_module():
    latencies = turn_taking(PARENT, INFANT, 60_000).latencies_ms("parent_to_infant")
    q1, _, q3 = statistics.quantiles(latencies, n=4, method="inclusive")
    spread = summary(turn_taking(PARENT, INFANT, 60_000))["latency"]["parent_to_infant"]
    assert (spread["q1_s"], spread["q3_s"]) == (q1 / 1000, q3 / 1000)


def test_a_longer_max_gap_admits_the_slow_responses():
    # I 6000–6500 → P 12000 (5.5 s) and P 30000 → I 32100 (2.1 s) now count too
    assert summary(turn_taking(PARENT, INFANT, 60_000, max_gap_ms=6000))["turns"] == 7
    assert summary(turn_taking(PARENT, INFANT, 60_000, max_gap_ms=0))["turns"] == 1  # only the overlapping reply


def test_pooled_across_sessions():
    other = turn_taking([(0, 1000)], [(1500, 2000)], 30_000)  # one parent→infant turn, latency 0.5 s
    both = summary(pooled([turn_taking(PARENT, INFANT, 60_000), other]))
    assert both["turns"] == 6 and both["turns_per_min"] == 4.0  # 6 turns over 1.5 minutes
    assert both["median_latency_s"]["parent_to_infant"] == 0.65  # of -0.2, 0.5, 0.8, 1.0
    with pytest.raises(ValueError, match="different maximum gaps"):
        pooled([other, turn_taking([], [], 1000, max_gap_ms=5000)])


def test_no_voices_means_no_turns():
    result = summary(turn_taking([], [], 60_000))
    assert result["turns"] == 0 and result["median_latency_s"] == {"parent_to_infant": None, "infant_to_parent": None}


intervals = st.lists(st.tuples(st.integers(0, 60_000), st.integers(0, 3000)).map(lambda t: (t[0], t[0] + t[1])),
                     max_size=25)


@given(intervals, intervals, st.integers(0, 5000))
def test_swapping_partners_swaps_the_directions(parent, infant, gap):
    a = summary(turn_taking(parent, infant, 60_000, gap))
    b = summary(turn_taking(infant, parent, 60_000, gap))
    assert a["turns"] == b["turns"] and a["overlap_s"] == b["overlap_s"]
    assert a["median_latency_s"]["parent_to_infant"] == b["median_latency_s"]["infant_to_parent"]
    assert a["monologues"] == {"parent": b["monologues"]["infant"], "infant": b["monologues"]["parent"]}


@given(intervals, intervals, st.integers(0, 5000), st.integers(0, 5000))
def test_turns_are_bounded_and_grow_with_the_gap(parent, infant, gap, more):
    result = turn_taking(parent, infant, 60_000, gap)
    n = len(merged(parent)) + len(merged(infant))
    assert len(result.turns) <= max(n - 1, 0)
    assert all(t.latency_ms <= gap for t in result.turns)
    assert len(turn_taking(parent, infant, 60_000, gap + more).turns) >= len(result.turns)
    covered = min(sum(b - a for a, b in merged(parent)), sum(b - a for a, b in merged(infant)))
    assert sum(b - a for a, b in result.overlaps) <= covered


@pytest.fixture
def cli(capsys):
    """Run ``vig-annotator analyse turns ARGS`` in this process: its exit status, stdout and stderr."""
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        status = main(["analyse", "turns", *args])
        out = capsys.readouterr()
        return subprocess.CompletedProcess(args, status, out.out, out.err)
    return run


def test_cli_on_a_coded_session_equals_the_pure_function(demo_project, demo_copy, cli):
    segments = demo_project.segments(1)
    parent = [(s.start_ms, s.end_ms) for s in segments if s.code_id == "parent_vocalisation"]
    infant = [(s.start_ms, s.end_ms) for s in segments if s.code_id == "infant_vocalisation"]
    expected = summary(turn_taking(parent, infant, demo_project.clip(1).duration_ms, 1500))
    demo_project.close()
    out = cli(f"{demo_copy}::1", "--parent", "parent_vocalisation", "--infant", "infant_vocalisation",
              "--max-gap", "1.5", "-f", "json")
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    for field in ("turns", "turns_per_min", "median_latency_s", "overlaps"):
        assert got[field] == expected[field]
    whole = json.loads(cli(str(demo_copy), "--parent", "parent_vocalisation", "--infant", "infant_vocalisation",
                           "-f", "json").stdout)
    assert [s["session"] for s in whole["sessions"]] == [1, 2]
    assert whole["across_sessions"]["turns"] == sum(s["turns"] for s in whole["sessions"])
    one_case = json.loads(cli(str(demo_copy), "--parent", "parent_vocalisation", "--infant", "infant_vocalisation",
                              "--case", "DEMO-001", "-f", "json").stdout)
    assert one_case == whole


def bad(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2, result
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("vig-annotator: error:"), result.stderr
    assert words in result.stderr, result.stderr


def test_cli_bad_input(demo_copy, tmp_path, cli):
    codes = ["--parent", "parent_vocalisation", "--infant", "infant_vocalisation"]
    bad(cli(f"{demo_copy}::1", "--parent", "shout", "--infant", "infant_vocalisation"), "has no code 'shout'")
    bad(cli(f"{demo_copy}::x", *codes), "the session after '::' must be a number")
    bad(cli(f"{demo_copy}::99", *codes), "no session 99")
    bad(cli(str(tmp_path / "none.vigproj"), *codes), "no such file")
    bad(cli(f"{demo_copy}::1", *codes, "--max-gap", "-1"), "--max-gap must be 0 or more")
    bad(cli(str(demo_copy), *codes, "--case", "NOPE"), "no session of case NOPE uses the codes")


def test_a_backchannel_does_not_break_a_monologue():
    # Issue 26: the docstring said any partner vocalisation ends a monologue, the code ignored backchannels.
    # They now agree: the infant's 1.0-1.5 s coo inside the parent's 0-3 s utterance does not take the floor,
    # so the parent's two utterances are one monologue; a coo on its own between them does end it.
    parent = [(0, 3000), (3500, 4500)]
    backchannel = summary(turn_taking(parent, [(1000, 1500)], duration_ms=10_000))
    assert backchannel["monologues"] == {"parent": 1, "infant": 0} and backchannel["turns"] == 0
    assert backchannel["overlaps"] == 1
    own_turn = summary(turn_taking(parent, [(3100, 3300)], duration_ms=10_000))
    assert own_turn["monologues"] == {"parent": 0, "infant": 0} and own_turn["turns"] == 2


def test_rates_name_the_clip_and_give_the_coded_span_beside():
    # 5 turns in a 60-s clip; the vocalisations run from 0 to 32.5 s
    result = summary(turn_taking(PARENT, INFANT, duration_ms=60_000))
    assert result["rate_basis"] == "clip duration" and result["turns_per_min"] == 5.0
    assert result["coded_span_s"] == 32.5
    assert result["turns_per_min_coded_span"] == pytest.approx(5 * 60 / 32.5, abs=1e-3)
    both = summary(pooled([turn_taking(PARENT, INFANT, 60_000), turn_taking([(0, 1000)], [(1500, 2000)], 30_000)]))
    assert both["coded_span_s"] == 34.5 and both["duration_s"] == 90
