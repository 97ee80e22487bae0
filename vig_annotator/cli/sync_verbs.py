"""``sync``: the offset between two recordings of one interaction, found from their sound."""

from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("sync", help="offset between two cameras' clips, from their sound, with its confidence")
    p.add_argument("clip_a", metavar="CLIP_A", help="the reference clip (the session's primary)")
    p.add_argument("clip_b", metavar="CLIP_B", help="the clip to place on CLIP_A's time")
    p.add_argument("--json", action="store_true", help="machine-readable: offset_s, confidence, message")
    p.set_defaults(run=run_sync)


def run_sync(args: argparse.Namespace) -> int:
    from pathlib import Path

    from vig_annotator.media.alignment import align

    for path in (args.clip_a, args.clip_b):
        if not Path(path).is_file():
            raise FileNotFoundError(f"{path}: is a folder, not a video file" if Path(path).is_dir()
                                    else f"{path}: no such file")
    found = align(args.clip_a, args.clip_b)
    if args.json:
        print(json.dumps({"clip_a": args.clip_a, "clip_b": args.clip_b, **found.to_json()}))
        return 0
    print(f"offset_s    {found.offset_s:+.3f}  (positive: {args.clip_b} starts later than {args.clip_a})")
    print(f"confidence  {found.confidence:.2f}" + ("" if found.reliable else "  LOW"))
    if found.message:
        print(found.message)
    return 0
