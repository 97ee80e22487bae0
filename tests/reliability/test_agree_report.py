"""`agree` as a report: three coders, BORIS's options, definitions and guidance, and the XLSX workbook."""

from __future__ import annotations

import json
import subprocess
import sys

import krippendorff
import numpy as np
import openpyxl
import pytest
from sklearn.metrics import cohen_kappa_score

from vig_annotator.core.commands import edit
from vig_annotator.core.model import Clip, Coder, Rating, Segment, Session
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project

EYE = {  # 10 s of eye contact per coder, in whole seconds
    "AA": [(0, 4000), (6000, 8000)],
    "BB": [(0, 5000), (6000, 8000)],
    "CC": [(1000, 4000), (7000, 10000)],
}


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vig_annotator.cli", *args], capture_output=True, text=True)


@pytest.fixture
def three(tmp_path):
    """Three coders of one 10 s clip (demo scheme): eye contact as in EYE; AA and BB rate warmth."""
    path = tmp_path / "three.vigproj"
    project = create_project(path)
    scheme = builtin("demo")
    entities = [scheme, Clip(1, "C1", "c.mp4", "1:c", 10_000, 250, 25.0)]
    seg = 0
    for n, (coder, spans) in enumerate(EYE.items(), start=1):
        entities += [Coder(n, coder), Session(n, 1, n, scheme.id, scheme.version)]
        for start, end in spans:
            seg += 1
            entities.append(Segment(seg, n, "eye_contact", start, end))
        seg += 1
        entities.append(Segment(seg, n, "touch", 2000, 3000 + 1000 * n))
    entities += [Rating(1, "warmth", 2), Rating(2, "warmth", 3), Rating(1, "turn_taking", 1)]
    project.run(edit("Set up", [(None, e) for e in entities]))
    project.close()
    return path


def units(spans, n=10):
    """Whole-second units 0..n-1 by midpoint: 1 where a span covers it."""
    return [int(any(s <= i * 1000 + 500 < e for s, e in spans)) for i in range(n)]


def test_three_coders_get_every_pair_and_alpha_across_all(three):
    out = cli("agree", f"{three}::1", f"{three}::2", f"{three}::3", "-f", "json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    pairs = {tuple(c.split()[0] for c in p["coders_compared"]): p for p in report["pairwise"]}
    assert set(pairs) == {("AA", "BB"), ("AA", "CC"), ("BB", "CC")}
    for (x, y), pair in pairs.items():
        eye = next(c for c in pair["codes"] if c["code"] == "eye_contact")
        assert eye["kappa"] == pytest.approx(cohen_kappa_score(units(EYE[x]), units(EYE[y])))
    alpha = next(a for a in report["krippendorff_alpha"] if a["group"] == "eye_contact")
    data = np.array([units(EYE[c]) for c in EYE], dtype=float)
    assert alpha["coders"] == 3
    assert alpha["alpha"] == pytest.approx(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))
    text = cli("agree", f"{three}::1", f"{three}::2", f"{three}::3").stdout
    assert [line for line in text.splitlines() if line.startswith("== ")] == [
        "== AA (three.vigproj::1) vs BB (three.vigproj::2)", "== AA (three.vigproj::1) vs CC (three.vigproj::3)",
        "== BB (three.vigproj::2) vs CC (three.vigproj::3)"]
    assert "Krippendorff's alpha (nominal, 3 coders) for Eye contact" in text


def test_text_report_defines_its_figures_and_says_how_to_read_a_kappa(three):
    text = cli("agree", f"{three}::1", f"{three}::2").stdout
    definitions = {line.split()[0] for line in text.splitlines() if line.startswith("  ")}
    assert {"kappa", "k", "prevalence", "%"} <= definitions  # "k max" and "% agree" start with k and %
    assert "Landis & Koch 1977" in text and "0.61–0.80 substantial" in text
    assert "depends on the prevalence of the codes and on how many codes" in text


def test_boris_subjects_and_codes_choose_the_units(three):
    # AA and BB: first event at 0 s, last ends at 8 s → Δ = 1 s gives 9 sample times per subject;
    # eye_contact is a "dyad" code, touch a "parent" code
    both = json.loads(cli("agree", f"{three}::1", f"{three}::2", "--method", "boris", "-f", "json").stdout)
    assert both["parameters"]["subjects"] == ["dyad", "parent"] and both["boris"]["n"] == 2 * 9
    dyad = json.loads(cli("agree", f"{three}::1", f"{three}::2", "--method", "boris", "--subjects", "dyad",
                          "-f", "json").stdout)
    assert dyad["boris"]["n"] == 9  # one subject: one unit per sample time
    # by hand, states inclusive of both ends: AA has eye contact at 0–4 and 6–8 s, BB at 0–5 and 6–8 s
    hand_a = [int(t <= 4 or 6 <= t <= 8) for t in range(9)]
    hand_b = [int(t <= 5 or 6 <= t <= 8) for t in range(9)]
    assert dyad["boris"]["kappa"] == pytest.approx(cohen_kappa_score(hand_a, hand_b))
    touch = json.loads(cli("agree", f"{three}::1", f"{three}::2", "--method", "boris", "--codes", "touch",
                           "-f", "json").stdout)
    assert touch["parameters"]["subjects"] == ["parent"] and touch["codes_compared"] == ["touch"]
    bad = cli("agree", f"{three}::1", f"{three}::2", "--codes", "nonsense")
    assert bad.returncode == 2 and "nonsense not in scheme demo" in bad.stderr


