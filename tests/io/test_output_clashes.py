"""An output path never names the project, its side files, its videos or an input (issue 24).

Before the fix, ``export p.vigproj -f json -o p.vigproj`` replaced the project with JSON (exit 0),
through a symbolic link too, and ``-f xlsx -o demo_clip.mp4`` replaced the video.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from inprocess import digest, run_cli  # noqa: E402

from vig_annotator.io.output_paths import OutputClashError, check_output  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "sample_clips"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("clash")
    shutil.copy2(SAMPLES / "demo_clip.mp4", root / "demo_clip.mp4")
    shutil.copy2(SAMPLES / "demo.vigproj", root / "demo.vigproj")
    os.symlink(root / "demo.vigproj", root / "link.vigproj")
    os.link(root / "demo.vigproj", root / "hard.json")
    os.symlink(root / "demo_clip.mp4", root / "clip-link.xlsx")
    (root / "sub").mkdir()
    return root


def refused(folder: Path, *args: str | Path, words: str) -> None:
    project, clip = folder / "demo.vigproj", folder / "demo_clip.mp4"
    before = (digest(project), digest(clip))
    done = run_cli(*args)
    assert done.status == 2, done
    assert done.err.count("\n") == 1 and done.err.startswith("vig-annotator: error: "), done.err
    assert words in done.err, done.err
    assert (digest(project), digest(clip)) == before


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx", "eaf"])
def test_export_over_the_project_is_refused_and_the_project_kept(folder, fmt):
    p = folder / "demo.vigproj"
    refused(folder, "export", p, "-f", fmt, "-o", p,
            words="would write over the project")


@pytest.mark.parametrize("name", ["link.vigproj", "hard.json", "sub/../demo.vigproj"])
def test_export_over_a_link_to_the_project_is_refused(folder, name):
    refused(folder, "export", folder / "demo.vigproj", "-f", "json", "-o", f"{folder}/{name}",
            words="would write over the project")


@pytest.mark.parametrize("name", ["demo_clip.mp4", "clip-link.xlsx"])
def test_export_over_the_projects_video_is_refused(folder, name):
    refused(folder, "export", folder / "demo.vigproj", "-f", "xlsx", "-o", folder / name,
            words="would write over the video demo_clip.mp4")


@pytest.mark.parametrize("side", ["-wal", "-shm", "-journal"])
def test_export_over_the_projects_sqlite_side_files_is_refused(folder, side):
    refused(folder, "export", folder / "demo.vigproj", "-f", "csv", "-o", f"{folder / 'demo.vigproj'}{side}",
            words=f"{side[1:]} file")
    assert not Path(f"{folder / 'demo.vigproj'}{side}").exists()


def test_other_verbs_with_o_are_checked_too(folder):
    p = folder / "demo.vigproj"
    refused(folder, "still", folder / "demo_clip.mp4", "--frame", "1", "-o", folder / "demo_clip.mp4",
            words="an input of this command")
    refused(folder, "review-pack", p, "--session", "1", "-o", p,
            words="would write over the project")
    refused(folder, "transcript", "export", p, "--session", "1", "-f", "srt", "-o", p,
            words="would write over the project")


def test_the_apps_staged_export_is_checked(folder):
    from vig_annotator.io.staged_export import write_staged

    p = folder / "demo.vigproj"
    before = digest(p)
    with pytest.raises(OutputClashError, match="the project"):
        write_staged(p, "csv", folder / "link.vigproj", [1])
    assert digest(p) == before


def test_a_new_file_beside_the_project_is_written(folder):
    out = folder / "fresh.csv"
    assert run_cli("export", folder / "demo.vigproj", "-f", "csv", "-o", out, "--session", "1").status == 0
    assert out.read_text().startswith("case_id")


NAMES = ["demo.vigproj", "link.vigproj", "hard.json", "demo_clip.mp4", "clip-link.xlsx", "demo.vigproj-wal",
         "demo.vigproj-shm", "./demo.vigproj", "sub/../demo.vigproj", "sub/../clip-link.xlsx"]


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(name=st.sampled_from(NAMES), fmt=st.sampled_from(["csv", "json", "xlsx", "eaf", "srt", "textgrid"]))
def test_fuzz_output_clashes_exit_2_and_change_nothing(folder, name, fmt):
    """Fuzz class 'output-path clashes': every clash exits 2, one line, the project and video unchanged."""
    refused(folder, "export", folder / "demo.vigproj", "-f", fmt, "-o", f"{folder}/{name}", words="would write over")


def test_check_output_compares_by_inode_for_a_renamed_hard_link(tmp_path):
    a = tmp_path / "a.bin"
    a.write_bytes(b"x")
    os.link(a, tmp_path / "b.bin")
    with pytest.raises(OutputClashError, match="an input"):
        check_output(tmp_path / "b.bin", inputs=[a])
    check_output(tmp_path / "c.bin", inputs=[a])  # a new name is fine
