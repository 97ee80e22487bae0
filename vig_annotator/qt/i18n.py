"""User-visible text goes through Qt's translation machinery: ``tr("Open project…")``.

One translation context for the whole app keeps the catalogue simple for translators; a
``comment`` tells them where a string appears or which domain term it is (e.g. a VIG principle).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

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


def shown_modifiers(modifiers: Sequence[tuple[str, Sequence[str]]], equals: str = "=", between: str = "|") -> str:
    """A segment's modifiers (``intensity=slight``) with the built-in schemes' names and values translated."""
    return "; ".join(f"{tr_term(name)}{equals}{between.join(tr_term(v) for v in values)}"
                     for name, values in modifiers if values)


def tr_keys(keys: str) -> str:
    """Keys as the user's keyboard names them ("Strg+G", "Spatiebalk"); a phrase ("F1 or ?") is translated whole.

    Key names come from Qt's own catalogue (QKeySequence's native text); the extractor collects the phrases.
    """
    if any(word.isalpha() and word.islower() for word in keys.split()):
        return QCoreApplication.translate(CONTEXT, keys, "keys")
    named = (QKeySequence(part).toString(QKeySequence.SequenceFormat.NativeText) for part in keys.split(" / "))
    return " / ".join(name or part for name, part in zip(named, keys.split(" / "), strict=True))
