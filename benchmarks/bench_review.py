"""Review-pack time: 3 moments of 10 s from a 10-minute 1080p clip (``--quick``: a 2-minute clip).

Prints JSON: the pack time, and per moment the time beside the clip's raw decode time of those frames.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_media import CACHE, make, raw_decode_per_frame  # noqa: E402

from vig_annotator.core.model import Moment  # noqa: E402
from vig_annotator.core.project import Put  # noqa: E402
from vig_annotator.projects import add_clip, add_coder, set_clip_details, start_session  # noqa: E402
from vig_annotator.review.pack import PackOptions, build_pack  # noqa: E402
from vig_annotator.schemes import builtin  # noqa: E402
from vig_annotator.store.project_file import create_project  # noqa: E402

if __name__ == "__main__":
    quick = "--quick" in sys.argv
    seconds = 120 if quick else 600
    clip_path = make(CACHE / f"hd1080_{seconds}s.mp4", seconds, 1920, 1080)
    tmp = Path(tempfile.mkdtemp())
    try:
        project = create_project(tmp / "bench.vigproj")
        clip = add_clip(project, clip_path)
        set_clip_details(project, clip, consent=("direct_care",))
        session = start_session(project, clip, add_coder(project, "GU"), builtin("vig"))
        starts = [seconds * 1000 * k // 4 for k in (1, 2, 3)]
        project.apply([Put(Moment(i + 1, session.id, s, s + 10_000, ("being_attentive",), "caption", "?", i + 1))
                       for i, s in enumerate(starts)])
        t0 = time.perf_counter()
        build_pack(project, session.id, tmp / "pack", PackOptions(slow=0.5))
        elapsed = time.perf_counter() - t0
        raw = raw_decode_per_frame(clip_path) * 250 * 3
        project.close()
        print(json.dumps({"clip_s": seconds, "resolution": "1920x1080", "moments": 3, "moment_s": 10,
                          "pack_s": round(elapsed, 2), "includes": "9 PNG stills, 3 excerpts with sound, "
                          "3 slowed copies, the page", "raw_decode_of_the_moments_s": round(raw, 2)}, indent=2))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
