"""The export formats as the File ▸ Export menu names them: what each file holds, and its usual suffix.

The exporters are keyed by short names for the command line (``transcript-csv``); a user choosing
from a menu reads what the file is for ("Transcript as a CSV table (.csv)"). A format registered
without a label here is shown by its name, so a new exporter is never hidden.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from vig_annotator.qt.i18n import tr, tr_noop

CODINGS, INTERCHANGE, TRANSCRIPTS = "codings", "interchange", "transcripts"

FORMATS: dict[str, tuple[str, str, str]] = {
    "csv": (tr_noop("Codings as a CSV table (.csv)"), "csv", CODINGS),
    "xlsx": (tr_noop("Codings as an Excel workbook (.xlsx)"), "xlsx", CODINGS),
    "json": (tr_noop("Codings as JSON (.json)"), "json", CODINGS),
    "eaf": (tr_noop("ELAN, a tier per code (.eaf)"), "eaf", INTERCHANGE),
    "eaf-groups": (tr_noop("ELAN, a tier per code group (.eaf)"), "eaf", INTERCHANGE),
    "boris": (tr_noop("BORIS project (.boris)"), "boris", INTERCHANGE),
    "textgrid": (tr_noop("Praat TextGrid (.TextGrid)"), "TextGrid", INTERCHANGE),
    "srt": (tr_noop("Codings as SRT subtitles (.srt)"), "srt", INTERCHANGE),
    "vtt": (tr_noop("Codings as WebVTT subtitles (.vtt)"), "vtt", INTERCHANGE),
    "transcript-csv": (tr_noop("Transcript as a CSV table (.csv)"), "csv", TRANSCRIPTS),
    "transcript-xlsx": (tr_noop("Transcript as an Excel workbook (.xlsx)"), "xlsx", TRANSCRIPTS),
    "transcript-eaf": (tr_noop("Transcript for ELAN (.eaf)"), "eaf", TRANSCRIPTS),
    "transcript-textgrid": (tr_noop("Transcript for Praat (.TextGrid)"), "TextGrid", TRANSCRIPTS),
    "transcript-srt": (tr_noop("Transcript as SRT subtitles (.srt)"), "srt", TRANSCRIPTS),
    "transcript-vtt": (tr_noop("Transcript as WebVTT subtitles (.vtt)"), "vtt", TRANSCRIPTS),
}
"""Format name → (menu label, file suffix, section of the menu), in the menu's order."""


def label(fmt: str) -> str:
    """The menu's name for ``fmt`` in the user's language; an unlabelled format by its own name."""
    return tr(FORMATS[fmt][0]) if fmt in FORMATS else fmt


def suffix(fmt: str) -> str:
    """The file suffix a file of ``fmt`` usually has (``transcript-csv`` → ``csv``)."""
    return FORMATS[fmt][1] if fmt in FORMATS else fmt


def in_menu_order(formats: list[str]) -> list[list[str]]:
    """The formats in sections (codings, interchange, transcripts, then any unlabelled), each in the table's order."""
    order = list(FORMATS)
    sections = [[f for f in order if f in formats and FORMATS[f][2] == s] for s in (CODINGS, INTERCHANGE, TRANSCRIPTS)]
    sections.append(sorted(f for f in formats if f not in FORMATS))
    return [s for s in sections if s]


def fill_menu(menu: QMenu, choose: Callable[[str], object]) -> None:
    """The Export submenu: every registered format by its label, in sections; ``choose(fmt)`` when picked."""
    from vig_annotator.io import export as exporting

    menu.clear()
    for n, section in enumerate(in_menu_order(exporting.formats())):
        if n:
            menu.addSeparator()
        for fmt in section:
            action = QAction(label(fmt), menu)
            action.setData(fmt)
            action.triggered.connect(lambda _=False, f=fmt: choose(f))
            menu.addAction(action)
