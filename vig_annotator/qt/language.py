"""The app's language: the system's, or the one chosen in View ▸ Language, from ``ui/translations``.

The catalogues are compiled Qt translations (``vig-annotator_nl.qm``…); Qt's own (``qtbase_nl.qm``,
shipped with PySide6) translate the standard dialogs' buttons. English needs only its plural forms.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from vig_annotator.resources import ui_dir

SETTING = "language"
CHOICES = {"language_system": "", "language_en": "en", "language_nl": "nl", "language_de": "de"}
"""The View ▸ Language actions (declared in the keymap) and the language each chooses ("" = the system's)."""
CATALOGUE = "vig-annotator"


def catalogue_dir() -> Path:
    return ui_dir() / "translations"


def settings() -> QSettings:
    return QSettings("vig-annotator", "vig-annotator")


def chosen(store: QSettings | None = None) -> str:
    """The language the user chose ("" = follow the system)."""
    value = str((store or settings()).value(SETTING, "") or "")
    return value if value in CHOICES.values() else ""


def locale_for(language: str) -> QLocale:
    return QLocale(language) if language else QLocale.system()


def remove(app: QCoreApplication) -> None:
    """Take out the translators installed here (the app speaks the source English again)."""
    for old in app.findChildren(QTranslator, CATALOGUE) + app.findChildren(QTranslator, "qtbase"):
        app.removeTranslator(old)
        old.setParent(None)


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for ``language`` (default: the saved choice, else the system's).

    Returns the language of the catalogue now in use ("en" when there is none for it). Earlier
    translators installed here are removed first, so calling it again switches language.
    """
    remove(app)
    locale = locale_for(chosen() if language is None else language)
    ours = QTranslator(app)
    ours.setObjectName(CATALOGUE)
    found = ours.load(locale, CATALOGUE, "_", str(catalogue_dir()))
    if found:
        app.installTranslator(ours)
    qt_own = QTranslator(app)
    qt_own.setObjectName("qtbase")
    if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
    return ours.language().split("_")[0] if found and ours.language() else "en"
