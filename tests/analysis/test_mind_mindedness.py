"""Mind-mindedness figures per session: the built-in scheme, rates per minute by hand, the CLI verb."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from inprocess import run_cli

from vig_annotator.analysis.transcript import mind_mindedness
from vig_annotator.core.commands import edit
from vig_annotator.core.model import Segment
from vig_annotator.core.transcript import MIND_MINDEDNESS, MIND_VALUES, Utterance, speakers
from vig_annotator.projects import add_clip, add_coder, start_session
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project

SAMPLES = Path(__file__).resolve().parents[2] / "sample_clips"


def test_the_builtin_scheme_has_a_transcript_code_per_speaker_with_the_three_codes():
    scheme = builtin("mind_mindedness")
    assert sorted(speakers(scheme).values()) == ["guider", "infant", "parent"]
    for code in scheme.codes:
        mind = {m.name: m for m in code.modifiers}[MIND_MINDEDNESS]
        assert mind.options == MIND_VALUES and not mind.multiple
    assert "Meins" in scheme.description


def test_counts_proportions_and_rates_per_minute_by_hand():
    found = [Utterance(0, 1, "parent", "", 1, "appropriate"), Utterance(2, 3, "parent", "", 2, "appropriate"),
             Utterance(4, 5, "parent", "", 3, "non_attuned"), Utterance(6, 7, "parent", "", 4, ""),
             Utterance(8, 9, "parent", "", 5, "not_mind_related"), Utterance(8, 9, "guider", "", 6, "appropriate")]
    result = mind_mindedness(found, duration_ms=4 * 60_000)  # 4 minutes, 5 parent utterances
    assert result["counts"] == {"appropriate": 2, "non_attuned": 1, "not_mind_related": 1}
    assert result["uncoded"] == 1
    assert result["proportions"] == {"appropriate": 0.4, "non_attuned": 0.2, "not_mind_related": 0.2}
    assert result["per_min"] == {"appropriate": 0.5, "non_attuned": 0.25, "not_mind_related": 0.25}
    assert mind_mindedness(found, 0)["per_min"]["appropriate"] is None


def test_analyse_mind_mindedness_cli(tmp_path):
    shutil.copy2(SAMPLES / "demo_clip.mp4", tmp_path / "clip.mp4")
    project = create_project(tmp_path / "p.vigproj")
    clip = add_clip(project, tmp_path / "clip.mp4")  # 40 s
    session = start_session(project, clip, add_coder(project, "AA"), builtin("mind_mindedness"))
    said = [("appropriate", 1000), ("appropriate", 5000), ("non_attuned", 9000), ("", 13_000)]
    project.run(edit("t", [(None, Segment(n, session.id, "parent_utterance", t, t + 1000,
                                          modifiers=((MIND_MINDEDNESS, (m,)),) if m else (), note="x"))
                           for n, (m, t) in enumerate(said, start=1)]))
    project.close()
    done = run_cli("analyse", "mind-mindedness", tmp_path / "p.vigproj", "-f", "json")
    assert done.status == 0, done.err
    row = json.loads(done.out)["sessions"][0]
    assert row["utterances"] == 4 and row["counts"]["appropriate"] == 2
    assert row["per_min"]["appropriate"] == 3.0  # 2 in 40 s
    text = run_cli("analyse", "mind-mindedness", f"{tmp_path / 'p.vigproj'}::1")
    assert "appropriate 2 (50.0%, 3.00/min)" in text.out
    bad = run_cli("analyse", "mind-mindedness", f"{tmp_path / 'p.vigproj'}::x")
    assert bad.status == 2 and "must be a number" in bad.err


def test_vocalisations_are_offered_as_utterances_of_the_right_speaker_never_over_existing_ones():
    from vig_annotator.analysis.transcript import voice_utterances
    from vig_annotator.analysis.voices import Vocalisation

    found = [Vocalisation(1000, 2000, "adult", 190.0, 0.9), Vocalisation(2500, 3000, "infant", 480.0, 0.8),
             Vocalisation(4000, 5000, "adult", 200.0, 0.7)]
    existing = [Segment(1, 1, "parent_utterance", 4500, 6000, note="already typed")]
    offered = voice_utterances(found, builtin("mind_mindedness"), existing, 40_000, source="voices@300Hz")
    assert [(s.start_ms, s.code_id) for s in offered] == [(1000, "parent_utterance"), (2500, "infant_utterance")]
    assert offered[0].modifiers() == (("suggested_by", ("voices@300Hz",)),)
