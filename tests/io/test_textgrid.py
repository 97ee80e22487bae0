"""Praat TextGrids: files Praat itself wrote (through parselmouth) come in; what we write, Praat reads back."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import parselmouth
import pytest
from inprocess import digest, run_cli
from parselmouth.praat import call

from vig_annotator.store.opening import open_project

SAMPLES = Path(__file__).resolve().parents[2] / "sample_clips"
SAVE = {"text": "Save as text file", "short": "Save as short text file", "binary": "Save as binary file"}


def praat_grid(words: str = "“ça” là") -> parselmouth.Data:
    """A TextGrid made by Praat: an interval tier 'mother' and a point tier 'infant'."""
    grid = call("Create TextGrid", 0.0, 40.0, "mother infant", "infant")
    for t in (1.5, 3.25, 6.0, 7.125):
        call(grid, "Insert boundary", 1, t)
    call(grid, "Set interval text", 1, 2, words)
    call(grid, "Set interval text", 1, 4, "reach")
    call(grid, "Insert point", 2, 4.0, "coo")
    call(grid, "Insert point", 2, 9.5, "coo")
    return grid


def saved(grid: parselmouth.Data, path: Path, form: str, utf8: bool = False) -> Path:
    call("Text writing preferences", "UTF-8" if utf8 else "try ASCII, then UTF-16")
    try:
        call(grid, SAVE[form], str(path))
    finally:
        call("Text writing preferences", "try ASCII, then UTF-16")
    return path


def session_rows(project_path: Path, session: int) -> list[tuple[str, str, int, int]]:
    project = open_project(project_path, read_only=True)
    try:
        scheme = project.scheme_of(project.session(session))
        return sorted((scheme.code(s.code_id).label, scheme.code(s.code_id).kind.value, s.start_ms, s.end_ms)
                      for s in project.segments(session))
    finally:
        project.close()


def new_session(said: str) -> int:
    found = re.search(r"as session (\d+)", said)
    assert found, said
    return int(found.group(1))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy2(SAMPLES / "demo_clip.mp4", tmp_path / "clip.mp4")
    path = tmp_path / "p.vigproj"
    assert run_cli("new", path, "--clip", tmp_path / "clip.mp4", "--coder", "AA").status == 0
    return path


@pytest.mark.parametrize(("form", "utf8"), [("text", False), ("short", False), ("binary", False), ("text", True),
                                            ("short", True)])
def test_files_praat_wrote_come_in_as_state_and_point_codes(tmp_path, project, form, utf8):
    path = saved(praat_grid(), tmp_path / "praat.TextGrid", form, utf8)
    head = path.read_bytes()[:2]
    assert head == (b"oo" if form == "binary" else b"Fi" if utf8 else b"\xfe\xff")  # really UTF-16 / UTF-8 / binary
    done = run_cli("import", project, path, "--add-codes", "--coder", "PR")
    assert done.status == 0, done.err
    session = new_session(done.out)
    assert session_rows(project, session) == sorted([
        ("“ça” là", "state", 1500, 3250), ("coo", "point", 4000, 4000), ("coo", "point", 9500, 9500),
        ("reach", "state", 6000, 7125)])


def test_a_textgrid_is_known_by_its_header_and_tiers_are_chosen(tmp_path, project):
    path = saved(praat_grid(), tmp_path / "labels.txt", "text")
    done = run_cli("import", project, path, "--add-codes", "--tier", "infant")
    assert done.status == 0, done.err
    assert "imported 2 segment(s)" in done.out


def test_export_is_read_by_praat_and_comes_back_the_same(tmp_path):
    demo = tmp_path / "demo.vigproj"
    shutil.copy2(SAMPLES / "demo.vigproj", demo)
    shutil.copy2(SAMPLES / "demo_clip.mp4", tmp_path / "demo_clip.mp4")
    out = tmp_path / "out.TextGrid"
    done = run_cli("export", demo, "-f", "textgrid", "-o", out, "--session", 1)
    assert done.status == 0, done.err
    grid = parselmouth.read(str(out))  # Praat itself
    opened = open_project(demo, read_only=True)
    try:
        scheme = opened.scheme_of(opened.session(1))
        expected = sorted((s.code_id, s.start_ms, s.end_ms) for s in opened.segments(1))
    finally:
        opened.close()
    assert call(grid, "Get number of tiers") == len(scheme.codes)
    from_praat = []
    for tier in range(1, len(scheme.codes) + 1):
        if call(grid, "Is interval tier", tier):
            for n in range(1, call(grid, "Get number of intervals", tier) + 1):
                label = call(grid, "Get label of interval", tier, n)
                if label:
                    from_praat.append((label, round(call(grid, "Get start time of interval", tier, n) * 1000),
                                       round(call(grid, "Get end time of interval", tier, n) * 1000)))
        else:
            for n in range(1, call(grid, "Get number of points", tier) + 1):
                t = round(call(grid, "Get time of point", tier, n) * 1000)
                from_praat.append((call(grid, "Get label of point", tier, n), t, t))
    assert sorted(from_praat) == expected
    again = run_cli("import", demo, out, "--coder", "TG")
    assert again.status == 0, again.err
    session = new_session(again.out)
    opened = open_project(demo, read_only=True)
    try:
        assert sorted((s.code_id, s.start_ms, s.end_ms) for s in opened.segments(session)) == expected
    finally:
        opened.close()


def test_a_transcript_goes_to_praat_and_back(tmp_path):
    shutil.copy2(SAMPLES / "demo_clip.mp4", tmp_path / "clip.mp4")
    project = tmp_path / "t.vigproj"
    assert run_cli("new", project, "--scheme", "mind_mindedness", "--clip", tmp_path / "clip.mp4",
                   "--coder", "AA").status == 0
    table = tmp_path / "t.csv"
    table.write_text('start,end,speaker,text\n1,2.5,parent,"Oh, ""look"" — là!"\n3,4.2,infant,aah\n'
                     "5,6,parent,second line\n", encoding="utf-8")
    assert run_cli("transcript", "import", project, table, "--session", 1).status == 0
    out = tmp_path / "t.TextGrid"
    assert run_cli("transcript", "export", project, "--session", 1, "-f", "textgrid", "-o", out).status == 0
    grid = parselmouth.read(str(out))
    names = [call(grid, "Get tier name", n) for n in range(1, call(grid, "Get number of tiers") + 1)]
    assert "parent" in names and "infant" in names
    parent = names.index("parent") + 1
    assert call(grid, "Get label of interval", parent, 2) == 'Oh, "look" — là!'
    assert run_cli("new", tmp_path / "u.vigproj", "--scheme", "mind_mindedness", "--clip", tmp_path / "clip.mp4",
                   "--coder", "BB").status == 0
    done = run_cli("transcript", "import", tmp_path / "u.vigproj", out, "--session", 1)
    assert done.status == 0, done.err
    assert session_rows(tmp_path / "u.vigproj", 1) == session_rows(project, 1)


@pytest.mark.parametrize(("edit", "message"), [
    (lambda text: text[: len(text) // 2], "not a Praat TextGrid"),
    (lambda text: text.replace("xmin = 6", "xmin = 8", 1), "tier 'mother', interval 4: 8.000–7.125 s is out of order"),
    (lambda text: text.replace('size = 2 \n', 'size = 0 \n', 1), "the TextGrid has no tiers"),
    (lambda text: text.replace("xmin = 6 ", "xmin = 6e-05 ", 1), "line 28: the time '6e-05' is negative"),
    (lambda text: text.replace("number = 4 ", "number = -4 ", 1), "the time '-4' is negative"),
])
def test_a_bad_textgrid_is_one_line_naming_the_file_and_the_tier(tmp_path, project, edit, message):
    path = tmp_path / "bad.TextGrid"
    path.write_text(edit(saved(praat_grid("plain"), tmp_path / "good.TextGrid", "text").read_text()), encoding="utf-8")
    before = digest(project)
    done = run_cli("import", project, path, "--add-codes")
    assert done.status == 2 and done.err.count("\n") == 1, done.err
    assert f"{path}: " in done.err and message in done.err, done.err
    assert digest(project) == before
