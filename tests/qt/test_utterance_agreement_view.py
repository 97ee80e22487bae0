"""The Compare view by utterances shows what `agree --method utterances` reports, and says why when it cannot."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from inprocess import run_cli
from sklearn.metrics import cohen_kappa_score

from vig_annotator.core.commands import edit
from vig_annotator.core.model import Segment
from vig_annotator.core.transcript import MIND_MINDEDNESS, speakers
from vig_annotator.projects import add_clip, add_coder, start_session
from vig_annotator.qt.reliability_view import ReliabilityView
from vig_annotator.reliability.utterances import utterance_agreement
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project, open_project

SAMPLES = Path(__file__).resolve().parents[2] / "sample_clips"


def seg(n, start, end, mind="", code="parent_utterance"):
    return Segment(n, 1, code, start, end, modifiers=((MIND_MINDEDNESS, (mind,)),) if mind else (), note=f"said {n}")


# two coders' transcripts of one clip: six parent utterances pair, A's 7 and B's 17 (parent) and 18 (infant) do not
A = [seg(1, 0, 1000, "appropriate"), seg(2, 1500, 2500, "not_mind_related"), seg(3, 3000, 4000, "appropriate"),
     seg(4, 5000, 6000, "non_attuned"), seg(5, 7000, 8000, "not_mind_related"), seg(6, 9000, 9500, "appropriate"),
     seg(7, 12_000, 13_000, "appropriate")]
B = [seg(11, 100, 1200, "appropriate"), seg(12, 1400, 2300, "not_mind_related"),
     seg(13, 3200, 3900, "not_mind_related"), seg(14, 5100, 6200, "non_attuned"), seg(15, 6900, 8100, "appropriate"),
     seg(16, 9100, 9400, "appropriate"), seg(17, 10_000, 11_000, "appropriate"),
     seg(18, 0, 900, "", code="infant_utterance")]


@pytest.fixture
def transcripts(tmp_path):
    """A project with two coders' transcripts (sessions 1 and 2) and two empty transcript sessions (3 and 4)."""
    shutil.copy2(SAMPLES / "demo_clip.mp4", tmp_path / "clip.mp4")
    path = tmp_path / "two coders.vigproj"
    project = create_project(path)
    clip = add_clip(project, tmp_path / "clip.mp4", case_id="CASE-1")
    scheme = builtin("mind_mindedness")
    s1, s2, _, _ = (start_session(project, clip, add_coder(project, who), scheme) for who in ("AA", "BB", "CC", "DD"))
    project.run(edit("two transcripts", [(None, replace(s, session_id=s1.id)) for s in A]
                     + [(None, replace(s, session_id=s2.id)) for s in B]))
    project.close()
    project = open_project(path)
    yield project
    project.close()


def utterance_view(qtbot, project, a, b, seeks):
    view = ReliabilityView(project, a, b, seeks.append)
    qtbot.addWidget(view)
    view.resize(1100, 750)
    view.show()
    view.method.setCurrentIndex(view.method.findData("utterances"))
    return view


