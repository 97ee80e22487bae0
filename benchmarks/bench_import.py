"""Import of a large ELAN file (issue 12: 150,000 annotations "in seconds"). Prints JSON.

Reading and checking the file is measured at 150,000 annotations; the whole import (reading plus
the project's one checked edit) at a few sizes, to show how the edit's rule check grows.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import shutil
import tempfile
import time
from pathlib import Path

from vig_annotator.cli import main as cli
from vig_annotator.io.eaf import read_eaf

SAMPLES = Path(__file__).resolve().parents[1] / "sample_clips"
CODES = ["Eye contact", "Infant smile", "Parent touch", "Infant vocalisation", "Parent vocalisation"]
BUDGET_READ_S = 10.0
BUDGET_WRITE_S = 2.0
"""The import's one edit runs on the GUI thread (the one write path): it must not freeze the window long."""


def write_eaf(path: Path, count: int, span_ms: int = 39_000) -> Path:
    """``count`` annotations on five tiers, each tier's 1-ms annotations side by side within the clip."""
    per = count // len(CODES)
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<ANNOTATION_DOCUMENT FORMAT="3.0" VERSION="3.0">'
                  '<HEADER TIME_UNITS="milliseconds"/>\n<TIME_ORDER>\n')
        for i in range(per * len(CODES)):
            start = (i % per) * span_ms // per
            out.write(f'<TIME_SLOT TIME_SLOT_ID="a{i}" TIME_VALUE="{start}"/>'
                      f'<TIME_SLOT TIME_SLOT_ID="b{i}" TIME_VALUE="{start + 1}"/>\n')
        out.write("</TIME_ORDER>\n")
        for c, code in enumerate(CODES):
            out.write(f'<TIER TIER_ID="t{c}" ANNOTATOR="BM">\n')
            for i in range(c * per, (c + 1) * per):
                out.write(f'<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="x{i}" TIME_SLOT_REF1="a{i}" '
                          f'TIME_SLOT_REF2="b{i}"><ANNOTATION_VALUE>{code}</ANNOTATION_VALUE>'
                          '</ALIGNABLE_ANNOTATION></ANNOTATION>\n')
            out.write("</TIER>\n")
        out.write("</ANNOTATION_DOCUMENT>\n")
    return path


def write_seconds(tmp: Path, source: Path) -> float:
    """Seconds the import's checked edit takes once planned: what the app does on its GUI thread."""
    from vig_annotator.io.importing import plan_import
    from vig_annotator.store.opening import open_project

    project = open_project(tmp / "n1000.vigproj")
    try:
        scheme = next(s for s in project.schemes if s.id == "demo")
        command, _session = plan_import(project, read_eaf(source), project.clips[0].id, "ZZ", scheme)
        gc.collect()
        gc.disable()  # as in the app, where only a GUI-thread timer collects (qt/gui_thread.py), never mid-edit
        try:
            start = time.perf_counter()
            project.run(command)
            return round(time.perf_counter() - start, 2)
        finally:
            gc.enable()
    finally:
        project.close()


def main() -> dict[str, float]:
    tmp = Path(tempfile.mkdtemp())
    try:
        big = write_eaf(tmp / "big.eaf", 150_000)
        start = time.perf_counter()
        records = len(read_eaf(big).records)
        figures: dict[str, float] = {"annotations": records, "file_mb": round(big.stat().st_size / 1e6, 1),
                                     "read_150k_s": round(time.perf_counter() - start, 2),
                                     "budget_read_s": BUDGET_READ_S}
        shutil.copy2(SAMPLES / "demo_clip.mp4", tmp / "clip.mp4")
        for count in (1_000, 10_000, 150_000):
            source = write_eaf(tmp / f"n{count}.eaf", count)
            start = time.perf_counter()
            with contextlib.redirect_stdout(io.StringIO()):
                status = cli(["import", str(tmp / f"n{count}.vigproj"), str(source), "--clip", str(tmp / "clip.mp4"),
                              "--scheme", "demo"])
            assert status == 0
            figures[f"import_{count}_s"] = round(time.perf_counter() - start, 2)
        figures["write_150000_s"] = write_seconds(tmp, tmp / "n150000.eaf")
        figures["budget_write_s"] = BUDGET_WRITE_S
        return figures
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    figures = main()
    print(json.dumps(figures, indent=1))
    print(f"read 150,000 annotations: {figures['read_150k_s']} s (budget {BUDGET_READ_S} s); whole import of "
          f"1,000 / 10,000 / 150,000: {figures['import_1000_s']} / {figures['import_10000_s']} / "
          f"{figures['import_150000_s']} s; the edit alone (GUI thread) at 150,000: {figures['write_150000_s']} s "
          f"(budget {BUDGET_WRITE_S} s)")
