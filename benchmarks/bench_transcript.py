"""Transcripts: import, export and utterance agreement at a long session's size. Prints JSON with budgets.

3,000 parent utterances (a talkative hour is about that) packed into the 40 s demo clip: reading a
table and the one checked edit that brings them in, each export format, and pairing two coders'
utterances with kappa on their codes.
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
import time
from pathlib import Path

from vig_annotator.core.transcript import MIND_VALUES, speakers
from vig_annotator.io.export import export
from vig_annotator.io.transcripts import import_command, read_lines
from vig_annotator.projects import add_clip, add_coder, start_session
from vig_annotator.reliability.utterances import utterance_agreement
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project

SAMPLES = Path(__file__).resolve().parents[1] / "sample_clips"
COUNT = 3_000
BUDGETS_S = {"import_s": 2.0, "export_eaf_s": 1.0, "export_csv_s": 1.0, "export_xlsx_s": 2.0,
             "export_srt_s": 1.0, "agreement_s": 0.2}


def table(path: Path, jitter_ms: int, seed: int) -> Path:
    rng = random.Random(seed)
    rows = ["start,end,speaker,text,mind_mindedness"]
    for n in range(COUNT):
        start = n * 13 + rng.randint(0, jitter_ms)
        rows.append(f"{start / 1000:.3f},{(start + 8) / 1000:.3f},parent,utterance {n} about the ball,"
                    f"{rng.choice(MIND_VALUES)}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def main() -> dict[str, float]:
    tmp = Path(tempfile.mkdtemp())
    try:
        shutil.copy2(SAMPLES / "demo_clip.mp4", tmp / "clip.mp4")
        project = create_project(tmp / "t.vigproj")
        clip = add_clip(project, tmp / "clip.mp4")
        a = start_session(project, clip, add_coder(project, "AA"), builtin("mind_mindedness"))
        b = start_session(project, clip, add_coder(project, "BB"), builtin("mind_mindedness"))
        figures: dict[str, float] = {"utterances": COUNT}
        read_lines(table(tmp / "warm.csv", 0, 0))  # pandas and the writers load once, not in the figures
        for fmt in ("eaf", "xlsx"):
            export(project, f"transcript-{fmt}", tmp / f"warm.{fmt}", [a.id])
        start = time.perf_counter()
        project.run(import_command(project, a.id, read_lines(table(tmp / "a.csv", 0, 1)), "a.csv"))
        figures["import_s"] = round(time.perf_counter() - start, 3)
        project.run(import_command(project, b.id, read_lines(table(tmp / "b.csv", 3, 2)), "b.csv"))
        for fmt in ("eaf", "csv", "xlsx", "srt"):
            start = time.perf_counter()
            export(project, f"transcript-{fmt}", tmp / f"out.{fmt}", [a.id])
            figures[f"export_{fmt}_s"] = round(time.perf_counter() - start, 3)
        codes = speakers(builtin("mind_mindedness"))
        start = time.perf_counter()
        result = utterance_agreement(project.segments(a.id), project.segments(b.id), codes)
        figures["agreement_s"] = round(time.perf_counter() - start, 3)
        figures["paired"] = len(result.pairs)
        project.close()
        return {**figures, **{f"budget_{k}": v for k, v in BUDGETS_S.items()}}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
