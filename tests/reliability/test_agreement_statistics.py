"""Each agreement statistic against an independent oracle: a library, a published example, or a hand count."""

from __future__ import annotations

import krippendorff
import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from vig_annotator.core.model import Code, CodeKind, ItemValue, RatedItem, Scheme, Segment
from vig_annotator.core.timebase import Timebase
from vig_annotator.reliability.boris_kappa import boris_kappa
from vig_annotator.reliability.events import event_agreement
from vig_annotator.reliability.kappa import agreement, confusion
from vig_annotator.reliability.ratings import icc_absolute, item_agreement
from vig_annotator.reliability.time_units import Units, labels, time_unit_agreement

SCHEME = Scheme("t", "T", "1", codes=(
    Code("look", "Look", exclusive_group="gaze"), Code("away", "Away", exclusive_group="gaze"),
    Code("coo", "Coo"), Code("smile", "Smile", kind=CodeKind.POINT)))


def seg(i, code, start, end):
    return Segment(i, 1, code, start, end)


def test_cohens_textbook_two_by_two():
    # 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 → po .70, pe .50, kappa .40 (hand count)
    result = agreement(np.array([[20.0, 5.0], [10.0, 15.0]]), ("yes", "no"))
    assert result.observed == pytest.approx(0.70)
    assert result.chance == pytest.approx(0.50)
    assert result.kappa == pytest.approx(0.40)
    # kappa max: margins A .5/.5, B .6/.4 → po max = .5 + .4 = .9 → (.9 − .5) / .5 = .8
    assert result.kappa_max == pytest.approx(0.80)


def test_time_unit_labels_and_kappa_match_a_hand_labelled_sequence_and_sklearn():
    units = Units.of_seconds(1, 0, 10_000)
    a = [seg(1, "look", 0, 5000), seg(2, "away", 5000, 8000), seg(3, "coo", 2500, 3400)]
    b = [seg(4, "look", 0, 4000), seg(5, "away", 4000, 9000), seg(6, "coo", 2000, 3000)]
    # unit midpoints 500, 1500, …: A gaze = look×5, away×3, none×2; B = look×4, away×5, none×1
    gaze = (SCHEME.code("look"), SCHEME.code("away"))
    hand_a = [1, 1, 1, 1, 1, 2, 2, 2, 0, 0]
    hand_b = [1, 1, 1, 1, 2, 2, 2, 2, 2, 0]
    assert labels(a, gaze, units).tolist() == hand_a
    assert labels(b, gaze, units).tolist() == hand_b
    result = time_unit_agreement(SCHEME, a, b, units)
    group = next(g for g in result.groups if g.group == "gaze")
    assert group.agreement.kappa == pytest.approx(cohen_kappa_score(hand_a, hand_b))
    assert group.agreement.percent == pytest.approx(80.0)  # units 0–3, 5–7 and 9 agree
    coo = next(c for c in result.codes if c.code == "coo")
    # A's coo covers the midpoint 2500 only (unit 2); B's covers 2500 too (2000–3000): full agreement
    assert coo.agreement.kappa == pytest.approx(1.0)
    assert coo.prevalence == pytest.approx(0.1)


def test_perfect_none_and_chance_level_agreement():
    units = Units.of_seconds(1, 0, 20_000)
    same = [seg(1, "coo", 3000, 9000)]
    perfect = time_unit_agreement(SCHEME, same, same, units, codes=["coo"])
    assert perfect.groups[0].agreement.kappa == pytest.approx(1.0)
    opposite = time_unit_agreement(SCHEME, [seg(1, "coo", 0, 10_000)], [seg(2, "coo", 10_000, 20_000)], units,
                                   codes=["coo"])
    assert opposite.groups[0].agreement.kappa == pytest.approx(-1.0)  # every unit disagrees, margins 50/50
    rng = np.random.default_rng(3)
    a = rng.integers(0, 3, 20_000)
    b = rng.integers(0, 3, 20_000)
    chance = agreement(confusion(a, b, 3), ("none", "x", "y")).kappa
    assert chance == pytest.approx(cohen_kappa_score(a, b))
    assert abs(chance) < 0.03


