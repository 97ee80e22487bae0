"""Two coders' utterance codes: pairing by span, kappa checked against scikit-learn, unpaired reported."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from inprocess import run_cli
from sklearn.metrics import cohen_kappa_score

from vig_annotator.core.model import Segment
from vig_annotator.core.transcript import MIND_MINDEDNESS, Utterance
from vig_annotator.reliability.utterances import pair_utterances, utterance_agreement

SPEAKERS = {"parent_utterance": "parent", "infant_utterance": "infant"}


def seg(n, start, end, mind="", code="parent_utterance"):
    return Segment(n, 1, code, start, end, modifiers=((MIND_MINDEDNESS, (mind,)),) if mind else (), note=f"u{n}")


A = [seg(1, 0, 1000, "appropriate"), seg(2, 1500, 2500, "not_mind_related"), seg(3, 3000, 4000, "appropriate"),
     seg(4, 5000, 6000, "non_attuned"), seg(5, 7000, 8000, "not_mind_related"), seg(6, 9000, 9500, "appropriate"),
     seg(7, 12_000, 13_000, "appropriate")]  # 7: B did not transcribe it
B = [seg(11, 100, 1200, "appropriate"), seg(12, 1400, 2300, "not_mind_related"),
     seg(13, 3200, 3900, "not_mind_related"), seg(14, 5100, 6200, "non_attuned"), seg(15, 6900, 8100, "appropriate"),
     seg(16, 9100, 9400, "appropriate"), seg(17, 10_000, 11_000, "appropriate"),  # 17: only B
     seg(18, 0, 900, "", code="infant_utterance")]  # another speaker never pairs with the parent


def test_kappa_on_paired_utterances_equals_scikit_learn():
    result = utterance_agreement(A, B, SPEAKERS)
    assert [(p.a.segment_id, p.b.segment_id) for p in result.pairs] == [(1, 11), (2, 12), (3, 13), (4, 14), (5, 15),
                                                                        (6, 16)]
    assert [u.segment_id for u in result.unpaired_a] == [7]
    assert [u.segment_id for u in result.unpaired_b] == [18, 17]  # in time order
    codes_a = ["appropriate", "not_mind_related", "appropriate", "non_attuned", "not_mind_related", "appropriate"]
    codes_b = ["appropriate", "not_mind_related", "not_mind_related", "non_attuned", "appropriate", "appropriate"]
    assert result.agreement.kappa is not None
    assert abs(result.agreement.kappa - cohen_kappa_score(codes_a, codes_b)) < 1e-12
    # by hand: po = 4/6; margins A (3, 1, 2), B (3, 1, 2) -> pe = (9 + 1 + 4) / 36; kappa = (24 - 14) / (36 - 14)
    assert abs(result.agreement.kappa - 10 / 22) < 1e-12


def test_largest_overlap_wins_and_each_utterance_pairs_once():
    a = [Utterance(0, 1000, "parent", "a", 1)]
    b = [Utterance(800, 2000, "parent", "b", 2), Utterance(100, 900, "parent", "c", 3)]
    pairs, only_a, only_b = pair_utterances(a, b)
    assert [(p.a.segment_id, p.b.segment_id) for p in pairs] == [(1, 3)] and [u.segment_id for u in only_b] == [2]
    pairs, _, _ = pair_utterances(a, b[:1], min_overlap=0.5)  # 200 ms of the shorter 1000 ms: too little
    assert pairs == []


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 5), st.sampled_from(["", "appropriate", "non_attuned"])),
                 max_size=12)


def laid_out(raw, first_id):
    out, t = [], 0
    for i, (gap, length, mind) in enumerate(raw):
        t += gap * 100
        out.append(seg(first_id + i, t, t + length * 100, mind))
        t += length * 100
    return out


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(spans, spans)
def test_every_utterance_is_paired_once_or_reported(raw_a, raw_b):
    a, b = laid_out(raw_a, 1), laid_out(raw_b, 1000)
    result = utterance_agreement(a, b, SPEAKERS)
    assert len(result.pairs) + len(result.unpaired_a) == len(a)
    assert len(result.pairs) + len(result.unpaired_b) == len(b)
    assert all(min(p.a.end_ms, p.b.end_ms) > max(p.a.start_ms, p.b.start_ms) for p in result.pairs)
    assert result.agreement.n == len(result.pairs)


def test_agree_cli_method_utterances(tmp_path):
    import shutil
    from pathlib import Path

    from vig_annotator.core.commands import edit
    from vig_annotator.projects import add_clip, add_coder, start_session
    from vig_annotator.schemes import builtin
    from vig_annotator.store.opening import create_project

    samples = Path(__file__).resolve().parents[2] / "sample_clips"
    shutil.copy2(samples / "demo_clip.mp4", tmp_path / "clip.mp4")
    project = create_project(tmp_path / "p.vigproj")
    clip = add_clip(project, tmp_path / "clip.mp4")
    s1 = start_session(project, clip, add_coder(project, "AA"), builtin("mind_mindedness"))
    s2 = start_session(project, clip, add_coder(project, "BB"), builtin("mind_mindedness"))
    from dataclasses import replace
    moved = [replace(s, session_id=s1.id) for s in A] + [replace(s, session_id=s2.id) for s in B]
    project.run(edit("test", [(None, s) for s in moved]))
    project.close()
    done = run_cli("agree", f"{tmp_path / 'p.vigproj'}::1", f"{tmp_path / 'p.vigproj'}::2", "--method", "utterances",
                   "-f", "json", "--subjects", "parent")
    assert done.status == 0, done.err
    report = json.loads(done.out)
    assert report["paired"] == 6 and report["unpaired_a"] == 1 and report["unpaired_b"] == 1
    assert abs(report["kappa"] - 10 / 22) < 1e-12
    text = run_cli("agree", f"{tmp_path / 'p.vigproj'}::1", f"{tmp_path / 'p.vigproj'}::2", "--method", "utterances")
    assert text.status == 0 and "kappa on the 6 paired utterances = 0.455" in text.out


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(st.lists(st.tuples(st.integers(0, 3000), st.integers(0, 800), st.sampled_from("pi")), max_size=15),
       st.lists(st.tuples(st.integers(0, 3000), st.integers(0, 800), st.sampled_from("pi")), max_size=15),
       st.sampled_from([0.0, 0.3, 1.0]))
def test_the_sweep_pairs_as_checking_every_pair_would(raw_a, raw_b, share):
    """Overlapping utterances of one speaker (imports from elsewhere may overlap): same pairs as brute force."""
    who = {"p": "parent", "i": "infant"}
    a = [Utterance(s, s + d, who[k], "", n) for n, (s, d, k) in enumerate(raw_a)]
    b = [Utterance(s, s + d, who[k], "", 100 + n) for n, (s, d, k) in enumerate(raw_b)]
    brute = sorted((-(min(x.end_ms, y.end_ms) - max(x.start_ms, y.start_ms)), abs(x.start_ms - y.start_ms), i, j)
                   for i, x in enumerate(a) for j, y in enumerate(b)
                   if x.speaker == y.speaker and min(x.end_ms, y.end_ms) - max(x.start_ms, y.start_ms) > 0
                   and min(x.end_ms, y.end_ms) - max(x.start_ms, y.start_ms)
                   >= share * min(x.end_ms - x.start_ms, y.end_ms - y.start_ms))
    used_a, used_b, expected = set(), set(), set()
    for _, _, i, j in brute:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            expected.add((a[i].segment_id, b[j].segment_id))
    pairs, _, _ = pair_utterances(a, b, share)
    assert {(p.a.segment_id, p.b.segment_id) for p in pairs} == expected
