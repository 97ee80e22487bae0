"""Detections become suggestions a coder goes through; accepting any of them keeps a session valid."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vig_annotator.analysis.suggestions import SUGGESTED_BY, SuggestionReview, voice_suggestions
from vig_annotator.analysis.voices import Vocalisation
from vig_annotator.core.model import Segment

CODES = {"adult": "parent_vocalisation", "infant": "infant_vocalisation"}


def voc(start: int, end: int, who: str) -> Vocalisation:
    return Vocalisation(start, end, who, 450.0 if who == "infant" else 120.0, 0.9)


def test_suggestions_skip_what_is_already_coded_and_record_their_origin():
    found = [voc(0, 800, "adult"), voc(1000, 1400, "infant"), voc(2000, 2600, "adult"), voc(3000, 3500, "infant"),
             voc(9500, 10_400, "adult")]
    existing = [Segment(1, 1, "parent_vocalisation", 2500, 2900),   # overlaps the 2000–2600 one: left out
                Segment(2, 1, "infant_vocalisation", 3500, 3700)]   # only touches 3000–3500: offered
    got = voice_suggestions(found, CODES, existing, duration_ms=10_000)
    assert [(s.start_ms, s.end_ms, s.code_id) for s in got] == [
        (0, 800, "parent_vocalisation"), (1000, 1400, "infant_vocalisation"),
        (3000, 3500, "infant_vocalisation"), (9500, 10_000, "parent_vocalisation")]  # cut at the clip's end
    assert got[0].modifiers() == ((SUGGESTED_BY, ("voices",)),)
    assert voice_suggestions(found, {"infant": "infant_vocalisation"}, [], 10_000)[0].start_ms == 1000


def test_next_accept_reject_and_accept_a_range():
    found = [voc(t, t + 300, "adult") for t in (0, 1000, 2000, 3000, 4000)]
    review = SuggestionReview(voice_suggestions(found, CODES, [], 10_000))
    assert review.next().start_ms == 1000  # from the first, "next" moves on
    assert review.decide(True).start_ms == 2000  # accept 1000, now at 2000
    assert review.decide(False).start_ms == 3000  # reject 2000
    assert review.accept_range(2500, 4300) == 2  # 3000 and 4000
    assert review.next().start_ms == 0  # wraps round to the one left
    assert review.decide(False) is None  # all decided
    assert [s.start_ms for s in review.accepted()] == [1000, 3000, 4000]


spans = st.lists(st.tuples(st.integers(0, 20_000), st.integers(1, 3000), st.sampled_from(["adult", "infant"])),
                 max_size=20)


def clash(a, b) -> bool:
    return a.code_id == b.code_id and a.start_ms < max(b.end_ms, b.start_ms + 1) and b.start_ms < a.end_ms


@settings(deadline=None)  # a loaded machine must not fail a property test on time
@given(spans, spans)
def test_offered_exactly_when_it_fits_beside_the_coding(detected, coded):
    found = [voc(a, a + d, who) for a, d, who in detected]
    existing = []
    for n, (a, d, who) in enumerate(coded):  # an already valid session: no overlaps within a code
        seg = Segment(n, 1, CODES[who], a, a + d)
        if not any(clash(s, seg) for s in existing):
            existing.append(seg)
    offered = {(s.start_ms, s.end_ms, s.code_id) for s in voice_suggestions(found, CODES, existing, 30_000)}
    for v in found:  # offered if and only if no segment of its code shares time with it
        fits = not any(clash(Segment(0, 1, CODES[v.speaker], v.start_ms, v.end_ms), e) for e in existing)
        assert ((v.start_ms, v.end_ms, CODES[v.speaker]) in offered) == fits


@settings(deadline=None)  # a loaded machine must not fail a property test on time
@given(spans, spans)
def test_offered_exactly_when_it_fits_even_beside_overlapping_coding(detected, coded):
    """A project that holds a rule violation still opens: its overlapping segments still block suggestions."""
    found = [voc(a, a + d, who) for a, d, who in detected]
    existing = [Segment(n, 1, CODES[who], a, a + d) for n, (a, d, who) in enumerate(coded)]
    offered = {(s.start_ms, s.end_ms, s.code_id) for s in voice_suggestions(found, CODES, existing, 30_000)}
    for v in found:
        fits = not any(clash(Segment(0, 1, CODES[v.speaker], v.start_ms, v.end_ms), e) for e in existing)
        assert ((v.start_ms, v.end_ms, CODES[v.speaker]) in offered) == fits
