"""File ▸ Import: names in the file are mapped to codes before anything comes in."""

from __future__ import annotations

from vig_annotator.qt.import_dialog import ADD, SKIP, ImportDialog


def write_eaf(path, values):
    import pympi

    eaf = pympi.Elan.Eaf(author="x")
    eaf.add_tier("codes")
    for i, value in enumerate(values):
        eaf.add_annotation("codes", 1000 * (i + 1), 1000 * (i + 1) + 500, value=value)
    eaf.to_file(str(path))


def test_unknown_names_must_be_decided_then_import_as_mapped(qtbot, demo_project, tmp_path):
    path = tmp_path / "other.eaf"
    write_eaf(path, ["Eye contact", "gaze at mum", "wave"])
    dialog = ImportDialog(demo_project, path)
    qtbot.addWidget(dialog)
    assert dialog.choices["Eye contact"].currentData() == "eye_contact"  # found by label
    sessions = len(demo_project.sessions)
    dialog.do_import()
    assert "gaze at mum" in dialog.message.text() and len(demo_project.sessions) == sessions
    gaze = dialog.choices["gaze at mum"]
    gaze.setCurrentIndex(gaze.findData("infant_gaze_parent"))
    wave = dialog.choices["wave"]
    wave.setCurrentIndex(wave.findData(SKIP))
    dialog.do_import()
    assert dialog.session is not None
    found = [(s.code_id, s.start_ms) for s in demo_project.segments(dialog.session.id)]
    assert found == [("eye_contact", 1000), ("infant_gaze_parent", 2000)]


def test_adding_new_codes_makes_a_local_scheme_version(qtbot, demo_project, tmp_path):
    path = tmp_path / "new.eaf"
    write_eaf(path, ["wave"])
    dialog = ImportDialog(demo_project, path)
    qtbot.addWidget(dialog)
    dialog.choices["wave"].setCurrentIndex(dialog.choices["wave"].findData(ADD))
    dialog.do_import()
    assert demo_project.session(dialog.session.id).scheme_version.endswith("+local1")


def test_a_broken_file_says_why(qtbot, demo_project, tmp_path):
    path = tmp_path / "broken.eaf"
    path.write_text("<ANNOTATION_DOCUMENT>")
    dialog = ImportDialog(demo_project, path)
    qtbot.addWidget(dialog)
    assert "broken.eaf" in dialog.message.text() and "not well-formed XML" in dialog.message.text()