def test_rare_code_kappa_matches_sklearn():
    rng = np.random.default_rng(9)
    a = (rng.random(5000) < 0.02).astype(np.int64)
    b = a.copy()
    flip = rng.choice(5000, 60, replace=False)
    b[flip] = 1 - b[flip]
    assert agreement(confusion(a, b, 2), ("none", "x")).kappa == pytest.approx(cohen_kappa_score(a, b))


def test_tolerance_forgives_exactly_the_near_misses():
    units = Units.of_seconds(1, 0, 10_000)
    a = [seg(1, "coo", 3000, 6000)]  # units 3, 4, 5
    b = [seg(2, "coo", 4000, 7000)]  # units 4, 5, 6
    strict = time_unit_agreement(SCHEME, a, b, units, tolerance=0, codes=["coo"]).groups[0].agreement
    assert strict.table == ((6.0, 1.0), (1.0, 2.0))  # units 3 and 6 disagree
    loose = time_unit_agreement(SCHEME, a, b, units, tolerance=1, codes=["coo"]).groups[0].agreement
    assert loose.table == ((6.0, 0.0), (0.0, 4.0)) and loose.kappa == pytest.approx(1.0)
    far = [seg(3, "coo", 8000, 9000)]  # 3 units away from A's last unit: not forgiven with t = 1
    farther = time_unit_agreement(SCHEME, a, far, units, tolerance=1, codes=["coo"]).groups[0].agreement
    assert farther.table[1][1] == 0.0


def test_frame_units_follow_the_true_timestamps():
    tb = Timebase((0, 40, 100, 130, 200), 240)  # uneven frames
    units = Units.of_frames(tb, 0, 240)
    assert units.starts.tolist() == [0, 40, 100, 130, 200] and units.ends.tolist() == [40, 100, 130, 200, 240]
    a = [seg(1, "coo", 40, 130)]
    assert labels(a, (SCHEME.code("coo"),), units).tolist() == [0, 1, 1, 0, 0]


def test_point_events_count_in_the_unit_they_fall_in():
    units = Units.of_seconds(1, 0, 5000)
    a = [seg(1, "smile", 2300, 2300)]
    assert labels(a, (SCHEME.code("smile"),), units).tolist() == [0, 0, 1, 0, 0]


def test_event_pairing_by_onset_with_misses_and_false_alarms():
    a = [seg(1, "coo", 1000, 1500), seg(2, "coo", 5000, 5600), seg(3, "look", 9000, 9800)]
    b = [seg(11, "coo", 1400, 1900), seg(12, "look", 5300, 6000), seg(13, "coo", 20_000, 20_500)]
    result = event_agreement(a, b, ["look", "away", "coo"], tolerance_ms=500)
    pairs = {(p.a, p.b) for p in result.pairs}
    # 1↔11 (same code, 400 ms); 2↔12 (different code, 300 ms); 3 unpaired (miss); 13 unpaired (false alarm)
    assert pairs == {(1, 11), (2, 12), (3, None), (None, 13)}
    assert (result.matches, result.code_mismatches, result.misses, result.false_alarms) == (1, 1, 1, 1)
    tight = event_agreement(a, b, ["look", "away", "coo"], tolerance_ms=350)
    assert {(p.a, p.b) for p in tight.pairs} >= {(1, None), (None, 11), (2, 12)}
    # hand table, rows A (look, away, coo, nil) × cols B: coo→coo 1, coo→look 1, look→nil 1, nil→coo 1
    assert result.agreement.table == ((0, 0, 0, 1), (0, 0, 0, 0), (1, 0, 1, 0), (0, 0, 1, 0))


def test_event_overlap_requirement():
    a = [seg(1, "coo", 1000, 2000)]
    b = [seg(2, "coo", 1800, 3000)]  # onsets 800 ms apart, overlap 200 ms = 20 % of the shorter
    assert event_agreement(a, b, ["coo"], tolerance_ms=1000, min_overlap=0.1).matches == 1
    assert event_agreement(a, b, ["coo"], tolerance_ms=1000, min_overlap=0.5).matches == 0


ITEM = RatedItem("i", 1, "Item", tuple(ItemValue(v) for v in (0, 2, 4)))


