"""The GUI's voice job on a 10-minute clip (≤ 10 s, like ``analyse voices``), then the kept pitch in a project.

Read back with its vocalisations (what reopening the clip costs; budget ≤ 0.5 s, far below analysing the
sound again), moving the threshold (reclassified from the kept pitch; ≤ 0.2 s), the project file's growth,
and painting the voice rows of the whole clip. Uses bench_voices' clip (``--quick``: 2 minutes). Prints JSON.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_voices import make  # noqa: E402

from vig_annotator.analysis.saved_voices import cache_track, set_threshold  # noqa: E402
from vig_annotator.analysis.voices import analyse_sound  # noqa: E402
from vig_annotator.core.model import Clip  # noqa: E402
from vig_annotator.qt.timeline_voices import voices_of  # noqa: E402
from vig_annotator.store.opening import create_project, open_project  # noqa: E402


def paint_s(voices: object, duration_ms: int) -> float:
    """Painting the voice and pitch rows of the whole clip into a 1400-pixel-wide picture."""
    from PySide6.QtGui import QImage, QPainter

    from vig_annotator.qt.timeline_layout import Row, View
    from vig_annotator.qt.timeline_voices import paint_pitch, paint_voices

    image = QImage(1400, 100, QImage.Format.Format_RGB32)
    view = View(width_px=1400, duration_ms=duration_ms)
    view.fit()
    t = time.perf_counter()
    p = QPainter(image)
    paint_voices(p, Row("voices", 0, 20), view, voices, 1400)  # type: ignore[arg-type]
    paint_pitch(p, Row("pitch", 20, 40), view, voices, 1400)  # type: ignore[arg-type]
    p.end()
    return time.perf_counter() - t


def job_s(path: Path) -> tuple[float, int]:
    """The GUI's background job on the clip, from start to its result on the GUI thread; progress reports."""
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtGui import QGuiApplication

    from vig_annotator.analysis.voices import VoiceSettings
    from vig_annotator.qt.voice_job import VoiceJob

    _app = QCoreApplication.instance() or QGuiApplication([])  # the painting below needs a GUI application
    loop, reports = QEventLoop(), []
    job = VoiceJob()
    job.progress.connect(reports.append)
    job.finished.connect(lambda _track: loop.quit())
    job.failed.connect(lambda _text: loop.quit())
    t = time.perf_counter()
    job.compute(path, VoiceSettings())
    loop.exec()
    return time.perf_counter() - t, len(reports)


def main() -> None:
    seconds = 120 if "--quick" in sys.argv else 600
    clip_path, _ = make(seconds)
    in_background, reports = job_s(clip_path)
    t = time.perf_counter()
    analysis = analyse_sound(clip_path)
    direct_s = time.perf_counter() - t  # the same work on this thread, measured beside it: the load varies
    assert analysis is not None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.vigproj"
        project = create_project(path)
        clip = Clip(1, "CASE", "clip.mp4", "1:abc", seconds * 1000, seconds * 25, 25.0)  # only its fingerprint
        before = path.stat().st_size
        t = time.perf_counter()
        project.run(cache_track(project, clip, analysis.track), undoable=False)
        write_s = time.perf_counter() - t
        project.close()
        grown = path.stat().st_size - before
        t = time.perf_counter()
        project = open_project(path)
        voices = voices_of(project, clip)
        reopen_s = time.perf_counter() - t
        assert voices is not None and len(voices.found) == len(analysis.vocalisations)
        t = time.perf_counter()
        project.run(set_threshold(project, clip, 450))
        moved = voices_of(project, clip)
        threshold_s = time.perf_counter() - t
        assert moved is not None and moved.settings.threshold_hz == 450
        painted = paint_s(voices, seconds * 1000)
        project.close()
    print(json.dumps({
        "voice_cache_clip_s": seconds,
        "voice_job_in_background_s": round(in_background, 2), "voice_analysis_on_this_thread_s": round(direct_s, 2),
        "voice_job_progress_reports": reports,
        "budget_voice_job_10min_s": 10, "voice_cache_frames": len(analysis.track.times_ms),
        "voice_cache_vocalisations": len(voices.found),
        "voice_cache_write_s": round(write_s, 3),
        "voice_cache_project_growth_mb": round(grown / 1e6, 2),
        "voice_cache_reopen_and_vocalisations_s": round(reopen_s, 3), "budget_voice_cache_reopen_s": 0.5,
        "voice_threshold_move_s": round(threshold_s, 3), "budget_voice_threshold_move_s": 0.2,
        "voice_rows_paint_whole_clip_s": round(painted, 3), "budget_voice_rows_paint_s": 0.1,
    }, indent=2))


if __name__ == "__main__":
    main()
