"""File ▸ Export names each format by what the file holds, in the user's language, and suggests its usual suffix."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from vig_annotator.io import export as exporting
from vig_annotator.qt import language


@pytest.fixture
def app_language(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    language.remove(qapp)


def shown(win) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {a.data(): a.text() for a in win.export_menu.actions() if not a.isSeparator()}


def test_every_format_is_listed_once_by_a_human_label(demo_window):
    labels = shown(demo_window)
    assert sorted(labels) == exporting.formats()  # none hidden, none twice
    for fmt, text in labels.items():
        assert text not in (fmt, fmt.upper()) and "TRANSCRIPT" not in text and "-" not in text.split(" (.")[0], text
        assert " (." in text and text.endswith(")"), text  # says the file's suffix
    assert labels["transcript-csv"] == "Transcript as a CSV table (.csv)"
    assert labels["boris"] == "BORIS project (.boris)"
    assert len(set(labels.values())) == len(labels)  # no two formats read the same
    # codings, interchange formats and transcripts are apart, codings first
    texts = [a.text() for a in demo_window.export_menu.actions()]
    assert texts[0].startswith("Codings") and texts.count("") == 2


def test_the_labels_are_translated(demo_window, app_language):
    language.install(app_language, "de")
    demo_window._build_export_menu()
    german = shown(demo_window)
    language.install(app_language, "nl")
    demo_window._build_export_menu()
    dutch = shown(demo_window)
    english = {"transcript-csv": "Transcript as a CSV table (.csv)", "csv": "Codings as a CSV table (.csv)",
               "eaf-groups": "ELAN, a tier per code group (.eaf)"}
    for fmt, text in english.items():
        assert german[fmt] != text and dutch[fmt] != text and german[fmt] != dutch[fmt], fmt
    assert "Transkript" in german["transcript-csv"] and "Transcript" in dutch["transcript-csv"]
    assert "Codierungen" in german["csv"] and "Coderingen" in dutch["csv"]


def test_choosing_a_transcript_format_suggests_the_file_suffix_not_the_format_name(demo_window, monkeypatch):
    asked: list[tuple[str, str]] = []

    def save_name(_parent, title, suggested, *_rest, **_kw):  # type: ignore[no-untyped-def]
        asked.append((title, suggested))
        return "", ""  # cancelled: nothing written

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    action = next(a for a in demo_window.export_menu.actions() if a.data() == "transcript-csv")
    action.trigger()
    ((title, suggested),) = asked
    assert suggested.endswith("DEMO-001.csv") and "Transcript as a CSV table" in title
