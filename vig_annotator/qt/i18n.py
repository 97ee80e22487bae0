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


def tr_noop(text: str) -> str:
    """Mark ``text`` for the catalogue where it is declared (a module constant); ``tr()`` it where it is shown."""
    return text


def tr_term(label: str) -> str:
    """A scheme's label (code, rated item, VIG principle, band) in the user's language.

    The built-in schemes' terms are in the catalogue (comment "scheme"); a user's own label is shown as typed.
    """
    return QCoreApplication.translate(CONTEXT, label, "scheme")
