"""Draw and voice the demo clip: a parent and a baby whose gaze, voices, smiles and touch change.

Run: ``.venv/bin/python sample_clips/make_demo_clip.py [OUT.mp4]``. Needs PyAV, OpenCV and numpy
(all project dependencies). Each frame shows its own frame number and time in the bottom corner.
"""

from __future__ import annotations

import math
import sys
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import demo_story as story  # noqa: E402

AUDIO_RATE = 44_100
BG = (236, 226, 214)  # BGR: warm room
SKIN_PARENT = (150, 185, 225)
SKIN_BABY = (170, 200, 240)


def envelope(t: float, spans: list) -> float:
    """Syllable-like loudness 0..1 inside the spans (4 syllables a second), 0 outside."""
    for span in spans:
        a, b = span[0], span[1]
        if a <= t < b:
            ramp = min(1.0, (t - a) / 0.05, (b - t) / 0.05)
            return ramp * (0.55 + 0.45 * abs(math.sin(math.pi * 4 * (t - a))))
    return 0.0


def smile_amount(t: float) -> float:
    for when, kind in story.SMILES:
        if when - 0.2 <= t < when + 1.0:
            return 1.0 if kind == "broad" else 0.55
    return 0.0


def draw_frame(index: int) -> np.ndarray:
    t = index / story.FPS
    img = np.full((story.HEIGHT, story.WIDTH, 3), BG, np.uint8)
    cv2.rectangle(img, (0, 280), (story.WIDTH, story.HEIGHT), (200, 190, 175), -1)  # floor
    # baby's bouncer
    cv2.ellipse(img, (450, 285), (95, 30), 0, 0, 360, (120, 160, 110), -1)

    # parent: body, head, eyes, mouth
    parent_head = (190, 120)
    cv2.ellipse(img, (190, 260), (80, 110), 0, 180, 360, (140, 90, 70), -1)
    cv2.circle(img, parent_head, 52, SKIN_PARENT, -1)
    looks_away = story.inside(t, story.PARENT_LOOKS_AWAY)
    dx, dy = ((-6, -8) if looks_away else (9, 4))
    for ex in (-18, 18):
        cv2.circle(img, (parent_head[0] + ex, parent_head[1] - 10), 9, (255, 255, 255), -1)
        cv2.circle(img, (parent_head[0] + ex + dx // 2, parent_head[1] - 10 + dy // 2), 4, (40, 30, 30), -1)
    voice = envelope(t, story.PARENT_VOICE)
    cv2.ellipse(img, (parent_head[0] + 4, parent_head[1] + 22), (14, int(2 + 10 * voice)), 0, 0, 360,
                (60, 40, 120), -1)
    # parent's arm: resting, or reaching to the baby when touching
    touching = story.inside(t, story.TOUCH)
    hand = (405, 235) if touching else (250, 250)
    cv2.line(img, (230, 200), hand, (140, 90, 70), 16)
    cv2.circle(img, hand, 11, SKIN_PARENT, -1)

    # baby: body, head, eyes, mouth
    baby_head = (455, 190)
    cv2.ellipse(img, (455, 262), (48, 40), 0, 0, 360, (210, 170, 120), -1)
    cv2.circle(img, baby_head, 38, SKIN_BABY, -1)
    at_parent = story.infant_looks_at_parent(t)
    bx, by = ((-7, 1) if at_parent else (7, 6))
    for ex in (-13, 13):
        cv2.circle(img, (baby_head[0] + ex, baby_head[1] - 6), 7, (255, 255, 255), -1)
        cv2.circle(img, (baby_head[0] + ex + bx // 2, baby_head[1] - 6 + by // 2), 3, (40, 30, 30), -1)
    coo = envelope(t, story.INFANT_VOICE)
    smile = smile_amount(t)
    if coo > 0:
        cv2.circle(img, (baby_head[0], baby_head[1] + 16), int(3 + 6 * coo), (70, 50, 140), -1)
    elif smile > 0:
        cv2.ellipse(img, (baby_head[0], baby_head[1] + 10), (int(8 + 8 * smile), int(3 + 7 * smile)), 0,
                    10, 170, (70, 50, 140), 3)
    else:
        cv2.line(img, (baby_head[0] - 7, baby_head[1] + 15), (baby_head[0] + 7, baby_head[1] + 15),
                 (70, 50, 140), 2)

    # labels and the frame's own number
    cv2.putText(img, "parent", (150, 30), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (90, 80, 70), 1, cv2.LINE_AA)
    cv2.putText(img, "baby", (430, 135), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (90, 80, 70), 1, cv2.LINE_AA)
    stamp = f"frame {index:04d}  {int(t // 60):02d}:{t % 60:06.3f}"
    cv2.putText(img, stamp, (385, 348), cv2.FONT_HERSHEY_SIMPLEX, 0.55, (40, 40, 40), 1, cv2.LINE_AA)
    return cv2.cvtColor(img, cv2.COLOR_BGR2RGB)


def voice_track() -> np.ndarray:
    """Mono float samples: the parent's lower voice and the baby's higher coos, by the script."""
    n = story.DURATION_S * AUDIO_RATE
    t = np.arange(n) / AUDIO_RATE
    out = np.zeros(n, np.float32)
    for spans, base, level in ((story.PARENT_VOICE, 190.0, 0.35), (story.INFANT_VOICE, 480.0, 0.3)):
        for a, b in spans:
            i, j = int(a * AUDIO_RATE), int(b * AUDIO_RATE)
            tt = t[i:j] - a
            pitch = base * (1 + 0.08 * np.sin(2 * np.pi * 1.5 * tt))
            phase = 2 * np.pi * np.cumsum(pitch) / AUDIO_RATE
            env = np.minimum(1, np.minimum(tt / 0.05, (b - a - tt) / 0.05))
            env *= 0.55 + 0.45 * np.abs(np.sin(np.pi * 4 * tt))
            out[i:j] += (level * env * (np.sin(phase) + 0.3 * np.sin(2 * phase))).astype(np.float32)
    return out


def make(out: Path) -> None:
    with av.open(str(out), "w") as container:
        video = container.add_stream("libx264", rate=story.FPS)
        video.width, video.height, video.pix_fmt = story.WIDTH, story.HEIGHT, "yuv420p"
        video.options = {"crf": "30", "g": str(2 * story.FPS), "preset": "medium"}
        audio = container.add_stream("aac", rate=AUDIO_RATE, layout="mono")
        audio.bit_rate = 48_000
        samples = voice_track()
        for index in range(story.DURATION_S * story.FPS):
            frame = av.VideoFrame.from_ndarray(draw_frame(index), format="rgb24")
            frame.pts = index
            frame.time_base = Fraction(1, story.FPS)
            container.mux(video.encode(frame))
        container.mux(video.encode())
        chunk = 1024
        for start in range(0, len(samples), chunk):
            block = samples[start:start + chunk].reshape(1, -1)
            aframe = av.AudioFrame.from_ndarray(block, format="fltp", layout="mono")
            aframe.sample_rate = AUDIO_RATE
            aframe.pts = start
            aframe.time_base = Fraction(1, AUDIO_RATE)
            container.mux(audio.encode(aframe))
        container.mux(audio.encode())


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "demo_clip.mp4"
    make(target)
    print(f"wrote {target} ({target.stat().st_size / 1e6:.2f} MB)")
