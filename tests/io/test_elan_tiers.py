"""ELAN files as researchers have them (pympi's samples 2.7, 2.8, 3.0): tiers chosen, vocabularies, transcripts.

The oracle for what a file holds is pympi's own reader; exports are read back with pympi and validated
against ELAN's XSD.
"""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pympi
import pytest
from inprocess import digest, run_cli
from lxml import etree

from vig_annotator.store.opening import open_project

DATA = Path(__file__).resolve().parent / "data"
SAMPLES = Path(__file__).resolve().parents[2] / "sample_clips"
SCHEMA = DATA / "EAFv3.0.xsd"
VERSIONS = ("2.7", "2.8", "3.0")


@pytest.fixture(scope="module")
def long_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 20-minute clip (1 frame per second, tiny) as long as the samples' 1,199 s of annotations."""
    from clipmaker import make_clip

    return make_clip(tmp_path_factory.mktemp("clip") / "long.mp4", frames=1210, fps=1, width=64, height=48, gop=60)


def sample(tmp_path: Path, version: str) -> Path:
    out = tmp_path / f"sample_{version}.eaf"
    out.write_bytes(gzip.decompress((DATA / f"pympi_sample_{version}.eaf.gz").read_bytes()))
    return out


def pympi_tier(path: Path, tier: str) -> list[tuple[int, int, str]]:
    eaf = pympi.Elan.Eaf(str(path))
    return sorted((a[0], a[1], a[2]) for a in eaf.get_annotation_data_for_tier(tier))


def segments(project_path: Path, session: int = 1) -> list[tuple[str, int, int]]:
    project = open_project(project_path, read_only=True)
    try:
        return sorted((s.code_id, s.start_ms, s.end_ms) for s in project.segments(session))
    finally:
        project.close()


@pytest.mark.parametrize("version", VERSIONS)
def test_by_default_only_tiers_that_can_be_codes_come_in_and_the_rest_are_named(tmp_path, long_clip, version):
    """Issue 29: 410 codes (one per sentence) became 4; the free-text tier is named with the way to bring it in."""
    done = run_cli("import", tmp_path / "p.vigproj", sample(tmp_path, version), "--clip", long_clip, "--add-codes")
    assert done.status == 0, done.err
    assert "imported 1197 segment(s)" in done.out
    assert "tier 'text' left out: free text (399 different values" in done.err
    assert "transcript import --tier 'text'" in done.err
    for dependent in ("words-timesub", "words-symsub", "gest_included", "words-pos"):
        assert f"tier '{dependent}' left out" in done.err
    project = open_project(tmp_path / "p.vigproj", read_only=True)
    try:
        scheme = project.scheme_of(project.session(1))
        added = [c for c in scheme.codes if c.group == "gestures"]
        # the vocabulary's values become the codes, its descriptions theirs
        assert sorted((c.label, c.description) for c in added) == [
            ("hold", "hold"), ("prep", "preparation"), ("retr", "retraction"), ("stroke", "stroke")]
        from vig_annotator.schemes import builtin

        assert len(scheme.codes) == len(builtin("demo").codes) + 4  # not 410: no code per sentence
    finally:
        project.close()
    by_label = {c.id: c.label for c in added}
    got = sorted((s, e, by_label[code]) for code, s, e in segments(tmp_path / "p.vigproj"))
    assert got == pympi_tier(sample(tmp_path, version), "gestures")


def test_a_named_tier_comes_in_even_when_it_depends_on_another(tmp_path, long_clip):
    path = sample(tmp_path, "3.0")
    done = run_cli("import", tmp_path / "p.vigproj", path, "--clip", long_clip, "--add-codes",
                   "--tier", "gest_included")
    assert done.status == 0, done.err
    assert "imported 1197 segment(s)" in done.out
    found = sorted((s, e) for _, s, e in segments(tmp_path / "p.vigproj"))
    assert found == sorted((s, e) for s, e, _ in pympi_tier(path, "gest_included"))