def test_identical_single_category_boris_kappa_is_one_and_says_so(three, tmp_path):
    out = json.loads(cli("agree", f"{three}::1", f"{three}::1", "--method", "boris", "--codes", "touch",
                         "-f", "json").stdout)
    assert out["boris"]["kappa"] == 1.0 and out["boris"]["kappa_undefined"] is True
    assert "BORIS reports 1" in out["parameters"]["single_category"]


def test_xlsx_report_has_numbers_grids_sessions_and_rated_items(three, tmp_path):
    xlsx = tmp_path / "r.xlsx"
    assert cli("agree", f"{three}::1", f"{three}::2", "-f", "xlsx", "-o", str(xlsx)).returncode == 0
    book = openpyxl.load_workbook(xlsx)
    assert {"parameters", "figures", "tables", "rated items", "definitions"} <= set(book.sheetnames)
    params = {row[0]: row[1] for row in book["parameters"].iter_rows(min_row=2, values_only=True)}
    assert params["session 1"] == "AA (three.vigproj::1)" and params["session 2"] == "BB (three.vigproj::2)"
    assert params["units"] == 10 and params["method"] == "time"
    figures = [r for r in book["figures"].iter_rows(min_row=2, values_only=True) if r[3] == "eye_contact"]
    assert figures[0][4] == "Eye contact"  # the id for joining, the label for reading
    kappa = figures[0][5]
    assert isinstance(kappa, float) and kappa == pytest.approx(cohen_kappa_score(units(EYE["AA"]),
                                                                                 units(EYE["BB"])))
    grid = list(book["tables"].iter_rows(values_only=True))
    title = next(i for i, r in enumerate(grid) if r[0] and "group Eye contact" in str(r[0]))
    assert grid[title + 1][:3] == ("A ↓  B →", "none", "Eye contact")
    assert params["case_id"] == "C1"
    # the 2×2 grid, rows AA, columns BB, counted by hand from EYE:
    a, b = units(EYE["AA"]), units(EYE["BB"])
    hand = [[sum(x == i and y == j for x, y in zip(a, b, strict=True)) for j in (0, 1)] for i in (0, 1)]
    assert [list(r[1:3]) for r in grid[title + 2:title + 4]] == hand
    rated = {r[1]: r for r in book["rated items"].iter_rows(min_row=2, values_only=True)}
    assert rated["warmth"][3:5] == (2, 3) and rated["turn_taking"][3:5] == (1, None)


@pytest.mark.parametrize("method", ["event", "boris"])
def test_three_coders_with_event_and_boris_methods(three, method):
    out = cli("agree", f"{three}::1", f"{three}::2", f"{three}::3", "--method", method)
    assert out.returncode == 0, out.stderr
    assert sum(line.startswith("== ") for line in out.stdout.splitlines()) == 3
    assert "Krippendorff's alpha (nominal, 3 coders, over 1 s units) for Eye contact" in out.stdout


def test_agree_names_the_case_and_codes_as_users_do_and_keeps_ids_in_json(tmp_path):
    """The text report says "case DEMO-001" and code labels; the JSON keeps ids beside the labels."""
    from pathlib import Path

    demo = Path(__file__).parents[2] / "sample_clips" / "demo.vigproj"
    text = cli("agree", f"{demo}::1", f"{demo}::2")
    assert text.returncode == 0, text.stderr
    assert "on case DEMO-001 (scheme demo 1.0)" in text.stdout and "367337:" not in text.stdout
    rows = [line.split("  ")[0] for line in text.stdout.splitlines()]
    assert "Infant gaze" in rows and "Infant looks at parent" in rows and "Warmth (demo rating)" in rows
    assert "for Infant gaze: 1.000" in text.stdout
    assert not any(name in rows for name in ("infant_gaze", "infant_gaze_parent", "eye_contact", "warmth"))
    events = cli("agree", f"{demo}::1", f"{demo}::2", "--method", "event")
    assert "on case DEMO-001" in events.stdout and "367337:" not in events.stdout
    report = json.loads(cli("agree", f"{demo}::1", f"{demo}::2", "-f", "json").stdout)
    assert report["case_id"] == "DEMO-001" and report["clip_fingerprint"].startswith("367337:")
    gaze = next(g for g in report["groups"] if g["group"] == "infant_gaze")
    assert gaze["label"] == "Infant gaze" and gaze["codes"] == ["infant_gaze_parent", "infant_gaze_away"]
    assert {c["code"]: c["label"] for c in report["codes"]}["smile"] == "Infant smile"


def test_a_clip_without_a_case_id_is_named_by_its_fingerprint(three):
    from vig_annotator.store.opening import open_project

    project = open_project(three)
    try:
        project.run(edit("No case ID", [(project.clip(1), Clip(1, "", "c.mp4", "1:c", 10_000, 250, 25.0))]))
    finally:
        project.close()
    out = cli("agree", f"{three}::1", f"{three}::2")
    assert out.returncode == 0, out.stderr
    assert "on clip 1:c (scheme demo 1.0)" in out.stdout
