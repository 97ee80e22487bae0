"""The ``analyse`` verbs: figures a user can check by hand, every output format, bad input as one line."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import sys

import openpyxl
import pytest
from builders import build
from hypothesis import given, settings
from hypothesis import strategies as st

from vig_annotator.cli import main
from vig_annotator.core.model import Segment
from vig_annotator.core.project import Put

SAMPLES_CLIP_REGIONS = ["--region", "parent=0,0,320,360", "--region", "infant=320,0,320,360"]


@pytest.fixture
def cli(capsys):
    """Run the command in this process (as the entry point does) and collect its status and output."""
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        capsys.readouterr()
        try:
            status = main(list(args))
        except SystemExit as exc:
            status = int(exc.code or 0)
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(list(args), status, out, err)
    return run


def test_the_installed_entry_point_reports_bad_input_with_status_2(tmp_path):
    done = subprocess.run([sys.executable, "-m", "vig_annotator.cli", "analyse", "sequences",
                           str(tmp_path / "none.vigproj")], capture_output=True, text=True)
    bad(done, "none.vigproj")


@pytest.fixture
def coded(blank_project):
    """Session 1 on the 40 s demo clip: infant vocalises at 2, 6, …, 34 s (9 times); the parent answers the
    first six 0.8 s later and also speaks at 37 s; the infant smiles at 3.5, 11.5 s (after two answers)."""
    cues = [2000 + 4000 * i for i in range(9)]
    segs = [Segment(i + 1, 1, "infant_vocalisation", t, t + 500) for i, t in enumerate(cues)]
    segs += [Segment(20 + i, 1, "parent_vocalisation", t + 800, t + 1500) for i, t in enumerate(cues[:6])]
    segs += [Segment(40, 1, "parent_vocalisation", 37_000, 38_000),
             Segment(50, 1, "smile", 3500, 3500), Segment(51, 1, "smile", 11_500, 11_500)]
    build(blank_project, [Put(s) for s in segs])
    return str(blank_project.path)


def digest(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def test_contingency_json_has_the_hand_counted_figures(cli, coded):
    before = digest(coded)
    done = cli("analyse", "contingency", f"{coded}::1", "--given", "infant_vocalisation",
               "--target", "parent_vocalisation", "--window", "0-2", "--permutations", "199", "-f", "json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert (doc["given"], doc["target"], doc["window_s"]) == ("infant_vocalisation", "parent_vocalisation", [0, 2])
    assert (doc["n_given"], doc["n_responded"]) == (9, 6)
    assert doc["rate"] == pytest.approx(6 / 9, abs=1e-6)
    assert doc["median_latency_s"] == pytest.approx(0.8)
    # 7 parent onsets at 2.8, 6.8, …, 22.8 and 37 s; a 2 s window after a random start in 0–38 s holds one
    # when the start lies in the 2 s before it: 7 disjoint 2 s intervals ([0.8, 2.8) … [35, 37)), 14 s of 38 s
    assert doc["base_rate"] == pytest.approx(14 / 38, abs=1e-6)
    assert 0 < doc["p_value"] <= 1 and doc["permutations"] == 199
    assert digest(coded) == before  # the project is only read


def test_contingency_text_names_window_method_and_units(cli, coded):
    text = cli("analyse", "contingency", f"{coded}::1", "--given", "infant_vocalisation",
               "--target", "parent_vocalisation", "--window", "0.5-1.5").stdout
    assert "window 0.5–1.5 s" in text and "time-shift permutation test" in text and "latencies in seconds" in text


def test_sequences_json_and_csv_and_xlsx(cli, coded, demo_copy, tmp_path):
    done = cli("analyse", "sequences", f"{coded}::1", "--codes", "infant_vocalisation,parent_vocalisation,smile",
               "-f", "json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    pairs = {(p["given"], p["target"]): p for p in doc["pairs"]}
    # onset order: iv pv sm iv pv iv pv sm iv pv iv pv iv pv iv iv iv pv → iv→pv 7 times (the last 34 → 37 s)
    assert pairs[("infant_vocalisation", "parent_vocalisation")]["observed"] == 7
    assert pairs[("parent_vocalisation", "smile")]["observed"] == 2
    assert set(pairs[("parent_vocalisation", "smile")]) >= {"observed", "expected", "adjusted_residual", "yules_q"}
    assert doc["lag"] == 1 and "Bakeman" in doc["method"]
    rows = list(csv.DictReader(io.StringIO(cli("analyse", "sequences", f"{coded}::1", "-f", "csv").stdout)))
    assert {"given", "target", "observed", "expected", "adjusted_residual", "yules_q"} <= set(rows[0])
    out = tmp_path / "seq.xlsx"
    # the demo project: two coders' sessions of the demo scheme are pooled (the PIIOS and VIG sessions left out)
    done = cli("analyse", "sequences", str(demo_copy), "--codes", "infant_vocalisation,parent_vocalisation,smile",
               "--lag", "2", "-f", "xlsx", "-o", str(out))
    assert done.returncode == 0, done.stderr
    sheet = openpyxl.load_workbook(out)["transitions"]
    header = [c.value for c in sheet[1]]
    assert "adjusted_residual" in header
    assert [h for h in header if h.startswith("z ")] == ["z demo.vigproj::1", "z demo.vigproj::2"]


def test_sequences_time_based(cli, coded):
    args = ("analyse", "sequences", f"{coded}::1", "--codes", "infant_vocalisation,parent_vocalisation",
            "--max-gap", "1", "-f", "json")
    doc = json.loads(cli(*args, "--drop-others").stdout)
    pairs = {(p["given"][0], p["target"][0]): p["observed"] for p in doc["pairs"]}
    # only the infant → parent pairs 0.8 s apart are within 1 s
    assert pairs == {("i", "i"): 0, ("i", "p"): 6, ("p", "i"): 0, ("p", "p"): 0}
    assert doc["max_gap_s"] == 1 and doc["analysis"] == "event lag"
    # by default the smiles stay as (other): the parent's answers at 2.8 and 10.8 s are followed 0.7 s later
    kept = json.loads(cli(*args).stdout)
    assert kept["categories"] == ["infant_vocalisation", "parent_vocalisation", "(other)"]
    assert {(p["given"], p["target"]): p["observed"] for p in kept["pairs"]}[("parent_vocalisation", "(other)")] == 2


def test_sequences_by_time_units(cli, coded):
    done = cli("analyse", "sequences", f"{coded}::1", "--codes", "infant_vocalisation,parent_vocalisation",
               "--time-unit", "1", "--lag", "1", "-f", "json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    (ip,) = [p for p in doc["pairs"] if (p["given"], p["target"]) == ("infant_vocalisation", "parent_vocalisation")]
    # infant on in units 2, 6, …, 34 (9 units); the parent on 0.8 s later, in units 3, 7, …, 23 after the first six
    assert ip["joint_units"] == 6 and ip["given_only_units"] == 3
    assert doc["units"] == 39 and "time units" in doc["method"]
    text = cli("analyse", "sequences", f"{coded}::1", "--time-unit", "1", "--max-gap", "2")
    bad(text, "--time-unit counts time units")


def test_self_interactive_contingency(cli, coded):
    done = cli("analyse", "self-interactive", f"{coded}::1", "--series", "infant=infant_vocalisation",
               "--series", "parent=parent_vocalisation", "-f", "json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    parent = doc["dyads"][0]["regressions"][1]
    assert parent["outcome"] == "parent" and parent["interactive_contingency"]["estimate"] > 0.5
    assert doc["pooled"] is None and "Beebe" in doc["method"]
    bad(cli("analyse", "self-interactive", f"{coded}::1", "--series", "infant=nope", "--series", "parent=smile"),
        "--series 'nope'")


def test_synchrony_on_the_demo_clip(cli, tmp_path):
    from conftest import SAMPLES

    done = cli("analyse", "synchrony", str(SAMPLES / "demo_clip.mp4"), *SAMPLES_CLIP_REGIONS, "--window", "10",
               "--max-lag", "2", "--surrogates", "19", "-f", "json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert {"lag_s", "peak_r", "window_s", "windows", "lag_profile"} <= set(doc)
    assert doc["window_s"] == 10 and len(doc["lag_profile"]) == 2 * 2 * 25 + 1
    text = cli("analyse", "synchrony", str(SAMPLES / "demo_clip.mp4"), *SAMPLES_CLIP_REGIONS, "--window", "10",
               "--max-lag", "2", "--surrogates", "9").stdout
    assert "windows of 10 s" in text and "lags ±2 s" in text and "positive lag: the first region leads" in text


def test_a_one_window_clip_is_too_short_to_test_and_gives_no_p_value(cli):
    # issue 25: the demo's 40-s clip at the default 30-s window printed "effect … nan, p = 0.0050"
    from conftest import SAMPLES

    clip = str(SAMPLES / "demo_clip.mp4")
    text = cli("analyse", "synchrony", clip, *SAMPLES_CLIP_REGIONS)
    assert text.returncode == 0, text.stderr
    assert "(1 windows)" in text.stdout and "Surrogate test: too short to test: the clip holds 1" in text.stdout
    assert "p =" not in text.stdout.replace("one-sided p =", "") and "effect" not in text.stdout
    assert "nan" not in text.stdout and "Mean peak r" in text.stdout
    doc = json.loads(cli("analyse", "synchrony", clip, *SAMPLES_CLIP_REGIONS, "-f", "json").stdout)
    assert doc["surrogate_test"] == "too short to test" and doc["segments"] == 1
    assert doc["p_value"] is None and doc["effect"] is None and doc["fisher_z_p"] is None
    three = json.loads(cli("analyse", "synchrony", clip, *SAMPLES_CLIP_REGIONS, "--window", "12", "--max-lag", "1",
                           "-f", "json").stdout)  # 3 segments: 6 orderings, p could not go below 1/6
    assert three["segments"] == 3 and three["surrogate_test"] == "too short to test" and three["p_value"] is None
    four = json.loads(cli("analyse", "synchrony", clip, *SAMPLES_CLIP_REGIONS, "--window", "10", "--max-lag", "1",
                          "--surrogates", "19", "-f", "json").stdout)
    assert four["segments"] == 4 and four["surrogate_test"] == "tested" and four["p_value"] is not None


def test_synchrony_on_a_project_sessions_clip(cli, coded):
    done = cli("analyse", "synchrony", f"{coded}::1", *SAMPLES_CLIP_REGIONS, "--window", "10", "--max-lag", "1",
               "--surrogates", "9", "-f", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["video"].endswith("clip.mp4")


def bad(done: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert done.stderr.count("\n") == 1 and fragment in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_bad_input_is_one_line_with_status_2(cli, coded, tmp_path):
    from conftest import SAMPLES

    c = ["analyse", "contingency", f"{coded}::1", "--target", "parent_vocalisation"]
    bad(cli(*c, "--given", "cry"), "--given 'cry': no such code")
    bad(cli(*c, "--given", "infant_vocalisation", "--window", "2-1"), "--window '2-1'")
    bad(cli(*c, "--given", "infant_vocalisation", "--window", "soon"), "expected START-END in seconds")
    bad(cli("analyse", "contingency", f"{coded}::x", "--given", "a", "--target", "b"), "must be a number")
    bad(cli("analyse", "contingency", f"{coded}::9", "--given", "a", "--target", "b"), "9")
    bad(cli("analyse", "sequences", f"{coded}::1", "--codes", "smile,frown"), "--codes 'frown'")
    bad(cli("analyse", "sequences", f"{coded}::1", "--lag", "0"), "--lag 0")
    clip = str(SAMPLES / "demo_clip.mp4")
    bad(cli("analyse", "synchrony", clip, "--region", "parent=0,0,10"), "expected NAME=X,Y,W,H")
    bad(cli("analyse", "synchrony", clip, "--region", "parent=0,0,10,10"), "expected two regions")
    bad(cli("analyse", "synchrony", clip, "--region", "a=0,0,10,10", "--region", "b=600,0,100,10"),
        "region b=600,0,100,10")
    bad(cli("analyse", "synchrony", clip, *SAMPLES_CLIP_REGIONS, "--window", "60"), "needs at least")
    bad(cli("analyse", "synchrony", __file__, *SAMPLES_CLIP_REGIONS), "test_analyse_cli.py")
    bad(cli("analyse", "synchrony", f"{coded}::7", *SAMPLES_CLIP_REGIONS), "7")
    bad(cli("analyse", "sequences", f"{coded}::1", "-f", "xlsx"), "needs -o")


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=12))
def test_any_window_text_is_accepted_or_refused_in_one_line(text):
    status = 0
    err = io.StringIO()
    with _stderr(err):
        try:
            status = main(["analyse", "contingency", "nowhere.vigproj", "--given", "a", "--target", "b",
                           "--window", text])
        except SystemExit as exc:  # argparse refuses texts that look like options
            status = int(exc.code or 0)
    assert status == 2
    assert err.getvalue().count("\n") >= 1 and "Traceback" not in err.getvalue()


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=20))
def test_any_region_text_is_refused_in_one_line_without_a_traceback(text):
    err = io.StringIO()
    with _stderr(err):
        try:
            status = main(["analyse", "synchrony", "nowhere.mp4", "--region", text, "--region", "b=0,0,1,1"])
        except SystemExit as exc:
            status = int(exc.code or 0)
    assert status == 2 and "Traceback" not in err.getvalue()


class _stderr:
    def __init__(self, target: io.StringIO) -> None:
        self.target = target

    def __enter__(self) -> None:
        self.saved, sys.stderr = sys.stderr, self.target

    def __exit__(self, *exc: object) -> None:
        sys.stderr = self.saved


def test_the_analysis_code_loads_only_when_a_verb_runs():
    heavy = ("vig_annotator.analysis", "statsmodels", "pyqtgraph")
    code = ("import sys, vig_annotator.cli as c; c.build_parser(); "
            f"print(sorted(m for m in sys.modules if m.startswith({heavy!r})))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr


def test_synchrony_on_a_project_clip_uses_its_saved_regions_and_kept_motion(cli, coded, blank_project,
                                                                              monkeypatch):
    import vig_annotator.analysis.motion_energy as motion_module
    from vig_annotator.analysis.saved_motion import cache_motion, set_regions
    from vig_annotator.store.clips import resolve

    args = ("analyse", "synchrony", f"{coded}::1", "--window", "10", "--max-lag", "1", "--surrogates", "9",
            "-f", "json")
    bad(cli(*args), "no regions are saved")
    clip = blank_project.clips[0]  # the coded project, still open for editing in the app
    regions = {"infant": (320, 0, 320, 360), "parent": (0, 0, 320, 360)}
    blank_project.run(set_regions(blank_project, clip, regions))
    doc = json.loads(cli(*args).stdout)
    assert doc["regions"] == {"infant": [320, 0, 320, 360], "parent": [0, 0, 320, 360]}
    assert doc["first"] == "infant" and doc["regions_from"] == "project" and not doc["motion_cached"]
    given = json.loads(cli(*args, "--region", "infant=320,0,320,360", "--region", "parent=0,0,320,360").stdout)
    assert given["regions_from"] == "command line" and given["peak_r"] == doc["peak_r"]

    # motion kept in the project (as the panel keeps it) is used instead of decoding the clip
    motion = motion_module.motion_energy(resolve(blank_project, clip), regions)
    blank_project.run(cache_motion(blank_project, clip, motion), undoable=False)
    monkeypatch.setattr(motion_module, "motion_energy", lambda *a, **k: pytest.fail("decoded again"))
    kept = json.loads(cli(*args).stdout)
    assert kept["motion_cached"] and kept["peak_r"] == pytest.approx(doc["peak_r"], abs=1e-4)
    assert kept["lag_s"] == pytest.approx(doc["lag_s"], abs=1e-3)


def test_bad_sequence_options_are_one_line_and_leave_the_project_as_it_was(cli, coded):
    before = digest(coded)
    # infant vocalisations at 26, 30 and 34 s follow each other, so "codes cannot repeat" does not hold
    done = cli("analyse", "sequences", f"{coded}::1", "--codes", "infant_vocalisation,parent_vocalisation",
               "--drop-others", "--no-repeats")
    bad(done, "infant_vocalisation follows itself")
    bad(cli("analyse", "sequences", f"{coded}::1", "--time-unit", "0"), "--time-unit 0")
    bad(cli("analyse", "contingency", f"{coded}::1", "--given", "infant_vocalisation", "--target", "smile",
            "--block", "30"), "--block applies to --surrogate blocks")
    assert digest(coded) == before


def test_contingency_names_its_surrogate_and_a_too_short_clip(cli, coded):
    doc = json.loads(cli("analyse", "contingency", f"{coded}::1", "--given", "infant_vocalisation", "--target",
                         "parent_vocalisation", "--surrogate", "blocks", "--block", "20", "--permutations", "99",
                         "-f", "json").stdout)
    assert doc["surrogate"] == "blocks" and doc["block_s"] == 20 and "20-s block" in doc["method"]
    text = cli("analyse", "contingency", f"{coded}::1", "--given", "infant_vocalisation", "--target",
               "parent_vocalisation", "--window", "0-19", "--permutations", "99").stdout
    assert "too short to test" in text and "nan" not in text


def test_sequences_with_a_given_window(cli, coded):
    done = cli("analyse", "sequences", f"{coded}::1", "--codes", "infant_vocalisation,parent_vocalisation",
               "--time-unit", "1", "--lag", "0", "--given-window", "1", "-f", "json")
    doc = json.loads(done.stdout)
    (ip,) = [p for p in doc["pairs"] if (p["given"], p["target"]) == ("infant_vocalisation", "parent_vocalisation")]
    # each infant onset's unit and the next (2-3, 6-7, …); the six answers (2.8-3.5 s, …) are on in both units
    assert ip["joint_units"] == 12 and doc["given_window_units"] == 1 and "onset+1" in doc["method"]
    bad(cli("analyse", "sequences", f"{coded}::1", "--given-window", "2"), "--given-window counts time units")