@pytest.mark.parametrize("version", VERSIONS)
def test_words_of_a_time_subdivision_share_their_sentence_evenly(tmp_path, version):
    """Unaligned slots: the 3 s sentence 'The quick brown fox 003' (8–11 s) is five words of 600 ms each
    (3000 / 5, by hand); placing them by the time order alone made them 0 ms long at 8 s."""
    from vig_annotator.io.tier_choice import read_tier_file

    found = read_tier_file(sample(tmp_path, version))
    words = found.tier("words-timesub").annotations
    assert [(w.start_ms, w.end_ms, w.value) for w in words[10:15]] == [
        (8000, 8600, "The"), (8600, 9200, "quick"), (9200, 9800, "brown"), (9800, 10400, "fox"), (10400, 11000, "003")]
    sentences = {(a.start_ms, a.end_ms) for a in found.tier("text").annotations}
    assert all(w.end_ms > w.start_ms for w in words)
    by_sentence: dict[tuple[int, int], int] = {}
    for w in words:
        span = next((s, e) for s, e in sentences if s <= w.start_ms < e)
        assert w.end_ms <= span[1]
        by_sentence[span] = by_sentence.get(span, 0) + w.end_ms - w.start_ms
    assert by_sentence == {span: span[1] - span[0] for span in sentences}  # the words fill each sentence


def test_the_tiers_annotator_is_the_coder(tmp_path, long_clip):
    path = sample(tmp_path, "3.0")
    text = path.read_text(encoding="utf-8").replace('TIER_ID="gestures"',
                                                    'TIER_ID="gestures" ANNOTATOR="MB"')
    path.write_text(text, encoding="utf-8")
    project = tmp_path / "p.vigproj"
    assert run_cli("import", project, path, "--clip", long_clip, "--add-codes").status == 0
    opened = open_project(project, read_only=True)
    try:
        session = opened.session(1)
        assert opened.coder(session.coder_id).initials == "MB"
    finally:
        opened.close()


def test_a_free_text_tier_named_for_codes_comes_in_with_a_caution(tmp_path, long_clip):
    done = run_cli("import", tmp_path / "p.vigproj", sample(tmp_path, "3.0"), "--clip", long_clip, "--add-codes",
                   "--tier", "text")
    assert done.status == 0 and "imported 399 segment(s)" in done.out
    assert "tier 'text' looks like free text (399 different values): each value becomes a code" in done.err


@pytest.mark.parametrize(("tier", "message"), [
    ("nonesuch", "no tier 'nonesuch' (the file's tiers: text, words-timesub"),
    ("words-pos", "tier 'words-pos' is symbolic (Symbolic_Association): it has no times of its own"),
])
def test_a_tier_that_cannot_come_in_is_refused_in_one_line(tmp_path, long_clip, tier, message):
    project = tmp_path / "p.vigproj"
    assert run_cli("new", project, "--clip", long_clip).status == 0
    before = digest(project)
    done = run_cli("import", project, sample(tmp_path, "3.0"), "--tier", tier)
    assert done.status == 2 and done.err.count("\n") == 1 and message in done.err, done.err
    assert str(tmp_path / "sample_3.0.eaf") in done.err
    assert digest(project) == before


@pytest.mark.parametrize("version", VERSIONS)
def test_the_samples_round_trip_through_export_and_pympi(tmp_path, long_clip, version):
    """Import, export EAF, read back with pympi: the same times and values, a valid EAF 3.0 with the vocabulary."""
    path = sample(tmp_path, version)
    project = tmp_path / "p.vigproj"
    assert run_cli("import", project, path, "--clip", long_clip, "--add-codes", "--tier", "gestures").status == 0
    out = tmp_path / "back.eaf"
    done = run_cli("export", project, "-f", "eaf", "-o", out)
    assert done.status == 0, done.err
    etree.XMLSchema(etree.parse(str(SCHEMA))).assertValid(etree.parse(str(out)))
    back = pympi.Elan.Eaf(str(out))
    values = sorted(a for tier in ("prep", "hold", "stroke", "retr") for a in
                    ((s, e, v) for s, e, v in back.get_annotation_data_for_tier(tier)))
    assert values == pympi_tier(path, "gestures")
    vocabulary = next(iter(back.controlled_vocabularies.values()))
    descriptions = {value: said for values, _ in vocabulary[1].values() for value, _, said in values}
    assert descriptions["prep"].endswith("; preparation") and descriptions["retr"].endswith("; retraction")
    # and the scheme comes back whole from the exported file: the same codes, nothing added
    again = tmp_path / "again.vigproj"
    assert run_cli("import", again, out, "--clip", long_clip, "--add-codes").status == 0
    assert segments(again) == segments(project)


