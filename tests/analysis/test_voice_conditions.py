"""Voices in mixed clips per condition: raised female (infant-directed, 250–330 Hz) or male voices with infant
sounds at 300–600 Hz, at SNR 20/10/5 dB; and the issue's regression, an adult-only infant-directed clip.

Scenes come from tests/voicemaker.py; the figures (recall, precision, right-speaker time, split share) from
tests/voicescore.py, the same ones ``benchmarks/voice_accuracy.py`` prints for the README.
"""

from __future__ import annotations

import numpy as np
import pytest
import voicemaker
import voicescore

from vig_annotator.analysis import turns
from vig_annotator.analysis.voices import VoiceExample, VoiceSettings, analyse_samples, detect_voices, vocalisations


def mixed(adult: str, snr: int, seconds: float = 60, seed: int = 8, infant_share: float = 0.45,  # type: ignore[no-untyped-def]
          infant: str = "infant_wide"):
    samples, truth = voicemaker.scene(voicemaker.alternating(seconds, seed, adult, infant, infant_share),
                                      seconds, seed=seed, snr_db=snr)
    result = analyse_samples(samples, voicemaker.RATE)
    assert result is not None
    return result, truth


@pytest.mark.parametrize("snr", [20, 10, 5])
@pytest.mark.parametrize("adult", ["ids", "male"])
def test_each_condition_finds_whole_utterances_with_the_right_speaker(adult, snr):
    result, truth = mixed(adult, snr)
    assert {t.speaker for t in truth} == {"adult", "infant"} and len(truth) >= 20
    s = voicescore.score(truth, result.vocalisations)
    assert s.recall >= 0.9 and s.precision >= 0.9, s
    assert s.split_share <= 0.05, s  # an utterance is cut only by a pause, never by pitch
    assert s.speaker_right >= 0.9 and s.right_speaker_time >= 0.8, s


@pytest.mark.parametrize("snr", [20, 5])
def test_babble_with_a_stops_silence_inside_stays_one_infant_utterance(snr):
    result, truth = mixed("ids", snr, infant="babble")
    s = voicescore.score(truth, result.vocalisations)
    assert s.recall >= 0.9 and s.precision >= 0.9 and s.split_share <= 0.05, s
    assert s.speaker_right >= 0.9, s


def test_the_scenes_raised_voices_are_infant_directed_and_the_infants_span_300_to_600_hz():
    result, truth = mixed("ids", 20)
    pairs = voicescore.matched(truth, result.vocalisations)
    adult = [result.vocalisations[j].f0_median_hz for i, j in pairs if truth[i].speaker == "adult"]
    infant = [result.vocalisations[j].f0_median_hz for i, j in pairs if truth[i].speaker == "infant"]
    assert 250 <= min(adult) and max(adult) <= 340  # overlapping the infants' range: no pitch threshold separates
    assert min(infant) < 340 and max(infant) > 500


def test_an_adult_only_infant_directed_clip_gives_no_infant_utterances_and_no_turns(tmp_path):
    """Regression (issue 26): 23 of 34 adult utterances were cut into infant/adult pieces, giving 44 turns."""
    events = voicemaker.alternating(60, seed=26, adult="ids", infant_share=0.0)
    samples, truth = voicemaker.scene(events, 60, seed=26, snr_db=20)
    found = detect_voices(voicemaker.write_clip(tmp_path / "ids.mp4", samples))  # decoded from a real AAC track
    assert found is not None and len(truth) >= 20
    infants = [(v.start_ms, v.end_ms) for v in found if v.speaker == "infant"]
    adults = [(v.start_ms, v.end_ms) for v in found if v.speaker == "adult"]
    assert len(infants) <= 1
    assert len(turns.turn_taking(adults, infants, 60_000, 2000).turns) <= 1
    assert voicescore.score(truth, found).split_share == 0


def test_one_example_of_each_voice_corrects_a_misplaced_pitch_midpoint():
    result, truth = mixed("ids", 10)
    wrong = VoiceSettings(threshold_hz=600)  # a midpoint above most infant sounds: the prior calls many adult
    before = voicescore.score(truth, vocalisations(result.track, wrong))
    first = {t.speaker: t for t in reversed(truth)}
    examples = tuple(VoiceExample(t.start_ms, t.end_ms, who) for who, t in first.items())
    taught = vocalisations(result.track, VoiceSettings(threshold_hz=600, examples=examples))
    after = voicescore.score(truth, taught)
    assert before.speaker_right < 0.85 <= 0.95 <= after.speaker_right, (before, after)
    assert [(v.start_ms, v.end_ms) for v in taught] == [(v.start_ms, v.end_ms) for v in result.vocalisations]
    assert sum(v.example for v in taught) == 2


def test_noise_alone_at_the_scenes_loudness_gives_nothing():
    samples = np.random.default_rng(1).normal(0, 0.05, 20 * voicemaker.RATE).astype(np.float32)
    result = analyse_samples(samples, voicemaker.RATE)
    assert result is not None and len(result.vocalisations) <= 1
