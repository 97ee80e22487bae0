"""``probe`` and ``still``: what a video is, frame by frame, and its exact frames as pictures."""

from __future__ import annotations

import argparse
import json

from vig_annotator.cli import options
from vig_annotator.media.frames import save_still
from vig_annotator.media.probe import probe


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("probe", help="per-frame timestamps, constant/variable rate, rotation, audio")
    p.add_argument("video", help="the video file to probe")
    p.add_argument("--json", action="store_true", help="machine-readable, with every frame's time in ms")
    p.set_defaults(run=run_probe)

    s = sub.add_parser("still", help="save the exact frame, upright, as a PNG")
    s.add_argument("video", help="the video file")
    where = s.add_mutually_exclusive_group(required=True)
    where.add_argument("--frame", type=options.whole(0, 10**9), help="0-based frame number (presentation order)")
    where.add_argument("--time", type=options.whole(0, 86_400_000), help="time in ms: the frame on screen then")
    s.add_argument("-o", "--output", required=True, help="the PNG to write")
    s.set_defaults(run=run_still)


def run_probe(args: argparse.Namespace) -> int:
    result = probe(args.video)
    if args.json:
        print(json.dumps(result.to_json(), indent=1))
        return 0
    tb = result.timebase
    rate = "variable" if result.variable_rate else "constant"
    print(f"file       {result.path}")
    print(f"video      {result.video_codec} {result.width}×{result.height}, rotation {result.rotation}°")
    print(f"frames     {result.frame_count} over {result.duration_ms / 1000:.3f} s, {rate} frame rate "
          f"(declared {result.declared_fps:.3f} fps, measured {tb.fps_estimate():.3f})")
    audio = f"{result.audio_codec} {result.audio_rate} Hz" if result.has_audio else "none"
    print(f"audio      {audio}")
    return 0


def run_still(args: argparse.Namespace) -> int:
    result = probe(args.video)
    tb = result.timebase
    if args.frame is not None:
        if not 0 <= args.frame < tb.frame_count:
            raise ValueError(f"{args.video}: has frames 0–{tb.frame_count - 1}, not {args.frame}")
        frame = args.frame
    else:
        if not 0 <= args.time <= tb.duration_ms:
            raise ValueError(f"{args.video}: lasts {tb.duration_ms} ms; --time {args.time} is outside it")
        frame = tb.frame_at(args.time)
    out = save_still(args.video, frame, args.output, tb)
    print(f"wrote frame {frame} ({tb.ms_of(frame)} ms) to {out}")
    return 0
