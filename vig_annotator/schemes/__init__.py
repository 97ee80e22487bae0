"""Coding schemes: the file format, its validation, and the built-in schemes."""

from __future__ import annotations

from importlib import resources

from vig_annotator.core.model import Scheme
from vig_annotator.schemes.format import SchemeError, load_file, loads

BUILTIN = ("piios", "vig", "demo", "mind_mindedness")

__all__ = ["BUILTIN", "SchemeError", "builtin", "load_file", "loads", "resolve"]


def builtin(name: str) -> Scheme:
    """A built-in scheme by name: ``piios``, ``vig``, ``demo`` or ``mind_mindedness``."""
    if name not in BUILTIN:
        raise KeyError(f"no built-in scheme {name!r}; choose one of {', '.join(BUILTIN)}")
    text = resources.files("vig_annotator.schemes").joinpath("builtin", f"{name}.json").read_text("utf-8")
    return loads(text, f"built-in scheme {name}")


def resolve(name_or_path: str) -> Scheme:
    """A built-in scheme's name or a scheme file's path."""
    return builtin(name_or_path) if name_or_path in BUILTIN else load_file(name_or_path)
