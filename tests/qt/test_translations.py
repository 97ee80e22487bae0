"""The shipped translations: complete, current with the code, compiled, and what the window shows."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from vig_annotator.qt import language
from vig_annotator.qt.i18n import CONTEXT, tr, tr_keys, tr_term
from vig_annotator.qt.main_window import MainWindow
from vig_annotator.qt.operations import language as language_operations
from vig_annotator.qt.player import FakeClock

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
assert _spec is not None and _spec.loader is not None
tool = importlib.util.module_from_spec(_spec)
sys.modules["translations_tool"] = tool
_spec.loader.exec_module(tool)

CATALOGUES = tool.catalogues()
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


@pytest.fixture
def app_language(qapp: QApplication) -> Iterator[QApplication]:
    """Whatever a test installs is taken out again, so the other tests see English."""
    yield qapp
    language.remove(qapp)


@pytest.fixture(scope="module")
def extracted() -> dict[tuple[str, str], object]:
    return tool.extract()


@pytest.mark.parametrize("ts", sorted(CATALOGUES), ids=lambda p: p.name)
def test_catalogue_is_current_with_the_code(ts: Path, extracted: dict[tuple[str, str], object]) -> None:
    _lang, plural_only = CATALOGUES[ts]
    wanted = {k for k, m in extracted.items() if m.numerus or not plural_only}  # type: ignore[attr-defined]
    held = {k for k, e in tool.read_ts(ts).items() if e.state != "vanished"}
    assert held == wanted, (f"{ts.name} is not up to date with the code: run `make translations` and translate the "
                            f"new strings. Missing: {sorted(wanted - held)[:10]}; gone: {sorted(held - wanted)[:10]}")


@pytest.mark.parametrize("ts", sorted(CATALOGUES), ids=lambda p: p.name)
def test_every_string_has_a_finished_translation_with_the_same_placeholders(ts: Path) -> None:
    problems = []
    for (source, _comment), entry in tool.read_ts(ts).items():
        if entry.state == "vanished":
            continue
        forms = entry.translations
        if entry.state == "unfinished" or not forms or not all(f.strip() for f in forms):
            problems.append(f"not translated: {source!r}")
            continue
        if entry.message.numerus and len(forms) != 2:
            problems.append(f"needs a singular and a plural form: {source!r}")
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
                problems.append(f"placeholders differ: {source!r} -> {form!r}")
            if form.count("&") != source.count("&"):
                problems.append(f"keyboard accelerator (&) lost or added: {source!r} -> {form!r}")
    assert not problems, f"{ts.name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("ts", sorted(CATALOGUES), ids=lambda p: p.name)
def test_the_compiled_qm_is_shipped_and_matches_its_ts(ts: Path, qapp: QApplication) -> None:
    qm = ts.with_suffix(".qm")
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm} is missing or unreadable: run `make translations`"
    for (source, comment), entry in tool.read_ts(ts).items():
        if entry.state == "vanished":
            continue
        if entry.message.numerus:
            got = [translator.translate(CONTEXT, source, comment or None, n) for n in (1, 5)]
            assert got == entry.translations, source  # the translator picks the form; %n is filled in later
        else:
            assert translator.translate(CONTEXT, source, comment or None) == entry.translations[0], (
                f"{qm.name} is older than {ts.name}: run `make translations`")


def test_the_window_shows_dutch_menus_and_docks(app_language: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert language.install(app_language, "nl") == "nl"
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles == ["&Bestand", "Be&werken", "&Afspelen", "Beel&d", "Be&trouwbaarheid", "A&nalyse", "&Help"]
    assert win.actions_by_id["open_project"].text() == "Project &openen…"
    assert win.docks["moments"].windowTitle() == "Momenten"
    assert tr("Deleted %n segment(s)", n=1) == "1 segment verwijderd"
    assert tr("Deleted %n segment(s)", n=2) == "2 segmenten verwijderd"
    assert tr_term("Receiving initiatives") == "Initiatieven ontvangen"
    assert tr_term("Eye contact") == "Oogcontact"
    assert tr_term("a code label a user typed") == "a code label a user typed"
    assert tr_keys("Space") == "Spatiebalk"  # key names from Qt's own Dutch catalogue
    assert tr_keys("Delete") != "Verwijderen"  # a key is named as a key, never as the button "Delete"
    assert tr_keys("F1 or ?") == "F1 of ?"


def test_german_and_qt_own_dialog_buttons(app_language: QApplication) -> None:
    assert language.install(app_language, "de") == "de"
    assert tr("&File", "menu") == "&Datei"
    assert tr_term("Encouraging initiatives") == "Initiativen ermutigen"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # qtbase_de from PySide6


def test_english_has_plural_forms_and_no_translation_means_english(app_language: QApplication) -> None:
    assert language.install(app_language, "en") == "en"
    assert tr("Deleted %n segment(s)", n=1) == "Deleted 1 segment"
    assert tr("Deleted %n segment(s)", n=3) == "Deleted 3 segments"
    assert language.install(app_language, "fr") == "en"  # a language with no catalogue: English, plurals right
    assert tr("Deleted %n segment(s)", n=1) == "Deleted 1 segment"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancel"  # not a French button in an English app
    language.remove(app_language)
    assert tr("&File", "menu") == "&File"


def test_the_saved_choice_wins_over_the_system(app_language: QApplication) -> None:
    language.settings().setValue(language.SETTING, "de")
    assert language.chosen() == "de"
    assert language.install(app_language) == "de"
    language.settings().setValue(language.SETTING, "klingon")  # an odd value: follow the system
    assert language.chosen() == ""


def test_view_language_saves_the_choice_for_the_next_start(app_language: QApplication, qtbot,  # type: ignore[no-untyped-def]
                                                          monkeypatch) -> None:
    asked: list[str] = []

    def later(box: QMessageBox) -> int:
        asked.append(box.text())
        box.buttons()[1].click()  # "Bij de volgende start"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", later)
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    system, dutch = win.actions_by_id["language_system"], win.actions_by_id["language_nl"]
    assert system.isCheckable() and system.isChecked() and not dutch.isChecked()
    dutch.trigger()
    assert dutch.isChecked() and not system.isChecked()
    assert language.chosen(win.settings) == "nl"
    assert asked and asked[0].startswith("Nu wisselen?")  # asked in the language chosen
    assert win.statusBar().currentMessage() == "De nieuwe taal geldt zodra vig-annotator opnieuw start."
    assert [a.text() for a in win.menuBar().actions()][0] == "&File"  # this window stays as it was built


def test_the_switch_prompt_asks_with_buttons_in_the_language_chosen(app_language: QApplication) -> None:
    assert language.install(app_language, "en") == "en"
    for code, now, later in (("de", "Jetzt wechseln", "Beim nächsten Start"),
                             ("nl", "Nu wisselen", "Bij de volgende start")):
        prompt = language_operations.switch_prompt(None, code)  # type: ignore[arg-type]
        assert [b.text() for b in prompt.buttons()] == [now, later]  # not Qt's English "Yes" / "No"
        assert prompt.defaultButton().text() == now
        prompt.deleteLater()


def test_switching_now_reopens_the_window_on_the_same_session(app_language: QApplication, window,  # type: ignore[no-untyped-def]
                                                              qtbot, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.defaultButton().click() or 0)
    path, session = window.workspace.project.path, window.workspace.session.id
    window.actions_by_id["language_de"].trigger()
    new = window.successor
    qtbot.addWidget(new)
    assert not window.isVisible() and window.workspace.project is None  # closed as on quitting: project released
    assert new.isVisible() and [a.text() for a in new.menuBar().actions()][:2] == ["&Datei", "&Bearbeiten"]
    assert new.workspace.project.path == path and new.workspace.session.id == session
    assert new.actions_by_id["language_de"].isChecked()
    new.close()


def test_the_language_menu_is_under_view(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(clock=FakeClock())
    qtbot.addWidget(win)
    view = next(a.menu() for a in win.menuBar().actions() if a.text() == "&View")
    sub = next(a.menu() for a in view.actions() if a.menu() is not None and a.text() == "&Language")
    assert [a.text() for a in sub.actions()] == ["&System language", "English", "Nederlands", "Deutsch"]


def _fake_repo(root: Path, label: str) -> None:
    (root / "vig_annotator" / "qt").mkdir(parents=True)
    (root / "vig_annotator" / "core").mkdir(parents=True)
    (root / "vig_annotator" / "qt" / "view.py").write_text(
        f'tr("{label}")\ntr("%n clip(s)", n=2)\nX = tr_noop("Later")\n', encoding="utf-8")
    (root / "vig_annotator" / "core" / "keymap.py").write_text(
        'MENUS = ("File",)\nA = (Action("quit", "&Quit", "File", help="Leave"),)\n', encoding="utf-8")


def test_the_extractor_keeps_translations_and_marks_vanished_strings(tmp_path: Path) -> None:
    _fake_repo(tmp_path / "v1", "Hello")
    ts = tmp_path / "x_nl.ts"
    messages = tool.extract(tmp_path / "v1")
    assert set(messages) == {("Hello", ""), ("%n clip(s)", ""), ("Later", ""), ("&File", "menu"), ("&Quit", ""),
                             ("Leave", "")}
    assert messages[("%n clip(s)", "")].numerus
    tool.write_ts(ts, "nl_NL", messages)
    assert all(e.state == "unfinished" for e in tool.read_ts(ts).values())
    text = ts.read_text(encoding="utf-8").replace(
        '<source>Hello</source>\n            <translation type="unfinished" />',
        "<source>Hello</source>\n            <translation>Hallo</translation>")
    ts.write_text(text, encoding="utf-8")
    assert tool.read_ts(ts)[("Hello", "")].translations == ["Hallo"]

    _fake_repo(tmp_path / "v2", "Goodbye")
    tool.write_ts(ts, "nl_NL", tool.extract(tmp_path / "v2"))
    entries = tool.read_ts(ts)
    assert entries[("Hello", "")].state == "vanished" and entries[("Hello", "")].translations == ["Hallo"]
    assert entries[("Goodbye", "")].state == "unfinished"

    _fake_repo(tmp_path / "v3", "Hello")  # it comes back: the old translation is used again
    tool.write_ts(ts, "nl_NL", tool.extract(tmp_path / "v3"))
    assert tool.read_ts(ts)[("Hello", "")].state == ""


def _accelerator_clashes(win: MainWindow) -> dict[str, int]:
    """Per menu (by position), how many entries share an Alt+letter with an earlier one."""
    clashes: dict[str, int] = {}

    def walk(menu_actions: list, where: str) -> None:  # type: ignore[type-arg]
        seen: set[str] = set()
        clashes[where] = 0
        for i, action in enumerate(menu_actions):
            found = re.search(r"&(\w)", action.text())
            if found:
                clashes[where] += found.group(1).lower() in seen
                seen.add(found.group(1).lower())
            if action.menu() is not None:
                walk(action.menu().actions(), f"{where}/{i}")

    walk(win.menuBar().actions(), "bar")
    return clashes


def test_translated_menus_keep_their_alt_letters_apart(app_language: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    english = MainWindow(clock=FakeClock())
    qtbot.addWidget(english)
    allowed = _accelerator_clashes(english)  # the English menus' own clashes are not the translators' to fix
    for code in ("nl", "de"):
        language.install(app_language, code)
        win = MainWindow(clock=FakeClock())
        qtbot.addWidget(win)
        worse = {k: n for k, n in _accelerator_clashes(win).items() if n > allowed.get(k, 0)}
        assert not worse, f"{code}: two entries of one menu share an &-letter in {worse}"
