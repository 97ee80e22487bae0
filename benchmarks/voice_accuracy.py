"""Voice accuracy per condition: raised female (infant-directed) or male voices with infant sounds, at SNR
20/10/5 dB, with the prior and calibrated by one coder example of each speaker; prints the README's table.

Scenes are made by ``tests/voicemaker.py`` (espeak-ng voices, synthetic infant sounds at 300–600 Hz, white
noise); figures by ``tests/voicescore.py``. Adult-only infant-directed speech is scored by how many infant
utterances and turns it wrongly gives. ``--seconds N`` sets each scene's length (default 120).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import voicemaker  # noqa: E402
import voicescore  # noqa: E402

from vig_annotator.analysis import turns  # noqa: E402
from vig_annotator.analysis.voices import VoiceExample, VoiceSettings, analyse_samples, vocalisations  # noqa: E402

MIXES = {"raised female (IDS) + infant": ("ids", "infant_wide", 0.45),
         "male + infant": ("male", "infant_wide", 0.45),
         "raised female (IDS) + infant babble": ("ids", "babble", 0.45),
         "raised female (IDS) only": ("ids", "infant_wide", 0.0)}
SNRS = (20, 10, 5)


def examples(truth: list[voicemaker.Truth]) -> tuple[VoiceExample, ...]:
    """One example of each speaker the scene has: its first utterance, as a coder would mark it."""
    firsts = {t.speaker: t for t in reversed(truth)}
    return tuple(VoiceExample(t.start_ms, t.end_ms, who) for who, t in sorted(firsts.items()))


def condition(mix: str, snr: int, seconds: float, seed: int = 21) -> dict[str, object]:
    adult, infant, share = MIXES[mix]
    samples, truth = voicemaker.scene(voicemaker.alternating(seconds, seed, adult, infant, share), seconds,
                                      seed=seed, snr_db=snr)
    result = analyse_samples(samples, voicemaker.RATE)
    assert result is not None
    row: dict[str, object] = {"mix": mix, "snr_db": snr}
    for name, found in (("prior", result.vocalisations),
                        ("calibrated", vocalisations(result.track, VoiceSettings(examples=examples(truth))))):
        s = voicescore.score(truth, found)
        infants = [(f.start_ms, f.end_ms) for f in found if f.speaker == "infant"]
        parents = [(f.start_ms, f.end_ms) for f in found if f.speaker == "adult"]
        taking = turns.turn_taking(parents, infants, int(seconds * 1000), 2000)
        row[name] = {"utterances": s.truths, "found": s.found, "recall": round(s.recall, 3),
                     "precision": round(s.precision, 3), "right_speaker_time": round(s.right_speaker_time, 3),
                     "split_share": round(s.split_share, 3), "matched_with_right_speaker": round(s.speaker_right, 3),
                     "infant_found": len(infants),
                     "turns": len(taking.turns)}
    return row


if __name__ == "__main__":
    seconds = float(sys.argv[sys.argv.index("--seconds") + 1]) if "--seconds" in sys.argv else 120.0
    print(json.dumps([condition(mix, snr, seconds) for mix in MIXES for snr in SNRS], indent=1))