def test_an_import_in_the_app_is_one_undoable_edit(demo_window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    win = demo_window
    project = win.workspace.project
    path = tmp_path / "from_elan.eaf"
    write_eaf(path, ["Eye contact", "Infant smile"])
    before = [s.id for s in project.sessions]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(ImportDialog, "exec", lambda self: self.do_import())
    win.actions_by_id["import_file"].trigger()
    (new,) = [s for s in project.sessions if s.id not in before]
    assert win.workspace.session.id == new.id and len(project.segments(new.id)) == 2
    assert win.undo_action.text() == "&Undo Import from_elan.eaf"
    assert win.session_combo.findData(new.id) >= 0
    win.undo_action.trigger()
    assert [s.id for s in project.sessions] == before and project.segments(new.id) == []
    assert win.workspace.session.id in before and win.session_combo.findData(new.id) == -1
    win.redo_action.trigger()
    assert len(project.segments(new.id)) == 2 and win.session_combo.findData(new.id) >= 0


def test_a_slow_file_is_read_in_the_background_with_a_window_that_can_cancel(demo_window, monkeypatch, tmp_path):
    """A large file (here: a reader made slow) shows a progress window; cancelling changes nothing."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog, QProgressDialog

    from vig_annotator.qt import import_dialog

    win = demo_window
    project = win.workspace.project
    path = tmp_path / "big.eaf"
    write_eaf(path, ["Eye contact", "Infant smile"])
    real = import_dialog.read_any

    release = threading.Event()

    def slow(p):
        release.wait(60)  # busy until the user has cancelled, however slow this machine is
        return real(p)

    shown: list[str] = []
    monkeypatch.setattr(import_dialog, "read_any", slow)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(ImportDialog, "exec", lambda self: self.do_import())
    real_show = QProgressDialog.show

    def show_then_cancel(dialog):
        shown.append(dialog.labelText())
        real_show(dialog)

        def cancel() -> None:
            dialog.cancel()
            release.set()

        QTimer.singleShot(100, cancel)

    monkeypatch.setattr(QProgressDialog, "show", show_then_cancel)
    before = [s.id for s in project.sessions]
    win.actions_by_id["import_file"].trigger()
    assert shown and shown[0].startswith("Reading big.eaf")
    assert [s.id for s in project.sessions] == before  # cancelled: nothing came in
    monkeypatch.setattr(QProgressDialog, "show", lambda dialog: (shown.append("again"), real_show(dialog)))
    win.actions_by_id["import_file"].trigger()  # let it finish this time
    assert len(project.sessions) == len(before) + 1


def _held_planning(monkeypatch):  # type: ignore[no-untyped-def]
    """Every import is checked on a worker, and the check waits for ``release`` (as a 100,000-row one is busy)."""
    import threading

    from vig_annotator.qt import import_dialog

    release, started = threading.Event(), threading.Event()
    real = import_dialog.make_plan

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        started.set()
        assert release.wait(30), "the test never released the check"
        return real(*args, **kwargs)

    monkeypatch.setattr(import_dialog, "BACKGROUND_FROM", 0)
    monkeypatch.setattr(import_dialog, "make_plan", held)
    return started, release


def test_a_large_import_is_checked_on_a_worker_and_applied_as_one_edit_when_done(qtbot, demo_project, tmp_path,
                                                                                   monkeypatch):
    from PySide6.QtCore import QTimer

    started, release = _held_planning(monkeypatch)
    path = tmp_path / "big.eaf"
    write_eaf(path, ["Eye contact", "Eye contact"])
    dialog = ImportDialog(demo_project, path)
    qtbot.addWidget(dialog)
    sessions = [s.id for s in demo_project.sessions]
    undo_depth = len(demo_project.history.done)
    dialog.do_import()
    assert started.wait(10) and dialog.busy.isVisibleTo(dialog) and not dialog.import_button.isEnabled()
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=5000):  # the dialog's event loop runs during the check
        timer.start(10)
    assert [s.id for s in demo_project.sessions] == sessions  # nothing in before the check is done
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        release.set()
    assert dialog.session is not None
    assert [(s.code_id, s.start_ms) for s in demo_project.segments(dialog.session.id)] == [
        ("eye_contact", 1000), ("eye_contact", 2000)]
    assert len(demo_project.history.done) == undo_depth + 1
    demo_project.history.undo()  # one edit: one undo takes it all away
    assert [s.id for s in demo_project.sessions] == sessions


def test_cancelling_a_large_import_during_its_check_changes_nothing(qtbot, demo_project, tmp_path, monkeypatch):
    started, release = _held_planning(monkeypatch)
    path = tmp_path / "big.eaf"
    write_eaf(path, ["Eye contact"])
    dialog = ImportDialog(demo_project, path)
    qtbot.addWidget(dialog)
    sessions = [s.id for s in demo_project.sessions]
    dialog.do_import()
    assert started.wait(10)
    job = dialog.job
    assert job is not None
    dialog.reject()  # the dialog's Cancel
    release.set()
    assert job.finished.wait(20)
    qtbot.wait(50)  # let the abandoned result arrive: it is dropped
    assert dialog.session is None and [s.id for s in demo_project.sessions] == sessions


def small_sample(path):
    """pympi's sample 3.0 cut to 30 annotations a tier (within the 40 s demo clip)."""
    import gzip
    import re
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "io" / "data" / "pympi_sample_3.0.eaf.gz"
    text = gzip.decompress(data.read_bytes()).decode("utf-8")

    def keep_first(tier):
        annotations = re.findall(r"<ANNOTATION>.*?</ANNOTATION>", tier.group(2), flags=re.S)
        return tier.group(1) + "".join(annotations[:30]) + "</TIER>"

    path.write_text(re.sub(r"(<TIER [^>]*>)(.*?)</TIER>", keep_first, text, flags=re.S), encoding="utf-8")
    return path


def test_the_tiers_of_an_elan_file_are_listed_and_ticked_as_the_command_line_would(qtbot, demo_project, tmp_path):
    from PySide6.QtCore import Qt

    dialog = ImportDialog(demo_project, small_sample(tmp_path / "sample.eaf"))
    qtbot.addWidget(dialog)
    tiers = dialog.tiers
    rows = {tiers.item(n, 0).text(): n for n in range(tiers.rowCount())}
    assert list(rows) == ["text", "words-timesub", "words-symsub", "gestures", "gest_included", "words-pos"]
    assert tiers.ticked() == ["gestures"]  # the free-text tier is not a code per sentence
    assert "free text" in tiers.item(rows["text"], 0).toolTip()
    assert tiers.item(rows["text"], 3).text() == "30"
    assert tiers.item(rows["gestures"], 4).text().startswith("prep · hold")
    assert not tiers.item(rows["words-pos"], 0).flags() & Qt.ItemFlag.ItemIsUserCheckable  # no times of its own
    assert sorted(dialog.choices) == ["hold", "prep", "retr", "stroke"]
    tiers.set_ticked("gestures", False)
    assert dialog.choices == {} and "Tick the tiers" in dialog.message.text()
    tiers.set_ticked("gest_included", True)
    assert sorted(dialog.choices) == ["hold", "stroke"]
    for combo in dialog.choices.values():
        combo.setCurrentIndex(combo.findData(ADD))
    dialog.do_import()
    assert dialog.session is not None
    assert len(demo_project.segments(dialog.session.id)) == 30


def test_a_textgrid_praat_wrote_lists_its_tiers(qtbot, demo_project, tmp_path):
    from parselmouth.praat import call

    grid = call("Create TextGrid", 0.0, 30.0, "mother infant", "infant")
    call(grid, "Insert boundary", 1, 2.0)
    call(grid, "Insert boundary", 1, 3.5)
    call(grid, "Set interval text", 1, 2, "talk")
    call(grid, "Insert point", 2, 5.0, "coo")
    call(grid, "Save as short text file", str(tmp_path / "praat.TextGrid"))
    dialog = ImportDialog(demo_project, tmp_path / "praat.TextGrid")
    qtbot.addWidget(dialog)
    tiers = dialog.tiers
    assert [(tiers.item(n, 0).text(), tiers.item(n, 1).text(), tiers.item(n, 3).text())
            for n in range(tiers.rowCount())] == [("mother", "time-aligned", "1"), ("infant", "points", "1")]
    assert tiers.ticked() == ["mother", "infant"] and sorted(dialog.choices) == ["coo", "talk"]
    for combo in dialog.choices.values():
        combo.setCurrentIndex(combo.findData(ADD))
    dialog.do_import()
    assert sorted((s.start_ms, s.end_ms) for s in demo_project.segments(dialog.session.id)) == [
        (2000, 3500), (5000, 5000)]
