"""Test sound with voices at known times: adult speech from espeak-ng and synthetic infant sounds.

Adult utterances are spoken by Debian's ``espeak-ng`` (male and female voices); infant
vocalisations are voiced tones with an F0 of 400–550 Hz, a rise-fall contour and harmonics.
Each piece is trimmed to its audible part, so its start time is the true onset.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from pathlib import Path

import av
import numpy as np
from scipy.signal import resample_poly

RATE = 16_000
PHRASES = ("look at the ball", "oh you are so clever", "what a lovely smile", "mummy is here now",
           "yes that is right", "are you hungry", "where did it go", "well done my love",
           "oh dear me", "now then little one", "you like that", "all gone")
VOICES = ("en", "en+f2", "en-us", "en+m3")


@dataclass(frozen=True)
class Truth:
    start_ms: int
    end_ms: int
    speaker: str


@lru_cache(maxsize=64)
def speech(text: str, voice: str = "en") -> np.ndarray:
    """espeak-ng saying ``text`` at 16 kHz, trimmed to where it is audible."""
    if shutil.which("espeak-ng") is None:
        raise RuntimeError("the voice tests need Debian's espeak-ng: run `make system-deps`")
    wav = subprocess.run(["espeak-ng", "-v", voice, "--stdout", text], capture_output=True, check=True).stdout
    with wave.open(io.BytesIO(wav)) as w:
        rate = w.getframerate()
        raw = np.frombuffer(w.readframes(w.getnframes()), np.int16).astype(np.float64) / 32768
    samples = resample_poly(raw, RATE, rate)
    loud = np.flatnonzero(np.abs(samples) > 0.02)
    return (0.5 * samples[loud[0]:loud[-1] + 1] / np.max(np.abs(samples))).astype(np.float32)


def infant_sound(f0_hz: float, length_ms: int, seed: int = 0) -> np.ndarray:
    """A voiced infant-like sound: F0 rising then falling around ``f0_hz``, five harmonics."""
    rng = np.random.default_rng(seed)
    n = int(length_ms * RATE / 1000)
    t = np.arange(n) / RATE
    contour = f0_hz * (1 + 0.08 * np.sin(np.pi * t / t[-1]) + 0.01 * rng.standard_normal() * t)
    phase = 2 * np.pi * np.cumsum(contour) / RATE
    wave_ = sum(np.sin(k * phase) * (0.7 ** (k - 1)) for k in range(1, 6))
    attack, release = int(0.02 * RATE), int(0.05 * RATE)
    env = np.ones(n)
    env[:attack] = np.linspace(0, 1, attack)
    env[-release:] = np.linspace(1, 0, release)
    return (0.3 * wave_ * env).astype(np.float32)


def scene(events: Sequence[tuple[float, str]], seconds: float, noise: float = 0.003,
          seed: int = 0) -> tuple[np.ndarray, list[Truth]]:
    """A sound of ``seconds`` with each (start_s, "adult"|"infant") event placed; its ground truth."""
    rng = np.random.default_rng(seed)
    out = rng.normal(0, noise, int(seconds * RATE)).astype(np.float32)
    truth: list[Truth] = []
    for n, (start_s, who) in enumerate(events):
        if who == "adult":
            piece = speech(PHRASES[n % len(PHRASES)], VOICES[n % len(VOICES)])
        else:
            piece = infant_sound(400 + (n * 37) % 150, 250 + (n * 53) % 400, seed=n)
        i = int(start_s * RATE)
        piece = piece[: len(out) - i]
        out[i:i + len(piece)] += piece
        truth.append(Truth(int(start_s * 1000), int((i + len(piece)) * 1000 / RATE), who))
    return out, truth


def alternating(seconds: float, seed: int = 0) -> list[tuple[float, str]]:
    """Events filling ``seconds``: adult phrases and infant sounds in a random order and spacing."""
    rng = np.random.default_rng(seed)
    events: list[tuple[float, str]] = []
    t, n = 0.5, 0
    while True:
        who = "adult" if rng.random() < 0.55 else "infant"
        length = len(speech(PHRASES[n % len(PHRASES)], VOICES[n % len(VOICES)])) / RATE if who == "adult" else 0.7
        if t + length > seconds - 0.5:
            return events
        events.append((round(t, 3), who))
        t += length + rng.uniform(0.6, 2.5)
        n += 1


def write_clip(path: Path, samples: np.ndarray, video: bool = True, size: tuple[int, int] = (64, 48),
               fps: int = 5) -> Path:
    """An MP4 with the sound as AAC and (with ``video``) a grey picture of ``size`` at ``fps``."""
    seconds = len(samples) / RATE
    with av.open(str(path), "w") as out:
        vstream = None
        if video:
            vstream = out.add_stream("libx264", rate=fps)
            vstream.width, vstream.height, vstream.pix_fmt = size[0], size[1], "yuv420p"
            vstream.options = {"preset": "ultrafast", "g": str(2 * fps)}
        astream = out.add_stream("aac", rate=RATE, layout="mono")
        if vstream is not None:
            picture = np.full((size[1], size[0], 3), 100, np.uint8)
            for i in range(int(seconds * fps)):
                picture[:, :, 0] = (i * 3) % 256  # a changing picture, so the video has real packets
                frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
                frame.pts, frame.time_base = i, Fraction(1, fps)
                out.mux(vstream.encode(frame))
            out.mux(vstream.encode())
        clipped = np.clip(samples, -1, 1).astype(np.float32)
        for start in range(0, len(clipped), 1024):
            aframe = av.AudioFrame.from_ndarray(clipped[start:start + 1024].reshape(1, -1), format="fltp",
                                                layout="mono")
            aframe.sample_rate, aframe.pts, aframe.time_base = RATE, start, Fraction(1, RATE)
            out.mux(astream.encode(aframe))
        out.mux(astream.encode())
    return path
