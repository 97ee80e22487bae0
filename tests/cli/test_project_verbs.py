"""The command line: new, info, export; bad input is one stderr line, exit status 2, nothing written."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from vig_annotator.store.opening import open_project

SAMPLES = Path(__file__).resolve().parents[2] / "sample_clips"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vig_annotator.cli", *args], capture_output=True, text=True)


def test_new_then_info_then_export(tmp_path):
    project = tmp_path / "study.vigproj"
    made = cli("new", str(project), "--scheme", "piios", "--coder", "AB", "--coder", "CD",
               "--clip", str(SAMPLES / "demo_clip.mp4"))
    assert made.returncode == 0, made.stderr
    info = json.loads(cli("info", str(project), "--json").stdout)
    assert [c["initials"] for c in info["coders"]] == ["AB", "CD"]
    assert [(s["id"], s["coder"], s["scheme"]) for s in info["sessions"]] == [(1, "AB", "piios"), (2, "CD", "piios")]
    clip = info["clips"][0]
    assert (clip["frame_count"], clip["timing"], clip["missing"]) == (1000, "probed", False)
    text = cli("info", str(project)).stdout
    assert "session  #2 " + clip["case_id"] + " coder CD piios" in text
    out = tmp_path / "t.xlsx"
    exported = cli("export", str(project), "-f", "xlsx", "-o", str(out), "--session", "1")
    assert exported.returncode == 0 and out.exists()


def test_a_new_clip_gets_a_pseudonym_not_its_file_name(tmp_path):
    family = tmp_path / "Home visit Jansen family.mp4"
    family.write_bytes((SAMPLES / "demo_clip.mp4").read_bytes())
    made = cli("new", str(tmp_path / "p.vigproj"), "--coder", "AB", "--clip", str(family))
    assert made.returncode == 0, made.stderr
    case_id = json.loads(cli("info", str(tmp_path / "p.vigproj"), "--json").stdout)["clips"][0]["case_id"]
    assert "jansen" not in case_id.lower() and re.fullmatch(r"C-[A-Z2-9]{5}", case_id)
    assert case_id in made.stdout
    out = tmp_path / "t.eaf"
    assert cli("export", str(tmp_path / "p.vigproj"), "-f", "eaf", "-o", str(out)).returncode == 0
    assert "Jansen" not in out.read_text() and f"./{case_id}.mp4" in out.read_text()
    cli("new", str(tmp_path / "q.vigproj"), "--clip", str(family), "--case-id", "CASE-7")
    assert json.loads(cli("info", str(tmp_path / "q.vigproj"), "--json").stdout)["clips"][0]["case_id"] == "CASE-7"
    bad(cli("new", str(tmp_path / "r.vigproj"), "--clip", str(family), "--case-id", "A", "--case-id", "B"),
        "one case ID per clip")
    assert not (tmp_path / "r.vigproj").exists()


def test_export_of_the_demo_writes_its_segments(demo_copy, tmp_path):
    out = tmp_path / "demo.csv"
    assert cli("export", str(demo_copy), "-f", "csv", "-o", str(out), "--session", "2").returncode == 0
    rows = out.read_text().strip().splitlines()
    assert len(rows) == 1 + 33 and rows[0].startswith("case_id,clip,clip_fingerprint,session,coder")


def bad(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2, result
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("vig-annotator: error:")
    assert words in result.stderr, result.stderr


def test_bad_input_is_one_line_and_writes_nothing(demo_copy, tmp_path):
    bad(cli("export", str(demo_copy), "-f", "docx", "-o", str(tmp_path / "x")), "unknown format 'docx'")
    bad(cli("export", str(tmp_path / "none.vigproj"), "-f", "csv", "-o", str(tmp_path / "x.csv")), "no such file")
    bad(cli("export", str(demo_copy), "-f", "csv", "-o", str(tmp_path / "x.csv"), "--session", "99"),
        "no session 99")
    bad(cli("info", str(SAMPLES / "demo_clip.mp4")), "not a vig-annotator project")
    scheme = tmp_path / "broken.json"
    scheme.write_text('{"format": "vig-annotator-scheme", "format_version": 1, "id": "x", "name": "X", '
                      '"version": "1", "codes": [{"id": "a", "label": "A", "key": "k"}]}')
    bad(cli("new", str(tmp_path / "n.vigproj"), "--scheme", str(scheme)), "codes[0].key: 'k' is reserved")
    bad(cli("new", str(tmp_path / "m.vigproj"), "--clip", str(tmp_path / "gone.mp4")), "no such file")
    bad(cli("new", str(tmp_path / "v.vigproj"), "--coder", "AB", "--clip", __file__), "cannot be read as video")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json", "demo.vigproj", "demo_clip.mp4"]


def test_a_reader_that_stops_early_gets_a_quiet_exit(demo_copy):
    """``vig-annotator info … | head``: the reader goes away; no "error: Broken pipe", status 141 like SIGPIPE."""
    proc = subprocess.Popen([sys.executable, "-m", "vig_annotator.cli", "info", str(demo_copy)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # before the command has written anything: its first line meets a closed pipe
    err = proc.stderr.read()
    assert proc.wait(timeout=60) in (0, 141) and err == "", err


def test_boris_export_of_the_two_scheme_demo_writes_one_file_per_scheme(demo_copy, tmp_path):
    project = open_project(demo_copy, read_only=True)
    schemes = {s.scheme_id for s in project.sessions}
    sessions = len(project.sessions)
    project.close()
    assert len(schemes) >= 2  # the shipped demo mixes schemes, as a new user meets it
    done = cli("export", str(demo_copy), "-f", "boris", "-o", str(tmp_path / "x.boris"))
    assert done.returncode == 0, done.stderr
    assert "one file per scheme" in done.stdout
    files = sorted(tmp_path.glob("x.*.boris"))
    assert [f.name for f in files] == sorted(f"x.{s}.boris" for s in schemes)
    observations = 0
    for f in files:
        assert f"wrote {f}" in done.stdout
        doc = json.loads(f.read_text())
        assert doc["behaviors_conf"]
        observations += len(doc["observations"])
    assert observations == sessions  # every session, each in its scheme's file
    assert not (tmp_path / "x.boris").exists()
