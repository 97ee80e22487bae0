"""Test sound with voices at known times: adult speech from espeak-ng and synthetic infant sounds.

Adult utterances are spoken by Debian's ``espeak-ng`` (male and female voices, and female voices raised to
infant-directed speech's 250–330 Hz); infant vocalisations are voiced sounds with an F0 of 300–600 Hz, a
rising, falling or rise-fall contour, and harmonics shaped by an infant's formants (about 1.0, 2.8 and
4.5 kHz: Kent & Murray 1982). Each piece is trimmed to its audible part, so its start time is the true onset.
A scene can be mixed with white noise at a given signal-to-noise ratio.
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
IDS_VOICES = (("en+f2", 90), ("en+f4", 99), ("en-us+f3", 85), ("en+f1", 99), ("en+f2", 80))
"""Female espeak-ng voices and pitch settings whose median F0 lies at 250–330 Hz (infant-directed speech)."""
MALE_VOICES = (("en", 50), ("en+m3", 50), ("en-us", 40))
INFANT_FORMANTS_HZ = ((1000.0, 300.0), (2800.0, 500.0), (4500.0, 700.0))


@dataclass(frozen=True)
class Truth:
    start_ms: int
    end_ms: int
    speaker: str


@lru_cache(maxsize=256)
def speech(text: str, voice: str = "en", pitch: int = 50) -> np.ndarray:
    """espeak-ng saying ``text`` at 16 kHz (``pitch`` 0–99, espeak's default 50), trimmed to where it is audible."""
    if shutil.which("espeak-ng") is None:
        raise RuntimeError("the voice tests need Debian's espeak-ng: run `make system-deps`")
    wav = subprocess.run(["espeak-ng", "-v", voice, "-p", str(pitch), "--stdout", text], capture_output=True,
                         check=True).stdout
    with wave.open(io.BytesIO(wav)) as w:
        rate = w.getframerate()
        raw = np.frombuffer(w.readframes(w.getnframes()), np.int16).astype(np.float64) / 32768
    samples = resample_poly(raw, RATE, rate)
    loud = np.flatnonzero(np.abs(samples) > 0.02)
    return (0.5 * samples[loud[0]:loud[-1] + 1] / np.max(np.abs(samples))).astype(np.float32)


def infant_sound(f0_hz: float, length_ms: int, seed: int = 0, shape: str = "rise-fall") -> np.ndarray:
    """A voiced infant-like sound around ``f0_hz`` (contour ``rise-fall``, ``rise`` or ``fall``).

    Its harmonics (up to 7 kHz) are weighted by resonances at an infant's formants, with a little jitter.
    """
    rng = np.random.default_rng(seed)
    n = int(length_ms * RATE / 1000)
    t = np.arange(n) / RATE
    x = t / t[-1]
    move = {"rise-fall": 0.12 * np.sin(np.pi * x), "rise": 0.15 * x - 0.05, "fall": 0.1 - 0.2 * x}[shape]
    jitter = np.convolve(rng.standard_normal(n), np.ones(160) / 160, mode="same") * 0.05
    contour = f0_hz * (1 + move + jitter)
    phase = 2 * np.pi * np.cumsum(contour) / RATE
    wave_ = np.zeros(n)
    for k in range(1, int(7000 // (f0_hz * 1.2)) + 1):
        harmonic = k * f0_hz
        gain = sum(1 / (1 + ((harmonic - fc) / (bw / 2)) ** 2) for fc, bw in INFANT_FORMANTS_HZ) / k ** 0.5
        wave_ += gain * np.sin(k * phase)
    wave_ /= np.max(np.abs(wave_))
    attack, release = int(0.02 * RATE), int(0.05 * RATE)
    env = np.ones(n)
    env[:attack] = np.linspace(0, 1, attack)
    env[-release:] = np.linspace(1, 0, release)
    return (0.3 * wave_ * env).astype(np.float32)


def piece(who: str, n: int) -> np.ndarray:
    """The ``n``-th sound of a kind: ``adult`` (mixed espeak voices), ``ids`` (raised female), ``male``,
    ``infant`` (400–550 Hz, the first test scenes'), ``infant_wide`` (300–600 Hz, three contours) or ``babble``
    (3–4 infant syllables at 320–570 Hz with 90 ms of silence between them)."""
    if who == "adult":
        return speech(PHRASES[n % len(PHRASES)], VOICES[n % len(VOICES)])
    if who == "ids":
        voice, pitch = IDS_VOICES[n % len(IDS_VOICES)]
        return speech(PHRASES[n % len(PHRASES)], voice, pitch)
    if who == "male":
        voice, pitch = MALE_VOICES[n % len(MALE_VOICES)]
        return speech(PHRASES[n % len(PHRASES)], voice, pitch)
    if who == "infant":
        return infant_sound(400 + (n * 37) % 150, 250 + (n * 53) % 400, seed=n)
    if who == "babble":  # canonical babble ("ba-ba-ba"): 3–4 syllables with a stop's silence between them
        syllables = [infant_sound(320 + (n * 41 + k * 23) % 250, 140 + (k * 37) % 80, seed=10 * n + k)
                     for k in range(3 + n % 2)]
        gap = np.zeros(int(0.09 * RATE), np.float32)
        return np.concatenate([part for syllable in syllables for part in (syllable, gap)][:-1])
    shape = ("rise-fall", "rise", "fall")[n % 3]
    return infant_sound(300 + (n * 67) % 300, 250 + (n * 53) % 600, seed=n, shape=shape)


def scene(events: Sequence[tuple[float, str]], seconds: float, noise: float = 0.003,
          seed: int = 0, snr_db: float | None = None) -> tuple[np.ndarray, list[Truth]]:
    """A sound of ``seconds`` with each (start_s, kind) event placed (kinds: :func:`piece`); its ground truth.

    With ``snr_db`` the white noise is scaled so the sounds' mean power over their own spans is that many
    dB above it; otherwise it has the standard deviation ``noise``. Truth speakers are ``adult`` or ``infant``.
    """
    rng = np.random.default_rng(seed)
    out = np.zeros(int(seconds * RATE), np.float32)
    truth: list[Truth] = []
    for n, (start_s, who) in enumerate(events):
        sound = piece(who, n)
        i = int(start_s * RATE)
        sound = sound[: len(out) - i]
        out[i:i + len(sound)] += sound
        truth.append(Truth(int(start_s * 1000), int((i + len(sound)) * 1000 / RATE),
                           "infant" if who.startswith("infant") or who == "babble" else "adult"))
    if snr_db is not None:
        active = np.concatenate([out[t.start_ms * RATE // 1000:t.end_ms * RATE // 1000] for t in truth]) \
            if truth else out
        noise = float(np.sqrt(np.mean(active.astype(np.float64) ** 2)) / 10 ** (snr_db / 20))
    out += rng.normal(0, noise, len(out)).astype(np.float32)
    return out, truth


def alternating(seconds: float, seed: int = 0, adult: str = "adult", infant: str = "infant",
                infant_share: float = 0.45) -> list[tuple[float, str]]:
    """Events filling ``seconds``: adult phrases and infant sounds in a random order and spacing."""
    rng = np.random.default_rng(seed)
    events: list[tuple[float, str]] = []
    t, n = 0.5, 0
    while True:
        who = adult if rng.random() < 1 - infant_share else infant
        length = len(piece(who, n)) / RATE if who == adult else max(len(piece(who, n)) / RATE, 0.7)
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
