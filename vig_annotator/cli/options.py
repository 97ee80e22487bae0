"""Numeric command-line options checked for range as they are read: one line naming the option.

``float("1_0")``, ``float("nan")`` and ``float("1e400")`` are all accepted by Python; an option is
plain decimal text, finite, and inside the range that makes sense for it, or argparse refuses it
(``--tolerance -1: out of range (expected from 0 to 86400)``), exit status 2.
"""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Callable

_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,3})?")
_WHOLE = re.compile(r"[+-]?[0-9]{1,12}")


def _span(low: float, high: float) -> str:
    return f"from {low:g} to {high:g}"


def number(low: float, high: float, *, above: bool = False) -> Callable[[str], float]:
    """An argparse type: a finite number in ``[low, high]`` (``above``: strictly above ``low``)."""
    def read(text: str) -> float:
        value = float(text.strip()) if _DECIMAL.fullmatch(text.strip()) else math.nan
        if not math.isfinite(value):
            raise argparse.ArgumentTypeError(f"{text!r} not a number (expected {_span(low, high)})")
        if value < low or value > high or (above and value == low):
            bound = f"above {low:g} and at most {high:g}" if above else _span(low, high)
            raise argparse.ArgumentTypeError(f"{text!r} out of range (expected {bound})")
        return value
    return read


def whole(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number in ``[low, high]``."""
    def read(text: str) -> int:
        if not _WHOLE.fullmatch(text.strip()):
            raise argparse.ArgumentTypeError(f"{text!r} not a whole number (expected {low} to {high})")
        value = int(text.strip())
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text!r} out of range (expected {low} to {high})")
        return value
    return read


DAY_S = 86_400.0
SHARE = number(0.0, 1.0)
SECONDS = number(0.0, DAY_S, above=True)  # a length of time: above zero, at most a day
SEED = whole(0, 2**32 - 1)


def one_line(message: str) -> str:
    """The argparse message ``argument --x: 'V' reason`` as ``--x V: reason``; other messages as they are."""
    found = re.fullmatch(r"argument (--?[\w-]+)(?:/\S+)?: '([^']*)' ((?:not|out of) .*)", message, re.DOTALL)
    return f"{found.group(1)} {found.group(2)}: {found.group(3)}" if found else message