def hand_weighted_kappa(a, b, cats, power):
    k = len(cats)
    idx = {c: i for i, c in enumerate(cats)}
    obs = np.zeros((k, k))
    for x, y in zip(a, b, strict=True):
        obs[idx[x], idx[y]] += 1
    obs /= obs.sum()
    exp = np.outer(obs.sum(1), obs.sum(0))
    w = np.array([[abs(i - j) ** power for j in range(k)] for i in range(k)], dtype=float)
    return 1 - (w * obs).sum() / (w * exp).sum()


def test_item_agreement_exact_within_one_step_and_weighted_kappa():
    a = [0, 2, 4, 4, 0, 2, 2, 0]
    b = [0, 4, 4, 2, 0, 2, 0, 4]
    result = item_agreement(ITEM, a, b)
    assert result.percent_exact == pytest.approx(100 * 4 / 8)
    assert result.percent_within_one_step == pytest.approx(100 * 7 / 8)  # only 0 vs 4 is two steps
    assert result.kappa_linear == pytest.approx(hand_weighted_kappa(a, b, (0, 2, 4), 1))
    assert result.kappa_quadratic == pytest.approx(hand_weighted_kappa(a, b, (0, 2, 4), 2))


def test_icc_on_shrout_and_fleiss_1979():
    # Shrout & Fleiss (1979) Table 2: 6 targets × 4 judges; published ICC(2,1) = .29, ICC(2,4) = .62
    scores = np.array([[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]],
                      dtype=float)
    icc = icc_absolute(scores)
    assert round(icc.single, 2) == 0.29
    assert round(icc.average, 2) == 0.62


def test_boris_style_slices_by_hand():
    a = [seg(1, "coo", 0, 2000), seg(2, "look", 1000, 4000)]
    b = [seg(3, "coo", 0, 3000), seg(4, "look", 2000, 4000)]
    result = boris_kappa(a, b, 1.0)
    # samples at 0, 1, 2, 3, 4 s (first to last event, inclusive):
    # A: coo | coo+look | coo+look | look | look      B: coo | coo | coo+look | coo+look | look
    assert (result.first_ms, result.last_ms, result.samples) == (0, 4000, 5)
    hand_a = ["coo", "coo+look", "coo+look", "look", "look"]
    hand_b = ["coo", "coo", "coo+look", "coo+look", "look"]
    assert result.agreement.kappa == pytest.approx(cohen_kappa_score(hand_a, hand_b))