@pytest.mark.parametrize("version", VERSIONS)
def test_a_tier_goes_back_to_elan_as_the_same_tier(tmp_path, long_clip, version):
    """export -f eaf-groups: the gestures tier comes back as one tier with the same times, values and vocabulary."""
    path = sample(tmp_path, version)
    project = tmp_path / "p.vigproj"
    assert run_cli("import", project, path, "--clip", long_clip, "--add-codes").status == 0
    out = tmp_path / "back.eaf"
    done = run_cli("export", project, "-f", "eaf-groups", "-o", out)
    assert done.status == 0, done.err
    etree.XMLSchema(etree.parse(str(SCHEMA))).assertValid(etree.parse(str(out)))
    back = pympi.Elan.Eaf(str(out))
    assert "gestures" in back.get_tier_names()
    assert pympi_tier(out, "gestures") == pympi_tier(path, "gestures")
    vocabulary = back.get_parameters_for_linguistic_type(back.tiers["gestures"][2]["LINGUISTIC_TYPE_REF"])
    entries = back.controlled_vocabularies[vocabulary["CONTROLLED_VOCABULARY_REF"]][1]
    values = {value for values, _ in entries.values() for value, _, _ in values}
    assert {"prep", "hold", "stroke", "retr"} <= values


@pytest.mark.parametrize("version", VERSIONS)
def test_the_free_text_tier_is_a_transcript(tmp_path, long_clip, version):
    """Issue 29: transcript import refused the whole file because the gestures tier is not a speaker."""
    project = tmp_path / "t.vigproj"
    assert run_cli("new", project, "--scheme", "mind_mindedness", "--clip", long_clip, "--coder", "AA").status == 0
    path = sample(tmp_path, version)
    done = run_cli("transcript", "import", project, path, "--session", 1, "--speaker", "text=parent")
    assert done.status == 0, done.err
    assert "imported 399 utterance(s)" in done.out
    assert "tier 'gestures' left out: codes under a controlled vocabulary" in done.err
    assert "tier 'words-pos' left out" in done.err
    opened = open_project(project, read_only=True)
    try:
        said = sorted((s.start_ms, s.end_ms, s.note) for s in opened.segments(1))
    finally:
        opened.close()
    assert said == pympi_tier(path, "text")


def test_a_transcript_tier_chosen_by_name_and_its_participant_as_speaker(tmp_path, long_clip):
    path = sample(tmp_path, "3.0")
    eaf = path.read_text(encoding="utf-8").replace('TIER_ID="text"', 'TIER_ID="text" PARTICIPANT="Parent"', 1)
    path.write_text(eaf, encoding="utf-8")
    project = tmp_path / "t.vigproj"
    assert run_cli("new", project, "--scheme", "mind_mindedness", "--clip", long_clip, "--coder", "AA").status == 0
    done = run_cli("transcript", "import", project, path, "--session", 1, "--tier", "text")
    assert done.status == 0, done.err
    assert "imported 399 utterance(s)" in done.out and "left out" not in done.err


EMPTY = ('<?xml version="1.0" encoding="UTF-8"?>\n<ANNOTATION_DOCUMENT VERSION="{version}" FORMAT="{version}">\n'
         '<HEADER TIME_UNITS="milliseconds"/>\n<TIME_ORDER>\n<TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="{t1}"/>\n'
         '<TIME_SLOT TIME_SLOT_ID="ts2" TIME_VALUE="2000"/>\n</TIME_ORDER>\n{tiers}</ANNOTATION_DOCUMENT>\n')
TIER = ('<TIER TIER_ID="gaze" LINGUISTIC_TYPE_REF="t"><ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" '
        'TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts2"><ANNOTATION_VALUE>look</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION>'
        '</ANNOTATION></TIER>\n')


@pytest.mark.parametrize(("values", "message"), [
    ({"version": "3.0", "t1": "1000", "tiers": ""}, "line 2: the document has no <TIER>; there is nothing to import"),
    ({"version": "3.0", "t1": "1000", "tiers": '<TIER TIER_ID="gaze"/>\n'},
     "the tier(s) 'gaze' hold no annotations; there is nothing to import"),
    ({"version": "1.0", "t1": "1000", "tiers": TIER}, "line 2: <ANNOTATION_DOCUMENT> has VERSION '1.0'; EAF versions "
                                                      "2.7, 2.8, 3.0 are read"),
    ({"version": "99.7", "t1": "1000", "tiers": TIER}, "line 2: <ANNOTATION_DOCUMENT> has VERSION '99.7'"),
    ({"version": "3.0", "t1": "²", "tiers": TIER}, "line 5: <TIME_SLOT> 'ts1': TIME_VALUE '²' is not a number"),
])
def test_issue_24_eaf_defects_end_in_one_line_naming_the_element(demo_copy, tmp_path, values, message):
    """Issue 24: no tiers made an empty session silently; 1.0/99.7 were read as current; '²' named no place."""
    path = tmp_path / "bad.eaf"
    path.write_text(EMPTY.format(**values), encoding="utf-8")
    before = digest(demo_copy)
    done = run_cli("import", demo_copy, path)
    assert done.status == 2 and done.err.count("\n") == 1, done.err
    assert f"{path}: {message}" in done.err
    assert digest(demo_copy) == before


