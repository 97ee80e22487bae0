"""The shared-review pack: exact stills and excerpts, a page that renders offline, consent, no half packs."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from dataclasses import replace
from pathlib import Path

import av
import clipmaker
import cv2
import numpy as np
import pytest
from builders import build

from vig_annotator.core.model import Moment
from vig_annotator.core.project import Put
from vig_annotator.media.excerpt import Cancelled, cut_excerpt
from vig_annotator.media.frames import FrameReader, read_frame
from vig_annotator.media.probe import probe
from vig_annotator.projects import add_clip, add_coder, set_clip_details, start_session
from vig_annotator.review.consent import ConsentError
from vig_annotator.review.pack import PAGE, PackError, PackOptions, build_pack
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project

ARTIFACTS = Path(__file__).resolve().parents[2] / "tests" / "artifacts"


@pytest.fixture(scope="module")
def numbered(tmp_path_factory):
    """A 6 s clip at 25 fps whose frames carry their numbers, with tone bursts on its sound."""
    d = tmp_path_factory.mktemp("numbered")
    return clipmaker.make_clip(d / "numbered.mp4", frames=150, fps=25, bursts_s=(1.0, 3.0), width=320, height=240)


@pytest.fixture
def guided(tmp_path, numbered):
    shutil.copy2(numbered, tmp_path / "family.mp4")
    project = create_project(tmp_path / "vig.vigproj")
    clip = add_clip(project, tmp_path / "family.mp4", case_id="CASE-42")
    clip = set_clip_details(project, clip, consent=("direct_care",))
    session = start_session(project, clip, add_coder(project, "GU"), builtin("vig"))
    build(project, [
        Put(Moment(1, session.id, 1000, 2000, ("receiving_initiatives", "receiving_initiatives/3"),
                   "You waited for me", "What did you notice?", 2, 1400, "private: mum seemed tired")),
        Put(Moment(2, session.id, 3200, 4000, ("being_attentive",), "I like it when you look", "", 1, None)),
    ])
    yield project, session.id
    project.close()


def decoded_indices(path: Path) -> list[int]:
    result = probe(path)
    with FrameReader(path, result.timebase) as reader:
        return [clipmaker.frame_index_of(reader.read(i)) for i in range(result.frame_count)]


def test_excerpt_starts_and_ends_on_the_exact_frames_with_sound_of_the_right_length(numbered, tmp_path):
    tb = probe(numbered).timebase
    out = cut_excerpt(numbered, 37, 88, tmp_path / "x.mp4", tb)
    assert decoded_indices(out) == list(range(37, 88))
    with av.open(str(out)) as container:
        stream = container.streams.audio[0]
        samples = sum(f.samples for f in container.decode(stream))
        rate = stream.codec_context.sample_rate
    expected = (88 - 37) * 0.040
    assert abs(samples / rate - expected) <= 1024 / rate  # within one AAC frame of padding
    slow = cut_excerpt(numbered, 37, 88, tmp_path / "slow.mp4", tb, slow=0.5)
    slow_probe = probe(slow)
    assert decoded_indices(slow) == list(range(37, 88)) and not slow_probe.has_audio
    assert slow_probe.timebase.ms_of(10) == 800  # 10 frames × 40 ms, twice as slow


def test_pack_from_a_project_has_exact_stills_excerpts_and_a_page(guided, numbered, tmp_path):
    project, session_id = guided
    out = build_pack(project, session_id, tmp_path / "pack", PackOptions("review", slow=0.5))
    page = (out / PAGE).read_text()
    # review order: moment 2 (order 1) comes before moment 1 (order 2)
    assert page.index("I like it when you look") < page.index("You waited for me")
    assert "CASE-42" in page and "GU" not in page and "family.mp4" not in page
    assert "private: mum seemed tired" not in page  # guider's notes only in the supervision pack
    assert "3.3 Returning eye contact, smiling, nodding in response" in page
    assert "http" not in page.replace("http-equiv", "")  # nothing fetched from anywhere
    # the 1.0–2.0 s moment is second in review order: "Moment 2", frames 25–49, key frame at 1.4 s
    start = out / "stills" / "moment2_start_frame000025.png"
    key = out / "stills" / "moment2_key_frame_frame000035.png"
    end = out / "stills" / "moment2_end_frame000049.png"
    for still, frame in ((start, 25), (key, 35), (end, 49)):
        rgb = cv2.cvtColor(cv2.imread(str(still)), cv2.COLOR_BGR2RGB)
        assert np.array_equal(rgb, read_frame(numbered, frame))
    assert decoded_indices(out / "excerpts" / "moment2.mp4") == list(range(25, 50))
    assert decoded_indices(out / "excerpts" / "moment1.mp4") == list(range(80, 100))
    assert (out / "excerpts" / "moment2_slow_0.5x.mp4").exists()
    (record,) = project.export_log
    assert record.what.startswith("review pack of session") and record.override == ""


def test_supervision_pack_carries_the_guiders_notes(guided, tmp_path):
    project, session_id = guided
    out = build_pack(project, session_id, tmp_path / "sup", PackOptions("supervision", slow=1))
    assert "private: mum seemed tired" in (out / PAGE).read_text()
    assert not list((out / "excerpts").glob("*slow*"))


def test_no_consent_refuses_and_an_override_is_logged(guided, tmp_path):
    project, session_id = guided
    clip = project.clips[0]
    build(project, [Put(replace(clip, consent=("research",)))])
    with pytest.raises(ConsentError, match="no direct-care or supervision consent"):
        build_pack(project, session_id, tmp_path / "refused")
    assert not (tmp_path / "refused").exists() and project.export_log == []
    build_pack(project, session_id, tmp_path / "override", PackOptions(override_reason="parent agreed verbally"))
    (record,) = project.export_log
    assert "parent agreed verbally" in record.override and "recorded scopes: research" in record.override


def test_cancel_and_existing_folder_leave_nothing_half_made(guided, tmp_path):
    project, session_id = guided
    calls = {"n": 0}

    def cancel_after_a_while() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(Cancelled):
        build_pack(project, session_id, tmp_path / "p", cancelled=cancel_after_a_while)
    assert [p.name for p in tmp_path.iterdir() if p.is_dir()] == []  # no pack, no half-built folder
    (tmp_path / "taken").mkdir()
    with pytest.raises(PackError, match="already exists"):
        build_pack(project, session_id, tmp_path / "taken")


def test_the_demo_review_page_renders_in_a_browser(demo_project, tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (make test installs it)")
    out = build_pack(demo_project, 4, tmp_path / "pack")
    flags = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(flags + ["--dump-dom", (out / PAGE).as_uri()], capture_output=True, text=True,
                         timeout=120).stdout
    for m in demo_project.moments(4):
        assert f'id="moment-{m.order}"' in dom and m.caption.replace("'", "&#x27;")[:20] in dom
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "review_page.png"
    subprocess.run(flags + ["--window-size=1100,1500", f"--screenshot={shot}", (out / PAGE).as_uri()],
                   capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 10_000


def test_the_pack_folder_follows_the_umask(guided, tmp_path):
    project, session_id = guided
    for mask in (0o022, 0o077):
        old = os.umask(mask)
        try:
            out = build_pack(project, session_id, tmp_path / f"pack{mask:o}", PackOptions("supervision", slow=1))
        finally:
            os.umask(old)
        assert stat.S_IMODE(out.stat().st_mode) == 0o777 & ~mask
        assert stat.S_IMODE((out / "stills").stat().st_mode) == 0o777 & ~mask
