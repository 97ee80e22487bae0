"""ELAN and Praat files as researchers have them (issue 29): pympi's sample 3.0 in, EAF and TextGrid out. Prints JSON.

Measures reading the sample's six tiers (7,182 time slots, 8,778 annotations), the whole default
``import`` (the gestures tier's 1,197 annotations), ``transcript import --tier text``, and the
TextGrid export and re-import of the session. The clip is made first and not timed.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from vig_annotator.cli import main as cli
from vig_annotator.io.tier_choice import read_tier_file

DATA = Path(__file__).resolve().parents[1] / "tests" / "io" / "data"


def timed(*args: str | Path) -> float:
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        status = cli([str(a) for a in args])
    assert status == 0, args
    return round(time.perf_counter() - start, 3)


def main() -> dict[str, float]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from clipmaker import make_clip

    tmp = Path(tempfile.mkdtemp())
    try:
        sample = tmp / "sample_3.0.eaf"
        sample.write_bytes(gzip.decompress((DATA / "pympi_sample_3.0.eaf.gz").read_bytes()))
        clip = make_clip(tmp / "long.mp4", frames=1210, fps=1, width=64, height=48, gop=60)
        start = time.perf_counter()
        found = read_tier_file(sample)
        figures: dict[str, float] = {"read_tiers_s": round(time.perf_counter() - start, 3),
                                     "annotations": sum(len(t.annotations) for t in found.tiers)}
        figures["import_default_s"] = timed("import", tmp / "p.vigproj", sample, "--clip", clip, "--add-codes")
        assert timed("new", tmp / "t.vigproj", "--scheme", "mind_mindedness", "--clip", clip, "--coder", "AA") >= 0
        figures["transcript_import_s"] = timed("transcript", "import", tmp / "t.vigproj", sample, "--session", "1",
                                               "--tier", "text", "--speaker", "text=parent")
        figures["export_textgrid_s"] = timed("export", tmp / "p.vigproj", "-f", "textgrid", "-o", tmp / "p.TextGrid")
        figures["import_textgrid_s"] = timed("import", tmp / "p.vigproj", tmp / "p.TextGrid", "--coder", "TG")
        figures["export_eaf_s"] = timed("export", tmp / "p.vigproj", "-f", "eaf", "-o", tmp / "p.eaf",
                                        "--session", "1")
        figures["load_1min"] = round(os.getloadavg()[0], 1)
        return figures
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(main(), indent=1))
