"""Voice budget: detection + pitch on a 10-minute clip (≤ 10 s), split into decoding, pitch tracking, the
frames' loudness and spectrum, and finding and classifying the utterances.

The clip (made once and cached) has 640×360 video at 25 fps and a sound track of adult phrases
spoken by espeak-ng and synthetic infant sounds at known times, so the benchmark also prints how
many it found. ``--quick`` uses a 2-minute clip. Prints JSON.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the test-sound maker

import voicemaker  # noqa: E402

from vig_annotator.analysis.pitch import track_pitch  # noqa: E402
from vig_annotator.analysis.voices import detect_voices, vocalisations, with_spectrum  # noqa: E402
from vig_annotator.media.audio import RATE, decode_mono  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "vig-annotator-bench"


def make(seconds: int) -> tuple[Path, list[voicemaker.Truth]]:
    samples, truth = voicemaker.scene(voicemaker.alternating(seconds, seed=7), seconds, seed=7)
    path = CACHE / f"voices_{seconds}s.mp4"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".part.mp4")
        voicemaker.write_clip(tmp, samples, size=(640, 360), fps=25)
        tmp.rename(path)
    return path, truth


def found_within(truth: list[voicemaker.Truth], onsets_ms: list[int], window_ms: int = 150) -> int:
    return sum(any(abs(t.start_ms - o) <= window_ms for o in onsets_ms) for t in truth)


def figures(path: Path, truth: list[voicemaker.Truth], seconds: int) -> dict[str, float]:
    totals, decodes, pitches, spectra, classes = [], [], [], [], []
    for _ in range(3):
        t0 = time.perf_counter()
        found = detect_voices(path)
        totals.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        samples = decode_mono(path)
        decodes.append(time.perf_counter() - t0)
        assert samples is not None
        t0 = time.perf_counter()
        track = track_pitch(samples, RATE)
        assert track is not None
        pitches.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        track = with_spectrum(track, samples, RATE)
        spectra.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        vocalisations(track)
        classes.append(time.perf_counter() - t0)
    assert found is not None
    hits = found_within(truth, [v.start_ms for v in found])
    return {"voices_clip_s": seconds, "voices_true_vocalisations": len(truth), "voices_found": len(found),
            "voices_true_onsets_found_within_150ms": hits,
            "voices_decode_median_s": round(statistics.median(decodes), 2),
            "voices_pitch_median_s": round(statistics.median(pitches), 2),
            "voices_loudness_and_spectrum_median_s": round(statistics.median(spectra), 2),
            "voices_utterances_and_classes_median_s": round(statistics.median(classes), 2),
            "voices_detection_and_pitch_median_s": round(statistics.median(totals), 2),
            "budget_voices_10min_s": 10}


if __name__ == "__main__":
    seconds = 120 if "--quick" in sys.argv else 600
    clip, truth = make(seconds)
    print(json.dumps(figures(clip, truth, seconds), indent=2))
