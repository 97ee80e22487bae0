"""One import path: a file imported with ``vig-annotator import`` and with File ▸ Import lands the same.

Each case imports one file into two copies of the demo project — one through the command line (in this
process), one through the real import dialog (offscreen) — and compares the project's rows and the line
the import left in the project's log.
"""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
import sys
from pathlib import Path

from conftest import SAMPLES
from inprocess import run_cli

from vig_annotator.io import boris
from vig_annotator.io.export import export
from vig_annotator.qt.import_dialog import ImportDialog
from vig_annotator.store.opening import open_project

TABLES = ("schemes", "clips", "coders", "sessions", "segments")


def demo_at(folder: Path) -> Path:
    folder.mkdir()
    shutil.copy2(SAMPLES / "demo_clip.mp4", folder / "demo_clip.mp4")
    shutil.copy2(SAMPLES / "demo.vigproj", folder / "demo.vigproj")
    return folder / "demo.vigproj"


def rows(project: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row that an import may add, and the export log without its time stamp."""
    conn = sqlite3.connect(project)
    try:
        found = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}
        found["export_log"] = conn.execute("SELECT id, who, what, target, override FROM export_log ORDER BY id"
                                           ).fetchall()
    finally:
        conn.close()
    return found


def through_the_app(qtbot, project_path: Path, source: Path, choose=None) -> ImportDialog:  # type: ignore[no-untyped-def]
    project = open_project(project_path)
    try:
        dialog = ImportDialog(project, source)
        qtbot.addWidget(dialog)
        if choose is not None:
            choose(dialog)
        dialog.do_import()
        assert dialog.plan is not None, dialog.message.text()
        return dialog
    finally:
        project.close()


def both_ways(qtbot, tmp_path: Path, source: Path, cli_options=(), choose=None):  # type: ignore[no-untyped-def]
    """The rows after the command line's import and after the app's; the command line's output."""
    by_cli, by_app = demo_at(tmp_path / "cli"), demo_at(tmp_path / "app")
    before = rows(by_cli)
    done = run_cli("import", by_cli, source, *cli_options)
    assert done.status == 0, done.err
    through_the_app(qtbot, by_app, source, choose)
    after = rows(by_cli)
    assert after != before
    return after, rows(by_app), before


def demo_export(tmp_path: Path, fmt: str) -> Path:
    """Session 1 of the demo, exported from a copy (an export is logged in the project it is made from)."""
    copy = tmp_path / f"exported-from.{fmt}.vigproj"
    shutil.copy2(SAMPLES / "demo.vigproj", copy)
    demo = open_project(copy, read_only=True)
    try:
        out = tmp_path / f"session1.{fmt}"
        export(demo, fmt, out, [1])
    finally:
        demo.close()
    return out


def test_each_format_lands_the_same_rows_and_the_same_log_line_both_ways(qtbot, tmp_path):
    for fmt in ("eaf", "boris", "csv", "xlsx"):
        here = tmp_path / fmt
        here.mkdir()
        source = demo_export(here, fmt)
        by_cli, by_app, before = both_ways(qtbot, here, source)
        assert by_cli == by_app, fmt
        (logged,) = [r for r in by_app["export_log"] if r not in before["export_log"]]
        (session,) = [s for s in by_app["sessions"] if s not in before["sessions"]]
        assert logged[2:4] == (f"import of {source.name} as session {session[0]}", str(source.absolute())), fmt
        assert len(by_app["segments"]) > len(before["segments"]), fmt


def boris_doc() -> dict:
    """Two observations; "look" is in no scheme of the demo project, so the file's ethogram is the scheme."""
    return {
        "project_name": "looking", "project_format_version": "7.0",
        "subjects_conf": {"0": {"key": "i", "name": "infant", "description": ""}},
        "behaviors_conf": {
            "0": {"type": "State event", "key": "l", "code": "look", "description": "", "category": "",
                  "modifiers": {"0": {"name": "distance", "type": 0, "values": ["near", "far"]}}},
            "1": {"type": "Point event", "key": "s", "code": "blink", "description": "", "category": "",
                  "modifiers": ""}},
        "observations": {
            "first visit": {"file": {"1": ["demo_clip.mp4"]}, "type": "MEDIA", "description": "coder RB; ",
                            "time offset": 0.0, "events": [[1.0, "", "look", "near", ""],
                                                           [2.5, "", "look", "near", ""]]},
            "second visit": {"file": {"1": ["demo_clip.mp4"]}, "type": "MEDIA", "description": "coder KL; ",
                             "time offset": 0.0, "events": [[3.0, "", "look", "far", ""],
                                                            [6.0, "", "look", "far", ""],
                                                            [7.0, "infant", "blink", "", "once"]]}}}


def test_a_chosen_boris_observation_with_its_ethogram_as_scheme_lands_the_same_both_ways(qtbot, tmp_path):
    source = tmp_path / "looking.boris"
    source.write_text(json.dumps(boris_doc()), encoding="utf-8")

    def second_visit(dialog: ImportDialog) -> None:
        assert dialog.observation is not None
        assert [dialog.observation.itemText(i) for i in range(dialog.observation.count())] == [
            "first visit", "second visit"]
        assert sorted(dialog.choices) == ["look"]  # the first observation, to begin with
        assert dialog.current_scheme().id == "looking"  # the file's ethogram: no project scheme knows "look"
        dialog.observation.setCurrentIndex(1)
        assert sorted(dialog.choices) == ["blink (infant)", "look"] and dialog.coder.text() == "KL"

    by_cli, by_app, before = both_ways(qtbot, tmp_path, source, ("--observation", "second visit"), second_visit)
    assert by_cli == by_app
    (session,) = [s for s in by_app["sessions"] if s not in before["sessions"]]
    assert session[3:5] == ("looking", "boris-7.0")
    new = [s for s in by_app["segments"] if s not in before["segments"]]
    assert sorted((code, start, end) for _id, _s, code, start, end, *_ in new) == [
        ("blink", 7000, 7000), ("look", 3000, 6000)]


def test_an_ethogram_alone_comes_in_as_a_scheme_both_ways_and_is_logged(qtbot, tmp_path):
    doc = boris_doc()
    doc["observations"] = {}
    source = tmp_path / "ethogram.boris"
    source.write_text(json.dumps(doc), encoding="utf-8")
    by_cli, by_app, before = both_ways(qtbot, tmp_path, source)
    assert by_cli == by_app
    assert [s[:2] for s in by_app["schemes"] if s not in before["schemes"]] == [("looking", "boris-7.0")]
    assert by_app["sessions"] == before["sessions"]
    assert by_app["export_log"][-1][2] == "import of the ethogram of ethogram.boris as scheme looking boris-7.0"


def test_a_table_with_decimal_commas_is_refused_until_the_mark_is_chosen_then_lands_the_same(qtbot, tmp_path):
    plain = demo_export(tmp_path, "csv")
    with plain.open(newline="", encoding="utf-8") as f:
        table = list(csv.DictReader(f))
    source = tmp_path / "commas.csv"
    with source.open("w", newline="", encoding="utf-8") as f:  # ","-separated: "5,04" is quoted
        writer = csv.DictWriter(f, fieldnames=list(table[0]))
        writer.writeheader()
        for row in table:
            writer.writerow({**row, "start_s": row["start_s"].replace(".", ","),
                             "end_s": row["end_s"].replace(".", ",")})
    assert run_cli("import", demo_at(tmp_path / "refused"), source).status == 2  # ambiguous without a choice

    def decimal_comma(dialog: ImportDialog) -> None:
        assert dialog.decimal is not None and dialog.choices == {}
        assert "comma" in dialog.message.text()  # why nothing can come in yet
        dialog.decimal.setCurrentIndex(dialog.decimal.findData("comma"))
        assert dialog.source.problem is None and len(dialog.imported.records) == len(table)

    by_cli, by_app, before = both_ways(qtbot, tmp_path, source, ("--decimal", "comma"), decimal_comma)
    assert by_cli == by_app
    new = [s for s in by_app["segments"] if s not in before["segments"]]
    assert (5040 in {s[4] for s in new}) and len(new) == len(table)


def test_a_boris_file_is_parsed_once_on_either_path(qtbot, tmp_path, monkeypatch):
    source = tmp_path / "looking.boris"
    source.write_text(json.dumps(boris_doc()), encoding="utf-8")
    parsed: list[Path] = []
    real = boris.load_boris

    def counting(path):  # type: ignore[no-untyped-def]
        parsed.append(Path(path))
        return real(path)

    monkeypatch.setattr(boris, "load_boris", counting)
    project = demo_at(tmp_path / "p")
    done = run_cli("import", project, source, "--observation", "first visit")
    assert done.status == 0, done.err
    assert parsed == [source]

    def look_at_both(dialog: ImportDialog) -> None:
        assert dialog.observation is not None
        dialog.observation.setCurrentIndex(1)
        dialog.observation.setCurrentIndex(0)

    parsed.clear()
    through_the_app(qtbot, project, source, look_at_both)
    assert parsed == [source]


def test_an_observation_without_events_is_said_by_its_chooser_and_nothing_comes_in(qtbot, tmp_path):
    doc = boris_doc()
    doc["observations"] = {"empty visit": {**doc["observations"]["first visit"], "events": []},
                           **doc["observations"]}
    source = tmp_path / "visits.boris"
    source.write_text(json.dumps(doc), encoding="utf-8")
    path = demo_at(tmp_path / "p")
    before = rows(path)
    project = open_project(path)
    try:
        dialog = ImportDialog(project, source)
        qtbot.addWidget(dialog)
        assert dialog.observation is not None and dialog.observation.currentText() == "empty visit"
        assert "has no events" in dialog.message.text() and dialog.choices == {}
        dialog.do_import()
        assert dialog.plan is None and "has no events" in dialog.message.text()
        dialog.observation.setCurrentIndex(dialog.observation.findData("first visit"))
        assert sorted(dialog.choices) == ["look"] and "1 event(s)" in dialog.message.text()  # a start and a stop
    finally:
        project.close()
    assert rows(path) == before


def test_a_file_of_no_known_kind_says_which_kinds_can_come_in(qtbot, demo_project, tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("eye contact 1-2 s\n", encoding="utf-8")
    dialog = ImportDialog(demo_project, source)
    qtbot.addWidget(dialog)
    assert "notes.txt: choose an .eaf, .TextGrid, .boris, .csv or .xlsx file" in dialog.message.text()


def test_a_workbook_over_the_reading_limits_is_refused_in_the_app_as_on_the_command_line(qtbot, demo_project,
                                                                                          tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))
    from test_bomb_workbooks import cell, header, workbook

    book = workbook(tmp_path / "bomb.xlsx", header() + '<row r="1048576">' + cell("XFD1048576", "x") + "</row>")
    sessions = [s.id for s in demo_project.sessions]
    dialog = ImportDialog(demo_project, book)
    qtbot.addWidget(dialog)
    assert "cannot be imported" in dialog.message.text() and "XFD1048576" in dialog.message.text()
    assert [s.id for s in demo_project.sessions] == sessions


def test_a_table_no_decimal_mark_can_read_is_refused_not_offered_a_mark(qtbot, demo_project, tmp_path):
    source = tmp_path / "other.csv"
    source.write_text('behaviour,from,to\nlook,"1,5","2,5"\n', encoding="utf-8")  # not this app's table
    dialog = ImportDialog(demo_project, source)
    qtbot.addWidget(dialog)
    text = dialog.message.text()
    assert "cannot be imported" in text and "other.csv: not a vig-annotator timeline table" in text