def test_a_vocabulary_describes_codes_in_the_tiers_language(tmp_path, long_clip):
    """LANG_REF: a Dutch gestures tier takes the Dutch descriptions of the vocabulary's entries."""
    path = sample(tmp_path, "3.0")
    text = path.read_text(encoding="utf-8").replace('LINGUISTIC_TYPE_REF="gesture" TIER_ID="gestures"',
                                                    'LANG_REF="nld" LINGUISTIC_TYPE_REF="gesture" TIER_ID="gestures"')
    path.write_text(text, encoding="utf-8")
    project = tmp_path / "p.vigproj"
    assert run_cli("import", project, path, "--clip", long_clip, "--add-codes").status == 0
    opened = open_project(project, read_only=True)
    try:
        said = {c.label: c.description for c in opened.scheme_of(opened.session(1)).codes if c.group == "gestures"}
    finally:
        opened.close()
    assert said == {"prep": "voorbereiding", "hold": "vasthouden", "stroke": "stroke", "retr": "terugtrekking"}


def test_a_reader_stops_at_the_annotations_a_file_may_have(tmp_path, long_clip, monkeypatch):
    from vig_annotator.io import checks

    monkeypatch.setattr(checks, "MAX_RECORDS", 1000)
    project = tmp_path / "p.vigproj"
    assert run_cli("new", project, "--clip", long_clip).status == 0
    before = digest(project)
    done = run_cli("import", project, sample(tmp_path, "3.0"))
    assert done.status == 2 and "sample_3.0.eaf: line " in done.err
    assert "more than 1,000 annotations" in done.err and done.err.count("\n") == 1, done.err
    assert digest(project) == before


def test_a_group_whose_codes_overlap_goes_to_elan_as_a_tier_per_code(tmp_path):
    """The demo's Voice group has parent and infant vocalising at once: no ELAN tier gets overlapping annotations."""
    from dataclasses import replace

    from vig_annotator.core.commands import edit
    from vig_annotator.io.export import export

    shutil.copy2(SAMPLES / "demo.vigproj", tmp_path / "demo.vigproj")
    shutil.copy2(SAMPLES / "demo_clip.mp4", tmp_path / "demo_clip.mp4")
    project = open_project(tmp_path / "demo.vigproj")
    try:
        said = next(s for s in project.segments(1) if s.code_id == "infant_vocalisation")
        assert not any(s.code_id == "parent_vocalisation" and s.start_ms < said.end_ms and said.start_ms < s.end_ms
                       for s in project.segments(1))
        project.run(edit("Parent talks over", [(None, replace(said, id=project.next_id("segment"),
                                                               code_id="parent_vocalisation"))]))
        export(project, "eaf-groups", tmp_path / "g.eaf", [1])
        expected = sorted((s.start_ms, max(s.end_ms, s.start_ms + 1)) for s in project.segments(1))
        groups = {c.group for c in project.scheme_of(project.session(1)).codes}
    finally:
        project.close()
    etree.XMLSchema(etree.parse(str(SCHEMA))).assertValid(etree.parse(str(tmp_path / "g.eaf")))
    back = pympi.Elan.Eaf(str(tmp_path / "g.eaf"))
    found = []
    for tier in back.get_tier_names():
        spans = sorted((a[0], a[1]) for a in back.get_annotation_data_for_tier(tier))
        assert all(b[0] >= a[1] for a, b in zip(spans, spans[1:], strict=False)), tier
        if not tier.endswith((" - note", " - modifiers")):
            found += spans
    assert sorted(found) == expected
    assert "Voice" in groups and "Voice" not in back.get_tier_names()  # split: its codes overlap
    assert "Gaze" in back.get_tier_names()