def shown_matrix(view):
    m = view.utterances.matrix
    return [[int(m.item(r, c).text()) for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_the_figures_shown_are_those_of_the_utterance_agreement(qtbot, transcripts):
    project = transcripts
    seeks: list[int] = []
    view = utterance_view(qtbot, project, 1, 2, seeks)
    assert view.utterances.isVisible() and not view.table.isVisible() and not view.strips.isVisible()
    expected = utterance_agreement(project.segments(1), project.segments(2), speakers(builtin("mind_mindedness")))
    ag = expected.agreement
    # an independent oracle for kappa: scikit-learn on the six pairs' codes, read off the lists above
    codes_a = ["appropriate", "not_mind_related", "appropriate", "non_attuned", "not_mind_related", "appropriate"]
    codes_b = ["appropriate", "not_mind_related", "not_mind_related", "non_attuned", "appropriate", "appropriate"]
    assert ag.kappa is not None and abs(ag.kappa - cohen_kappa_score(codes_a, codes_b)) < 1e-12
    text = view.summary.text()
    assert f"= <b>{ag.kappa:.3f}</b>" in text and "= <b>0.455</b>" in text
    assert f"on the {len(expected.pairs)} paired utterances" in text and "on the 6 paired" in text
    assert f"({ag.percent:.1f}% agreement)" in text
    assert "Unpaired: 1 only in A, 2 only in B" in text
    assert shown_matrix(view) == [[int(v) for v in row] for row in ag.table]
    m = view.utterances.matrix
    assert [m.verticalHeaderItem(r).text() for r in range(m.rowCount())] == [
        "A: Appropriate", "A: Non-attuned", "A: Not mind-related"]
    lines = view.utterances.lines
    assert lines.rowCount() == len(expected.pairs) + len(expected.unpaired_a) + len(expected.unpaired_b) == 9
    rows = [[lines.item(r, c).text() for c in range(5)] for r in range(lines.rowCount())]
    assert rows[0][:4] == ["0.000 s", "Parent", "Appropriate", "Appropriate"]
    assert ["0.000 s", "Infant", "— (only B)", "uncoded"] in [r[:4] for r in rows]
    assert rows[-1][:4] == ["12.000 s", "Parent", "Appropriate", "— (only A)"]
    lines.cellClicked.emit(lines.rowCount() - 1, 2)  # a click plays the line from a second before
    assert seeks == [11_000]

    # the parent's utterances only, paired only when they share 90% of the shorter one: by hand, utterances
    # 2 and 12 share 800 ms of the shorter 900 ms (89%), so they no longer pair; the other five still do
    view.utterances.speaker.setCurrentIndex(view.utterances.speaker.findData("parent"))
    view.utterances.min_overlap.setValue(90)
    narrower = utterance_agreement(project.segments(1), project.segments(2), speakers(builtin("mind_mindedness")),
                                   ["parent"], 0.9)
    assert view.report["min_overlap"] == 0.9 and view.report["paired"] == len(narrower.pairs) == 5
    assert shown_matrix(view) == [[int(v) for v in row] for row in narrower.agreement.table]
    assert "at least 90% of the shorter" in view.summary.text()
    assert "Unpaired: 2 only in A, 2 only in B" in view.summary.text()


def test_the_view_and_the_agree_command_report_the_same_figures(qtbot, transcripts, tmp_path):
    path = transcripts.path
    done = run_cli("agree", f"{path}::1", f"{path}::2", "--method", "utterances", "-f", "json")
    assert done.status == 0, done.err
    cli = json.loads(done.out)
    view = utterance_view(qtbot, transcripts, 1, 2, [])
    for key in ("paired", "unpaired_a", "unpaired_b", "kappa", "percent", "labels", "table", "pairs", "only_a",
                "only_b"):
        assert view.report[key] == cli[key], key
    out = tmp_path / "report.txt"
    view.write(out)
    assert "kappa on the 6 paired utterances = 0.455" in out.read_text(encoding="utf-8")


def test_sessions_without_utterances_say_so_and_show_no_figures(qtbot, transcripts):
    view = utterance_view(qtbot, transcripts, 3, 4, [])
    assert "Neither session has utterances" in view.summary.text()
    assert view.report == {} and view.utterances.matrix.rowCount() == 0 and view.utterances.lines.rowCount() == 0
    assert view.utterances.matrix.isHidden() and view.utterances.lines.isHidden()  # no empty tables to puzzle over
    # the same when the chosen speaker said nothing in either transcript
    view = utterance_view(qtbot, transcripts, 1, 2, [])
    view.utterances.speaker.setCurrentIndex(view.utterances.speaker.findData("guider"))
    assert "Neither session has utterances" in view.summary.text() and view.utterances.lines.rowCount() == 0
    view.utterances.speaker.setCurrentIndex(0)
    assert view.report["paired"] == 6 and view.utterances.lines.isVisible()


def test_a_scheme_without_transcript_codes_says_so(qtbot, demo_project):
    view = utterance_view(qtbot, demo_project, 1, 2, [])
    assert "has no transcript codes" in view.summary.text() and "demo" in view.summary.text()
    assert view.report == {} and view.utterances.matrix.rowCount() == 0 and view.utterances.lines.isHidden()
    assert view.utterances.speaker.isHidden()  # no speakers to choose from
    view.method.setCurrentIndex(view.method.findData("time"))  # the other methods still compare these sessions
    assert view.report["method"] == "time" and view.table.rowCount() > 0
