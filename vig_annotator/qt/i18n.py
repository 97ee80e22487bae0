"""User-visible text goes through Qt's translation machinery: ``tr("Open project…")``.

One translation context for the whole app keeps the catalogue simple for translators; a
``comment`` tells them where a string appears or which domain term it is (e.g. a VIG principle).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "vig-annotator"


def tr(text: str, comment: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language (English when no translation is installed)."""
    return QCoreApplication.translate(CONTEXT, text, comment, n)
