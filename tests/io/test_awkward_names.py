"""Outputs and clips with awkward names get one clear line naming what the user gave (issue 24).

Before: ``export -o DIR`` said "/…/.DIR.1k26m04b: Is a directory" (a hidden temporary name), and a clip whose
file name is not UTF-8 ended in "'utf-8' codec can't encode character '\\udcff'".
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from inprocess import digest, run_cli  # noqa: E402

from vig_annotator.io.staged_export import write_staged  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "sample_clips"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    shutil.copy2(SAMPLES / "demo_clip.mp4", tmp_path / "demo_clip.mp4")
    shutil.copy2(SAMPLES / "demo.vigproj", tmp_path / "demo.vigproj")
    return tmp_path / "demo.vigproj"


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json", "eaf", "boris", "srt", "vtt", "textgrid", "transcript-csv"])
def test_export_to_a_folder_names_the_folder_and_writes_nothing(demo, tmp_path, fmt):
    folder = tmp_path / "out"
    folder.mkdir()
    before = digest(demo)
    done = run_cli("export", demo, "-f", fmt, "-o", folder, "--session", "4")
    assert done.status == 2 and done.err.count("\n") == 1, done.err
    assert f"{folder}: is a folder" in done.err and "/." not in done.err  # no hidden temporary name
    assert list(folder.iterdir()) == [] and digest(demo) == before  # not even an export-log record


def test_the_apps_export_to_a_folder_names_the_folder(demo, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(IsADirectoryError) as caught:
        write_staged(demo, "csv", folder, [1])
    assert caught.value.filename == str(folder) and "is a folder" in str(caught.value)
    assert list(folder.iterdir()) == [] and [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def not_utf8(folder: Path, name: bytes) -> Path:
    path = Path(os.fsdecode(bytes(folder) + b"/" + name))
    shutil.copy2(SAMPLES / "demo_clip.mp4", path)
    return path


@pytest.mark.parametrize("name", [b"bad\xffname.mp4", b"caf\xe9.mp4", b"\x80.mp4"])
def test_new_with_a_clip_whose_name_is_not_utf8_is_one_clear_line(tmp_path, name):
    clip = not_utf8(tmp_path, name)
    done = run_cli("new", tmp_path / "n.vigproj", "--clip", clip)
    assert done.status == 2 and done.err.count("\n") == 1, done.err
    assert "not UTF-8" in done.err and "codec" not in done.err and "\\x" in done.err, done.err
    assert not list(tmp_path.glob("n.vigproj*")) and not list(tmp_path.glob(".creating-*"))


def test_a_clip_in_a_folder_whose_name_is_not_utf8_is_refused_and_the_project_unchanged(demo, tmp_path):
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/d\xfe"))
    folder.mkdir()
    clip = folder / "other.mp4"
    clip.write_bytes((SAMPLES / "demo_clip.mp4").read_bytes() + b"\0")  # not the demo's clip: added anew
    eaf = tmp_path / "s.eaf"
    assert run_cli("export", demo, "-f", "eaf", "-o", eaf, "--session", "1").status == 0
    before = digest(demo)
    done = run_cli("import", demo, eaf, "--clip", clip, "--coder", "QQ")
    assert done.status == 2 and done.err.count("\n") == 1 and "not UTF-8" in done.err, done.err
    assert digest(demo) == before