def test_krippendorff_alpha_for_three_coders_agrees_with_the_library():
    from vig_annotator.reliability.report import Coded, alpha_by_group

    tb = Timebase(tuple(range(0, 10_000, 40)), 10_000)
    runs = [[seg(1, "coo", 0, 4000)], [seg(2, "coo", 0, 5000)], [seg(3, "coo", 1000, 4000)]]
    items = [Coded(f"c{i}", None, SCHEME, "f", tuple(r), {}, tb) for i, r in enumerate(runs)]  # type: ignore[arg-type]
    units = Units.of_seconds(1, 0, 10_000)
    found = {g["group"]: g["alpha"] for g in alpha_by_group(items, units)}
    data = np.array([[1] * 4 + [0] * 6, [1] * 5 + [0] * 5, [0] + [1] * 3 + [0] * 6], dtype=float)
    assert found["coo"] == pytest.approx(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


# Event times of observations "observation #1", "observation #2" and "observation #2 (copy)" in BORIS's
# own test project (tests/files/test.boris in olivierfriard/BORIS), as [time s, subject, behaviour];
# "s" is a state event (start/stop rows), "p" a point event. BORIS's tests/test_irr.py states the kappa
# BORIS reports for each pair below; those published values are the oracle.
BORIS_OBS_1 = [(3.3, "subject1", "s"), (7.75, "subject1", "s"), (9.9, "subject1", "s"), (16.2, "subject1", "s"),
               (18.35, "subject1", "s"), (24.475, "subject1", "s"), (38.425, "subject2", "s"),
               (46.1, "subject2", "s")]
BORIS_OBS_2 = [(1.8, "", "s"), (8.125, "", "s"), (10.25, "", "s"), (23.35, "", "s"), (26.775, "", "s"),
               (31.475, "", "s"), (32.825, "", "p"), (34.15, "", "p"), (34.925, "", "p"), (227.765, "", "s"),
               (253.49, "", "s"), (255.34, "", "s"), (261.14, "", "s"), (266.165, "subject1", "s"),
               (276.69, "subject1", "s"), (280.965, "subject1", "s"), (286.215, "subject2", "s"),
               (292.065, "subject2", "s"), (294.215, "subject1", "s"), (299.715, "", "p"), (301.34, "", "p"),
               (303.24, "", "p"), (303.79, "", "s"), (307.765, "", "s"), (314.49, "subject2", "p"),
               (316.065, "subject2", "p"), (317.39, "subject2", "s"), (320.365, "subject2", "s")]
# the copy differs in three point events near 33 s and in subject1's first state starting 2 s later
BORIS_OBS_2_COPY = ([*BORIS_OBS_2[:6], (34.15, "", "p"), (34.825, "", "p"), (34.925, "", "p"), *BORIS_OBS_2[9:13],
                     (268.165, "subject1", "s"), *BORIS_OBS_2[14:]])
NO_FOCAL = "No focal subject"


def boris_segments(events, behaviour):
    """BORIS rows → segments whose code id carries the subject (a start row and a stop row per state)."""
    out, open_starts = [], {}
    for t, subject, code in events:
        if code != behaviour:
            continue
        ms, who = round(t * 1000), subject or NO_FOCAL
        if code == "p":
            out.append(Segment(len(out), 1, f"{code}@{who}", ms, ms))
        elif who in open_starts:
            out.append(Segment(len(out), 1, f"{code}@{who}", open_starts.pop(who), ms))
        else:
            open_starts[who] = ms
    assert not open_starts
    return out


@pytest.mark.parametrize(("first", "second", "behaviour", "subjects", "interval", "boris_says"), [
    (BORIS_OBS_1, BORIS_OBS_2, "s", ["subject1", "subject2"], 1.0, -0.036),
    (BORIS_OBS_2, BORIS_OBS_2_COPY, "s", [NO_FOCAL, "subject1", "subject2"], 1.0, 0.988),
    (BORIS_OBS_2, BORIS_OBS_2_COPY, "s", [NO_FOCAL, "subject1", "subject2"], 3.0, 1.0),
    (BORIS_OBS_2, BORIS_OBS_2_COPY, "p", [NO_FOCAL, "subject1", "subject2"], 1.0, 0.866),
    (BORIS_OBS_2, BORIS_OBS_2_COPY, "p", [NO_FOCAL, "subject1", "subject2"], 3.0, 0.798),
])
def test_boris_kappa_reproduces_borises_own_test_values(first, second, behaviour, subjects, interval, boris_says):
    result = boris_kappa(boris_segments(first, behaviour), boris_segments(second, behaviour), interval,
                         subject_of=lambda s: s.code_id.split("@")[1], subjects=subjects)
    assert result.kappa_as_boris_shows_it == boris_says


def test_boris_kappa_counts_each_subject_as_its_own_unit():
    # one sample time (0 s … 2 s, Δ = 1 s → 3 samples) × two subjects = 6 units; the coders differ only
    # on the infant at 2 s, so 5 of 6 units agree
    a = [Segment(1, 1, "look", 0, 2000), Segment(2, 1, "coo", 0, 2000)]
    b = [Segment(3, 1, "look", 0, 2000), Segment(4, 1, "coo", 0, 1000)]
    who = {"look": "parent", "coo": "infant"}
    result = boris_kappa(a, b, 1.0, subject_of=lambda s: who[s.code_id])
    hand_a = ["look", "coo", "look", "coo", "look", "coo"]
    hand_b = ["look", "coo", "look", "coo", "look", "(none)"]
    assert result.samples == 3 and result.subjects == ("infant", "parent")
    assert result.agreement.observed == pytest.approx(5 / 6)
    assert result.agreement.kappa == pytest.approx(cohen_kappa_score(hand_a, hand_b))
