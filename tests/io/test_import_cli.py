"""`vig-annotator import`: new or existing projects, all or nothing, one-line errors."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vig_annotator.cli", *args], capture_output=True, text=True)


def test_import_into_a_new_project_and_an_existing_one(demo_copy, tmp_path):
    boris = tmp_path / "s1.boris"
    assert cli("export", str(demo_copy), "-f", "boris", "-o", str(boris), "--session", "1").returncode == 0
    fresh = tmp_path / "fresh.vigproj"
    made = cli("import", str(fresh), str(boris), "--clip", str(tmp_path / "demo_clip.mp4"))
    assert made.returncode == 0, made.stderr
    assert "imported 33 segment(s)" in made.stdout
    into = cli("import", str(demo_copy), str(boris))
    assert into.returncode == 0 and "(demo 1.0)" in into.stdout  # the project's own scheme knows every code


def test_a_bad_import_changes_nothing_and_creates_nothing(demo_copy, tmp_path):
    bad = tmp_path / "bad.eaf"
    bad.write_text("<ANNOTATION_DOCUMENT>")
    before = hashlib.sha256(Path(demo_copy).read_bytes()).hexdigest()
    result = cli("import", str(demo_copy), str(bad))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "not well-formed XML" in result.stderr
    assert hashlib.sha256(Path(demo_copy).read_bytes()).hexdigest() == before
    eaf = tmp_path / "s.eaf"
    cli("export", str(demo_copy), "-f", "eaf", "-o", str(eaf), "--session", "1")
    missing = cli("import", str(tmp_path / "new.vigproj"), str(eaf))
    assert missing.returncode == 2 and "give --clip VIDEO" in missing.stderr
    assert not (tmp_path / "new.vigproj").exists()
    unknown = cli("import", str(tmp_path / "other.vigproj"), str(eaf), "--clip", str(tmp_path / "demo_clip.mp4"),
                  "--scheme", "piios")
    assert unknown.returncode == 2 and "codes not in scheme piios" in unknown.stderr
    assert not (tmp_path / "other.vigproj").exists()


def boris_project_coding_one_behaviour_for_two_subjects(path: Path) -> list[list]:
    """A BORIS project as BORIS writes it: 'vocalise' for mother and infant (overlapping), a point event."""
    import json

    events = [[1.0, "mother", "vocalise", "", "hello"], [2.0, "infant", "vocalise", "", ""],
              [2.5, "mother", "vocalise", "", ""], [3.25, "infant", "smile", "", "first smile"],
              [4.0, "infant", "vocalise", "", ""], [5.0, "", "vocalise", "", "off camera"],
              [6.125, "", "vocalise", "", ""]]
    doc = {"project_name": "dyad", "project_format_version": "7.0",
           "subjects_conf": {"0": {"key": "m", "name": "mother", "description": ""},
                             "1": {"key": "i", "name": "infant", "description": ""}},
           "behaviors_conf": {"0": {"type": "State event", "key": "v", "code": "vocalise",
                                    "description": "Vocalises", "category": "", "modifiers": {}},
                              "1": {"type": "Point event", "key": "s", "code": "smile",
                                    "description": "Smiles", "category": "", "modifiers": {}}},
           "observations": {"dyad 1": {"type": "MEDIA", "file": {"1": ["demo_clip.mp4"]}, "events": events,
                                       "description": "", "time offset": 0.0}}}
    path.write_text(json.dumps(doc))
    return events


def test_boris_behaviour_coded_for_two_subjects_keeps_its_subjects_both_ways(demo_copy, tmp_path):
    import json

    source = tmp_path / "dyad.boris"
    events = boris_project_coding_one_behaviour_for_two_subjects(source)
    fresh = tmp_path / "fresh.vigproj"
    made = cli("import", str(fresh), str(source), "--clip", str(tmp_path / "demo_clip.mp4"), "--coder", "MB")
    assert made.returncode == 0, made.stderr
    assert "imported 4 segment(s)" in made.stdout
    out = tmp_path / "back.boris"
    assert cli("export", str(fresh), "-f", "boris", "-o", str(out)).returncode == 0
    doc = json.loads(out.read_text())
    (observation,) = doc["observations"].values()
    as_rows = lambda rows: sorted((round(r[0], 3), r[1], r[2], r[3], r[4]) for r in rows)  # noqa: E731
    assert as_rows(observation["events"]) == as_rows(events)
    assert sorted(b["code"] for b in doc["behaviors_conf"].values()) == ["smile", "vocalise"]


def test_a_subject_is_never_merged_into_a_code_of_another_subject(demo_copy, tmp_path):
    source = tmp_path / "dyad.boris"
    boris_project_coding_one_behaviour_for_two_subjects(source)
    before = hashlib.sha256(Path(demo_copy).read_bytes()).hexdigest()
    # the demo scheme has no 'vocalise' code for mother or infant: nothing may land on a look-alike
    refused = cli("import", str(demo_copy), str(source), "--scheme", "demo")
    assert refused.returncode == 2
    assert "vocalise (infant)" in refused.stderr and "vocalise (mother)" in refused.stderr
    assert hashlib.sha256(Path(demo_copy).read_bytes()).hexdigest() == before


def test_overlapping_rows_of_one_code_merge_into_one_segment_with_a_warning(demo_copy, tmp_path):
    """Eye contact 1–6 s and 4–9 s is 8 s of eye contact, not 10 (the summary counted the overlap twice)."""
    import csv

    table = tmp_path / "rows.csv"
    with table.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["code", "start_s", "end_s"])
        writer.writerows([["eye_contact", "1.000", "6.000"], ["eye_contact", "4.000", "9.000"],
                          ["touch", "4.000", "5.000"]])
    mapping = tmp_path / "map.json"
    mapping.write_text('{"code": "code", "start": "start_s", "end": "end_s"}', encoding="utf-8")
    result = cli("import", str(demo_copy), str(table), "--scheme", "demo", "--mapping", str(mapping))
    assert result.returncode == 0, result.stderr
    assert "1 overlapping row(s) of one code were merged" in result.stderr
    from vig_annotator.store.opening import open_project

    project = open_project(demo_copy, read_only=True)
    try:
        session = project.sessions[-1]
        found = [(s.code_id, s.start_ms, s.end_ms) for s in project.segments(session.id)]
    finally:
        project.close()
    assert sorted(found) == [("eye_contact", 1000, 9000), ("touch", 4000, 5000)]


def test_rows_past_the_clips_end_are_refused_naming_the_row(demo_copy, tmp_path):
    table = tmp_path / "late.csv"
    table.write_text("code,start_s,end_s\neye_contact,1.0,2.0\neye_contact,300.0,320.0\n", encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text('{"code": "code", "start": "start_s", "end": "end_s"}', encoding="utf-8")
    before = hashlib.sha256(Path(demo_copy).read_bytes()).hexdigest()
    result = cli("import", str(demo_copy), str(table), "--scheme", "demo", "--mapping", str(mapping))
    assert result.returncode == 2 and "past the end of clip" in result.stderr and "row 3" in result.stderr
    assert hashlib.sha256(Path(demo_copy).read_bytes()).hexdigest() == before


def test_a_boris_file_with_an_ethogram_and_no_observations_comes_in_as_a_scheme(tmp_path):
    import json

    doc = {"project_name": "ethogram only", "project_format_version": "7.0",
           "subjects_conf": {"0": {"key": "m", "name": "mother", "description": ""}},
           "behaviors_conf": {"0": {"type": "State event", "key": "v", "code": "Vocalise", "description": "",
                                    "category": "", "modifiers": {}},
                              "1": {"type": "Point event", "key": "s", "code": "tail up", "description": "",
                                    "category": "", "modifiers": {}}},
           "observations": {}}
    ethogram = tmp_path / "ethogram.boris"
    ethogram.write_text(json.dumps(doc), encoding="utf-8")
    fresh = tmp_path / "fresh.vigproj"
    made = cli("import", str(fresh), str(ethogram))
    assert made.returncode == 0, made.stderr
    assert "as scheme" in made.stdout and "2 codes" in made.stdout
    from vig_annotator.store.opening import open_project

    project = open_project(fresh, read_only=True)
    try:
        (scheme,) = project.schemes
        assert {(c.id, c.label, c.kind.value) for c in scheme.codes} == {
            ("vocalise", "Vocalise", "state"), ("tail_up", "tail up", "point")}
    finally:
        project.close()


def test_a_clip_added_by_import_gets_a_pseudonym_never_the_videos_file_name(demo_copy, tmp_path):
    # issue 25: `import --clip "Home visit Jansen family.mp4"` made the file name the case ID, carried by exports
    import re
    import shutil

    video = tmp_path / "Home visit Jansen family.mp4"
    shutil.copy2(tmp_path / "demo_clip.mp4", video)
    boris = tmp_path / "s1.boris"
    assert cli("export", str(demo_copy), "-f", "boris", "-o", str(boris), "--session", "1").returncode == 0
    fresh = tmp_path / "fresh.vigproj"
    made = cli("import", str(fresh), str(boris), "--clip", str(video))
    assert made.returncode == 0, made.stderr
    case_id = re.search(r"has case ID (\S+)", made.stdout).group(1)  # said once, for the record
    assert re.fullmatch(r"C-[A-Z2-9]{5}", case_id)
    info = cli("info", str(fresh), "--json").stdout
    assert f'"case_id": "{case_id}"' in info and "Jansen" not in info.split('"path"')[0]
    out = tmp_path / "o.csv"
    assert cli("export", str(fresh), "-f", "csv", "-o", str(out)).returncode == 0
    assert "Jansen" not in out.read_text() and case_id in out.read_text()
